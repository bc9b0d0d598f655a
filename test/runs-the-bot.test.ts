import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/open-store.ts';
import { botSays, startEmulator, TOKEN } from './support/telegram-emulator.ts';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const CLI = path.resolve('bin/liaison.js');

describe('npm start runs the configured channels and stops cleanly', () => {
  it('answers on Telegram, delivers what another process queued, and shuts down on SIGTERM', async () => {
    const { server, apiRoot } = await startEmulator();
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-start-'));
    const child = spawn('node', [CLI, 'start'], {
      env: { ...process.env, DATA_DIR: data, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const until = Date.now() + 30_000;
      while (!logs.includes('机器人已启动') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logs).toContain('机器人已启动');

      const client = server.getClient(TOKEN, { userId: 2001, chatId: 2001, firstName: '李明' });
      await client.sendMessage(client.makeMessage('常熟政协的书香政协品牌叫什么？'));
      expect((await botSays(apiRoot, 2001, (texts) => texts.length > 0, 10_000))[0]?.text).toMatch(/\[1\]/);

      // A staff command in another process queues a message; the running bot sends it.
      const storage = openStorage({ dataDir: data });
      await storage.outbox.enqueue({ to: { channel: 'telegram', chatId: '2001', isGroup: false }, text: '您反映的社情民意信息有新进展：已受理。', reason: 'opinion-status' }, new Date());
      storage.close();
      expect((await botSays(apiRoot, 2001, (texts) => texts.some((t) => t.includes('已受理')), 15_000)).map((m) => m.text)).toContain('您反映的社情民意信息有新进展：已受理。');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(logs).toContain('已停止');
    } finally {
      child.kill('SIGKILL');
      await server.stop();
    }
  }, 60_000);
});
