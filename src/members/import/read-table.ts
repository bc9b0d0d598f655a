import { InputFileError, readInputFile } from '../../shared/input-file.ts';
import { decodeCsv, parseCsv } from './csv.ts';
import { TableError, type TableRow } from './table.ts';

/** A committee's list is a few thousand rows at most: a larger file is the wrong file. */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

/** A member list file as rows, by its extension: .csv (UTF-8, GBK or UTF-16) or .xlsx (first sheet). */
export async function readTable(file: string): Promise<TableRow[]> {
  const isXlsx = /\.xlsx$/i.test(file);
  if (!isXlsx && !/\.csv$/i.test(file)) throw new TableError(`只支持 .csv 和 .xlsx 文件（${file}）。`);
  let bytes: Buffer;
  try {
    // Regular files only: a device such as /dev/zero would never end.
    bytes = await readInputFile(file, '文件', MAX_TABLE_BYTES);
  } catch (error) {
    if (error instanceof InputFileError) throw new TableError(error.message);
    throw error;
  }
  // exceljs is loaded only for an .xlsx list.
  return isXlsx ? (await import('./xlsx.ts')).readXlsx(bytes, file) : parseCsv(decodeCsv(bytes));
}
