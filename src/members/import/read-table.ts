import { readFile } from 'node:fs/promises';
import { decodeCsv, parseCsv } from './csv.ts';
import { TableError, type TableRow } from './table.ts';
import { readXlsx } from './xlsx.ts';

/** A member list file as rows, by its extension: .csv (UTF-8 or GBK) or .xlsx (first sheet). */
export async function readTable(file: string): Promise<TableRow[]> {
  if (/\.xlsx$/i.test(file)) return readXlsx(file);
  if (!/\.csv$/i.test(file)) throw new TableError(`只支持 .csv 和 .xlsx 文件（${file}）。`);
  try {
    return parseCsv(decodeCsv(await readFile(file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TableError(`找不到文件：${file}`);
    throw error;
  }
}
