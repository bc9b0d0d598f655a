import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from 'hono';
import type { WorkbenchEnv } from '../deps.ts';
import type { Notice } from '../../notices/types.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The roll as a workbook, through the same writer as `liaison notices export` (回执 and 送达
 * sheets): written to a private temporary folder, sent, removed. exceljs loads on first export.
 */
export async function exportRoll(c: Context<WorkbenchEnv>, notice: Notice): Promise<Response> {
  const { deps } = c.var;
  const { roll, deliveries } = await deps.notices.rollDetail(notice.id);
  const { writeRollXlsx } = await import('../../notices/export-roll.ts');
  const dir = await mkdtemp(path.join(tmpdir(), 'liaison-roll-'));
  try {
    const file = path.join(dir, 'roll.xlsx');
    await writeRollXlsx(roll, deliveries, file);
    const bytes = await readFile(file);
    const name = `会议通知${notice.id}-回执.xlsx`;
    deps.log.info({ notice: notice.id }, 'notice roll exported from the workbench');
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="notice-${notice.id}-roll.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
