import { loadEmbeddingProvider, updateIndex } from '../app.ts';
import { createProgress } from '../knowledge/progress.ts';
import { openStorage } from '../storage/open-store.ts';
import { recordChange } from './audit.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';

export async function ingestCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { force: { type: 'boolean', default: false } });
  const provider = await loadEmbeddingProvider(ctx.config);
  const report = await updateIndex(ctx.config, ctx.log, provider, { progress: createProgress(ctx.log), force: values.force });
  const changed = report.added.length + report.updated.length + report.removed.length;
  if (changed > 0 || report.rebuilt) {
    const storage = openStorage(ctx.config);
    try {
      const detail = `新增 ${report.added.length} 个、更新 ${report.updated.length} 个、移除 ${report.removed.length} 个文档，索引共 ${report.chunks} 个分块${report.rebuilt ? '（全量重建）' : ''}`;
      await recordChange(storage.audit, { action: 'knowledge.ingest', target: ctx.config.knowledgeDir, detail }, new Date());
    } finally {
      storage.close();
    }
  }
  const lines = [
    `知识库导入完成，用时 ${report.seconds.toFixed(2)} 秒${report.rebuilt ? '（全量重建）' : ''}`,
    `  新增 ${report.added.length} 个、更新 ${report.updated.length} 个、未变 ${report.unchanged.length} 个、移除 ${report.removed.length} 个文档`,
    `  本次向量化 ${report.embedded} 个分块，索引共 ${report.chunks} 个分块`,
    ...report.failed.map((f) => `  无法读取，已跳过：${f.file}（${f.reason}）`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return report.failed.length > 0 && report.chunks === 0 ? 1 : 0;
}
