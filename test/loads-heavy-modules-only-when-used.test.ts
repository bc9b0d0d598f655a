import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const run = promisify(execFile);
const HOOKS = pathToFileURL(path.resolve('test/support/record-loads.mjs')).href;
const RECORD = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(HOOKS)})`;

/** Packages the child loaded through the ESM loader (a package's own require() calls are not seen). */
async function packagesLoadedBy(args: string[], env: Record<string, string> = {}): Promise<Set<string>> {
  const work = mkdtempSync(path.join(tmpdir(), 'liaison-loads-'));
  const log = path.join(work, 'loads.txt');
  await run('node', ['--import', RECORD, path.resolve('bin/liaison.js'), ...args], {
    cwd: work,
    env: { ...process.env, DATA_DIR: path.join(work, 'data'), KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', LIAISON_LOAD_LOG: log, ...env },
  });
  const names = readFileSync(log, 'utf8')
    .split('\n')
    .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
    .filter((name): name is string => name !== undefined);
  return new Set(names);
}

describe('a lighter process: heavy modules load only when used', () => {
  it('answers a question offline without pdf.js, the provider SDK, the exporters or the chat platforms', async () => {
    const loaded = await packagesLoadedBy(['ask', '十堰市政协党组向市委请示报告了多少次？']);
    // The recording works: what an offline answer does need is seen.
    expect(loaded).toContain('@node-rs/jieba');
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of ['pdfjs-dist', '@langchain/openai', 'openai', 'mammoth', 'exceljs', 'docx', 'telegraf', 'wechaty', 'hono']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });

  it('lists opinions without loading the docx and xlsx writers', async () => {
    const loaded = await packagesLoadedBy(['opinions', 'list']);
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of ['exceljs', 'docx', 'pdfjs-dist', '@langchain/openai', '@langchain/core']) expect(loaded, heavy).not.toContain(heavy);
  });
});
