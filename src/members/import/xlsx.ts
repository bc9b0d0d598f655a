import ExcelJS from 'exceljs';
import { TableError, type TableRow } from './table.ts';

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

/** The first worksheet's non-empty rows, numbered as Excel shows them. */
export async function readXlsx(file: string): Promise<TableRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TableError(`找不到文件：${file}`);
    throw new TableError(`无法读取 Excel 文件 ${file}：请确认是 .xlsx 格式（旧的 .xls 请在 Excel 中另存为 .xlsx）。`);
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow((row, line) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value));
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return rows;
}
