import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** A data row with the line number staff see in their spreadsheet (the header is line 1). */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/**
 * Excel in China often saves CSV as GBK: bytes that are not valid UTF-8 are read as GBK instead.
 * A UTF-8 BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): Table {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonEmpty;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

export async function readXlsx(file: string): Promise<Table> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const rows: TableRow[] = [];
  let header: string[] = [];
  sheet.eachRow((row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value).trim());
    if (header.length === 0) header = cells;
    else if (cells.some((c) => c !== '')) rows.push({ line: number, cells });
  });
  return { header, rows };
}

export async function readTable(file: string): Promise<Table> {
  if (/\.xlsx$/i.test(file)) return readXlsx(file);
  if (/\.csv$/i.test(file)) return parseCsv(decodeCsv(readFileSync(file)));
  throw new Error('只支持 .csv 和 .xlsx 文件。');
}
