import path from 'node:path';
import type { Logger } from '../../log.ts';
import { OutputFileError } from '../../shared/output-file.ts';
import { EXPORT_FORMATS, defaultExportFile, exportOpinions, isExportFormat } from '../../opinions/export/index.ts';
import type { Storage } from '../../storage/open-store.ts';
import { UsageError, parseCommandArgs } from '../context.ts';
import { parseFilter } from './args.ts';
import type { OpinionsIo } from './io.ts';

/** liaison opinions export --format docx|xlsx|csv [--since DATE] [--status S] [--out PATH] */
export async function exportCommand(storage: Storage, args: string[], io: OpinionsIo, log: Logger): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    status: { type: 'string' },
    since: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`opinions export 不接受参数“${positionals.join(' ')}”。`);
  const format = values.format?.trim().toLowerCase();
  if (!isExportFormat(format)) throw new UsageError(`请用 --format 指定导出格式：${EXPORT_FORMATS.join('、')}。`);
  const filter = parseFilter(values);

  const started = performance.now();
  const opinions = await storage.opinions.list(filter);
  if (opinions.length === 0) {
    io.out('没有符合条件的社情民意信息，未生成文件。');
    return 0;
  }
  const file = path.resolve(io.cwd, values.out ?? defaultExportFile(format, io.now(), io.cwd));
  try {
    await exportOpinions(opinions, format, file);
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    io.err(error.message);
    return 1;
  }
  log.info({ format, count: opinions.length, ms: Math.round(performance.now() - started) }, 'opinions exported');
  io.out(`已导出 ${opinions.length} 条社情民意信息：${file}`);
  return 0;
}
