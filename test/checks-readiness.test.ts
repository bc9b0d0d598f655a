import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAiServer } from './support/fake-openai-server.ts';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/liaison.js');

async function doctor(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const data = mkdtempSync(path.join(tmpdir(), 'liaison-doctor-'));
  try {
    const { stdout } = await run('node', [CLI, 'doctor'], { env: { ...process.env, DATA_DIR: data, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', ...env } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let model: FakeOpenAiServer;
beforeAll(async () => {
  model = await FakeOpenAiServer.start();
});
afterAll(() => model.stop());

describe('liaison doctor tells the office what is ready', () => {
  it('on a fresh install: ready offline, index built on first start, channels off', async () => {
    const { code, stdout } = await doctor({});
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ 就绪 {2}配置/);
    expect(stdout).toContain('索引尚未建立');
    expect(stdout).toMatch(/✔ 就绪 {2}数据库/);
    expect(stdout).toContain('大模型：未配置，使用离线抽取式回答');
    expect(stdout).toContain('－ 未启用  Telegram');
    expect(stdout).toContain('可以启动');
  });

  it('reaches a configured model endpoint', async () => {
    const { code, stdout } = await doctor({ OPENAI_BASE_URL: model.baseUrl, OPENAI_API_KEY: 'sk-test' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ 就绪 {2}大模型：http:\/\/127\.0\.0\.1:\d+\/v1 可访问/);
  });

  it('says plainly when an endpoint cannot be reached, and exits non-zero', async () => {
    const port = await closedPort();
    const { code, stdout } = await doctor({ OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(stdout).toContain('不可用：无法连接');
    expect(stdout).toMatch(/✘ 未就绪 {2}Telegram/);
    expect(stdout).toContain('有 2 项未就绪');
  });
});
