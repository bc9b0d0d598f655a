import path from 'node:path';
import type { Opinion } from '../types.ts';
import { chinaDateStamp } from '../../china-time.ts';
import { writeFileAtomically } from '../../shared/output-file.ts';
import { writeCsv } from './csv.ts';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** docx and exceljs are loaded only for an export in their format, not for every staff command. */
const WRITERS: Record<ExportFormat, (opinions: readonly Opinion[], file: string) => Promise<void>> = {
  docx: async (opinions, file) => (await import('./docx.ts')).writeDocx(opinions, file),
  xlsx: async (opinions, file) => (await import('./xlsx.ts')).writeXlsx(opinions, file),
  csv: writeCsv,
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** ./社情民意信息-<YYYYMMDD>.<ext>, dated in China time. */
export function defaultExportFile(format: ExportFormat, now: Date, dir: string): string {
  return path.join(dir, `社情民意信息-${chinaDateStamp(now)}.${format}`);
}

/**
 * Writes next to the target and renames at the end, so a failed export never leaves a truncated
 * file where staff expect the document (or clobbers yesterday's good one); only a regular file is
 * replaced (see writeFileAtomically). Throws OutputFileError, worded for staff.
 */
export async function exportOpinions(opinions: readonly Opinion[], format: ExportFormat, file: string): Promise<void> {
  await writeFileAtomically(file, (temp) => WRITERS[format](opinions, temp));
}
