import ExcelJS from 'exceljs';
import type { Opinion } from '../types.ts';
import { chinaWallClock } from '../../china-time.ts';
import { defuseFormula } from '../../shared/safe-cell.ts';
import { TABLE_COLUMNS, type CellValue } from './table.ts';

const SHEET_NAME = '社情民意信息';
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * Times become real spreadsheet dates (sortable, filterable) showing China time: Excel dates have
 * no zone, so the value is the wall clock in China.
 */
function cellValue(value: CellValue): string | Date {
  return value instanceof Date ? chinaWallClock(value) : defuseFormula(value);
}

/** Streams rows to the file as they are added, so memory stays flat however many there are. */
export async function writeXlsx(opinions: readonly Opinion[], file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = '政协委员履职助手';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TABLE_COLUMNS.map((column, i) => ({
    key: String(i),
    width: column.width,
    style: column.header.endsWith('时间') ? { numFmt: DATE_FORMAT } : { alignment: { vertical: 'top', wrapText: column.width >= 24 } },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TABLE_COLUMNS.length } };

  const header = sheet.addRow(TABLE_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  for (const opinion of opinions) {
    sheet.addRow(TABLE_COLUMNS.map((column) => cellValue(column.value(opinion)))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
