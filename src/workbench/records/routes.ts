import type { Context } from 'hono';
import type { WorkbenchEnv } from '../deps.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { memberPage } from './member-page.ts';
import { tablePage } from './table-page.ts';
import { readYear } from './view.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The year table as the workbook `liaison` writes (exceljs loads only when one is asked for). */
async function exportYear(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const year = readYear(c.req.query('year'), deps.now());
  const table = await deps.records.yearTable(year);
  const { yearTableXlsx } = await import('../../records/export-xlsx.ts');
  const bytes = await yearTableXlsx(table);
  deps.log.info({ year, rows: table.rows.length }, 'member records exported from the workbench');
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': XLSX,
    'Content-Disposition': `attachment; filename="member-records-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`委员履职档案-${year}.xlsx`)}`,
  });
}

/** 委员履职档案: the year table of all members with charts and an xlsx export, and each member's own page. */
export const RECORD_ROUTES: WorkbenchRoute[] = [
  { method: 'GET', path: '/records', role: 'staff', nav: '履职档案', handler: (c) => tablePage(c, c.req.query(), false) },
  { method: 'POST', path: '/records', role: 'staff', handler: async (c) => tablePage(c, await c.req.parseBody(), true) },
  // Before /records/:memberId, which would take "export" for a member id.
  { method: 'GET', path: '/records/export', role: 'staff', handler: exportYear },
  { method: 'GET', path: '/records/:memberId', role: 'staff', handler: memberPage },
];
