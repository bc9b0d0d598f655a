import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';

export const SHIPPED_KNOWLEDGE = path.resolve('knowledge');

/** A config on a fresh data folder, as a new installation would have, plus any settings given. */
export function testConfig(env: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-data-'));
  return loadConfig({ env: { DATA_DIR: dataDir, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', ...env }, envFile: null });
}

/** A private copy of the shipped knowledge folder, for tests that change documents. */
export function copyOfKnowledge(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liaison-knowledge-'));
  cpSync(SHIPPED_KNOWLEDGE, dir, { recursive: true });
  return dir;
}
