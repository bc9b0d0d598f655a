import ExcelJS from 'exceljs';
import { TableError, type TableRow } from './table.ts';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
// The compound-file header of an .xls, and of an .xlsx saved with a password.
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return value.result === undefined || value.result === null ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  // Phone numbers and Telegram ids typed as numbers come back as whole numbers.
  return String(value);
}

/**
 * The first worksheet's non-empty rows, numbered as Excel shows them. Whatever goes wrong inside
 * the file (a damaged zip, broken XML) is one Chinese sentence, never the zip library's English.
 */
export async function readXlsx(bytes: Buffer, file: string): Promise<TableRow[]> {
  if (bytes.subarray(0, OLE.length).equals(OLE)) {
    throw new TableError(`${file} 是设置了密码的 Excel 文件或旧的 .xls 格式：请在 Excel 中取消密码，另存为 .xlsx 后再导入。`);
  }
  const damaged = new TableError(`无法读取 Excel 文件 ${file}：文件已损坏或不是 .xlsx 格式（旧的 .xls 请在 Excel 中另存为 .xlsx）。`);
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) throw damaged;
  try {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const rows: TableRow[] = [];
    sheet.eachRow((row, line) => {
      const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value));
      if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
    });
    return rows;
  } catch {
    throw damaged;
  }
}
