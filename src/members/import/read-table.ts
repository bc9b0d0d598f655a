import { InputFileError, readInputFile } from '../../shared/input-file.ts';
import { decodeCsv, parseCsv } from './csv.ts';
import { TableError, type TableRow } from './table.ts';

/** A committee's list is a few thousand rows at most: a larger file is the wrong file. */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

/** A member list file as rows, by its extension: .csv (UTF-8, GBK or UTF-16) or .xlsx (first sheet). */
export async function readTable(file: string): Promise<TableRow[]> {
  checkTableName(file);
  let bytes: Buffer;
  try {
    // Regular files only: a device such as /dev/zero would never end.
    bytes = await readInputFile(file, '文件', MAX_TABLE_BYTES);
  } catch (error) {
    if (error instanceof InputFileError) throw new TableError(error.message);
    throw error;
  }
  return tableFromBytes(bytes, file);
}

/**
 * A member list already in memory (an upload on the workbench), read as `readTable` reads a file of
 * that name. An .xlsx is checked for its zip signature (xlsx.ts), so a file merely renamed is refused.
 */
export async function tableFromBytes(bytes: Buffer, name: string): Promise<TableRow[]> {
  checkTableName(name);
  // exceljs is loaded only for an .xlsx list.
  return /\.xlsx$/i.test(name) ? (await import('./xlsx.ts')).readXlsx(bytes, name) : parseCsv(decodeCsv(bytes));
}

function checkTableName(name: string): void {
  if (!/\.(xlsx|csv)$/i.test(name)) throw new TableError(`只支持 .csv 和 .xlsx 文件（${name}）。`);
}
