import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from 'hono';
import { chinaDateStamp } from '../../china-time.ts';
import { exportOpinions } from '../../opinions/export/index.ts';
import { asEdited } from '../../staff/editions.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { readFilters } from './filters.ts';
import { listPage } from './list-page.ts';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The filtered set as a file, through the same writers as `liaison opinions export`: the docx in
 * the usual layout uses each submission's 编报稿 where there is one (it is what goes upward), the
 * xlsx lists what members submitted. Written to a private temporary folder, sent, removed.
 */
export async function exportFiltered(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const body = await c.req.parseBody();
  const format = body.format === 'docx' || body.format === 'xlsx' ? body.format : null;
  const { query, problem } = readFilters(body, true);
  if (!format || problem) return listPage(c, body, true, problem ?? '请选择导出格式（Word 或 Excel）。');
  const { opinions } = await deps.opinions.search({ ...query, order: 'numbering' });
  if (opinions.length === 0) return listPage(c, body, true, '没有符合条件的社情民意信息，未生成文件。');

  const editions = format === 'docx' ? await deps.editions.latest(opinions.map((o) => o.number)) : new Map();
  const rows = opinions.map((o) => asEdited(o, editions.get(o.number)));
  const dir = await mkdtemp(path.join(tmpdir(), 'liaison-export-'));
  try {
    const file = path.join(dir, `export.${format}`);
    await exportOpinions(rows, format, file);
    const bytes = await readFile(file);
    const name = `社情民意信息-${chinaDateStamp(deps.now())}.${format}`;
    deps.log.info({ format, count: rows.length }, 'opinions exported from the workbench');
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="opinions-${chinaDateStamp(deps.now())}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
