import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateIndex } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import type { EmbeddingProvider } from '../src/retrieval/embeddings.ts';
import { LocalHashEmbeddings } from '../src/retrieval/local-embeddings.ts';
import { copyOfKnowledge } from './support/test-app.ts';

/** Counts what it is asked to embed, so a test sees which documents were processed again. */
function countingProvider(modelId = 'local-test'): EmbeddingProvider & { embedded: number } {
  const local = new LocalHashEmbeddings();
  const provider = {
    modelId,
    embedded: 0,
    embeddings: Object.assign(Object.create(local) as LocalHashEmbeddings, {
      embedDocuments: async (texts: string[]) => {
        provider.embedded += texts.length;
        return local.embedDocuments(texts);
      },
    }),
  };
  return provider;
}

function setUp() {
  const knowledgeDir = copyOfKnowledge();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-data-'));
  const config = loadConfig({ env: { DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' }, envFile: null });
  return { config, knowledgeDir };
}

describe('staff update the knowledge base', () => {
  it('re-embeds only the document that changed', async () => {
    const { config, knowledgeDir } = setUp();
    const first = countingProvider();
    const initial = await updateIndex(config, silentLogger(), first);
    expect(initial.rebuilt).toBe(true);
    expect(first.embedded).toBe(initial.chunks);

    appendFileSync(path.join(knowledgeDir, 'reports/2024-武汉市政协常委会工作报告.txt'), '\n●新增一段。全年新增委员工作室12个。\n');
    const second = countingProvider();
    const report = await updateIndex(config, silentLogger(), second);
    expect(report.updated).toEqual(['reports/2024-武汉市政协常委会工作报告.txt']);
    expect(report.unchanged.length).toBe(initial.added.length - 1);
    expect(second.embedded).toBe(report.embedded);
    expect(second.embedded).toBeLessThan(initial.chunks / 4);

    const third = countingProvider();
    const again = await updateIndex(config, silentLogger(), third);
    expect(third.embedded).toBe(0);
    expect(again.chunks).toBe(report.chunks);
  });

  it('rebuilds everything when the embedding model changes', async () => {
    const { config } = setUp();
    await updateIndex(config, silentLogger(), countingProvider('model-a'));
    const other = countingProvider('model-b');
    const report = await updateIndex(config, silentLogger(), other);
    expect(report.rebuilt).toBe(true);
    expect(other.embedded).toBe(report.chunks);
  });

  it('reports a document it cannot read by name and ingests the rest', async () => {
    const { config, knowledgeDir } = setUp();
    writeFileSync(path.join(knowledgeDir, 'rules/损坏的文件.docx'), 'this is not a zip archive');
    writeFileSync(path.join(knowledgeDir, 'rules/表格.xls'), 'binary');
    const report = await updateIndex(config, silentLogger(), countingProvider());
    expect(report.failed.map((f) => f.file).sort()).toEqual(['rules/损坏的文件.docx', 'rules/表格.xls']);
    expect(report.added.length).toBeGreaterThanOrEqual(8);
  });

  it('forgets a document that was removed', async () => {
    const { config, knowledgeDir } = setUp();
    const extra = path.join(knowledgeDir, 'rules/临时通知.md');
    writeFileSync(extra, '# 临时通知\n\n本周五下午召开专题协商会，请各位委员准时参加。');
    const before = await updateIndex(config, silentLogger(), countingProvider());
    rmSync(extra);
    const after = await updateIndex(config, silentLogger(), countingProvider());
    expect(after.removed).toEqual(['rules/临时通知.md']);
    expect(after.chunks).toBeLessThan(before.chunks);
  });
});
