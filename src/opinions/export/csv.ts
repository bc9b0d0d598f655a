import { writeFile } from 'node:fs/promises';
import type { Opinion } from '../types.ts';
import { formatChinaDateTime } from '../../china-time.ts';
import { defuseFormula } from '../../shared/safe-cell.ts';
import { TABLE_COLUMNS, type CellValue } from './table.ts';

/** Excel only reads a CSV as UTF-8 when it starts with a byte-order mark. */
const BOM = '\ufeff';
const CRLF = '\r\n';

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cell(value: CellValue): string {
  return csvField(value instanceof Date ? formatChinaDateTime(value) : defuseFormula(value));
}

export function toCsv(opinions: readonly Opinion[]): string {
  const lines = [TABLE_COLUMNS.map((column) => csvField(column.header)).join(',')];
  for (const opinion of opinions) lines.push(TABLE_COLUMNS.map((column) => cell(column.value(opinion))).join(','));
  return `${BOM}${lines.join(CRLF)}${CRLF}`;
}

export async function writeCsv(opinions: readonly Opinion[], file: string): Promise<void> {
  // A few thousand rows are a few megabytes at most: one string, one write.
  await writeFile(file, toCsv(opinions), 'utf8');
}
