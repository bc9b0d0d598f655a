import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareDocument } from './ingest.ts';
import { defaultCleaningRules, loadCleaningRules, type CleaningRules } from './normalize/index.ts';
import type { DocumentMeta } from './types.ts';

/*
 * An uploaded document read before it is written into the knowledge folder (knowledge-desk.ts),
 * so a file the knowledge base cannot use is refused with the reason instead of failing the index
 * update afterwards. Imported only when a document is uploaded.
 */

/** The cleaning rules the index is built with (knowledge/cleaning-rules.json, else the defaults). */
export function cleaningRulesIn(knowledgeDir: string): CleaningRules {
  const file = path.join(knowledgeDir, 'cleaning-rules.json');
  return existsSync(file) ? loadCleaningRules(file) : defaultCleaningRules();
}

/** What a document will be in the index: read, cleaned and cut as the ingest does it, in a scratch folder. */
export async function tryDocument(id: string, bytes: Buffer, rules: CleaningRules): Promise<{ ok: true; meta: DocumentMeta; chunks: number } | { ok: false; problem: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'liaison-upload-'));
  try {
    const file = path.join(dir, path.posix.basename(id));
    await writeFile(file, bytes);
    const { meta, chunks } = await prepareDocument(id, file, rules);
    return { ok: true, meta, chunks: chunks.length };
  } catch (error) {
    return { ok: false, problem: `文档无法读取：${error instanceof Error ? error.message.replace(/^文件无法读取：/, '') : String(error)}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
