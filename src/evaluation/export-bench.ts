import { statSync } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, exportOpinions, type ExportFormat } from '../opinions/export/index.ts';
import type { OpinionFields } from '../opinions/types.ts';
import { openStorage } from '../storage/open-store.ts';

/** Submissions shaped like members' (half unsigned), of varied length. */
function sample(i: number): OpinionFields {
  const signed = i % 2 === 0;
  const repeat = 1 + (i % 3);
  return {
    title: `关于第${i + 1}个路口增设红绿灯的建议`,
    situation: `城南路与学府街第${i + 1}个交叉口紧邻小学，每天上下学时段约${100 + i}名学生过马路，路口没有红绿灯，存在较大安全隐患。`.repeat(repeat),
    suggestion: '建议市公安局交警支队尽快增设红绿灯和减速带，上下学时段安排交警值守。',
    category: '城乡建设',
    name: signed ? '李明' : '王芳',
    sector: signed ? '民盟' : '农工党',
    phone: '13812345678',
    signed,
  };
}

export interface ExportBenchResult {
  count: number;
  listMs: number;
  formats: { format: ExportFormat; ms: number; kib: number }[];
}

/** Stores `count` submissions through the real store, then times reading them and each exporter. */
export async function benchExports(dataDir: string, count: number): Promise<ExportBenchResult> {
  const storage = openStorage({ dataDir });
  try {
    const start = Date.parse('2026-01-05T09:00:00+08:00');
    for (let i = 0; i < count; i++) {
      await storage.opinions.submit({ memberId: `console:u${i % 50}`, channel: 'console', messageId: `m${i}`, fields: sample(i), now: new Date(start + i * 3600_000) });
    }
    let t = performance.now();
    const opinions = await storage.opinions.list();
    const listMs = performance.now() - t;
    const formats = [];
    for (const format of EXPORT_FORMATS) {
      const file = path.join(dataDir, `export.${format}`);
      t = performance.now();
      await exportOpinions(opinions, format, file);
      formats.push({ format, ms: performance.now() - t, kib: statSync(file).size / 1024 });
    }
    return { count: opinions.length, listMs, formats };
  } finally {
    storage.close();
  }
}
