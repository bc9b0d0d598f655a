import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('start-up checks the configuration', () => {
  it('runs offline with nothing configured', () => {
    const config = loadConfig({ env: {}, envFile: null, cwd: '/srv/bot' });
    expect(config.llm).toBeNull();
    expect(config.embeddings).toEqual({ kind: 'local' });
    expect(config.dataDir).toBe('/srv/bot/data');
  });

  it('switches a provider on from a .env file, with the environment taking precedence', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'liaison-env-'));
    writeFileSync(path.join(dir, '.env'), 'OPENAI_BASE_URL=https://api.deepseek.com/v1\nCHAT_MODEL=deepseek-chat\nEMBEDDING_DIMENSIONS=\n');
    const config = loadConfig({ env: { CHAT_MODEL: 'deepseek-reasoner' }, cwd: dir });
    expect(config.llm).toMatchObject({ baseUrl: 'https://api.deepseek.com/v1', chatModel: 'deepseek-reasoner' });
    expect(config.embeddings.kind).toBe('local');
  });

  it('stops with a message naming each wrong setting', () => {
    const attempt = () => loadConfig({ env: { LOG_LEVEL: 'verbose', OPENAI_BASE_URL: 'not a url', LLM_TIMEOUT_MS: '-5' }, envFile: null });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const text = (error as ConfigError).message;
      expect(text).toContain('LOG_LEVEL');
      expect(text).toContain('OPENAI_BASE_URL');
      expect(text).toContain('LLM_TIMEOUT_MS');
      expect(text).toContain('配置有误');
    }
  });
});
