import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import type { Address, Sender } from '../src/conversation/outbound.ts';
import { SendError } from '../src/conversation/send-errors.ts';
import { silentLogger } from '../src/log.ts';
import { runBot, type RunningBot } from '../src/runtime/run-bot.ts';
import { startStatusServer } from '../src/runtime/status-server.ts';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.ts';
import { allFields, ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { startEmulator, TOKEN } from './support/telegram-emulator.ts';
import { SHIPPED_KNOWLEDGE, testConfig } from './support/test-app.ts';

/** The console's user; a message for the chat 'gone' fails for good, as for a member who left. */
function consoleSender(): Sender & { texts: string[] } {
  const texts: string[] = [];
  return {
    channel: 'console',
    texts,
    async send(to: Address, reply) {
      if (to.chatId === 'gone') throw new SendError('permanent', 'chat not found');
      texts.push(reply.text);
    },
  };
}

/** One sample's value from Prometheus text, e.g. sample(text, 'liaison_answers_total{outcome="answered"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let app: App;
let bot: RunningBot;
let url: string;
const sender = consoleSender();

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
  bot = await runBot({
    app,
    channels: [],
    senders: [sender],
    log: silentLogger(),
    now: () => new Date(),
    tickMs: 3_600_000,
    web: { host: '127.0.0.1', port: 0, alsoServing: ['console'] },
  });
  url = bot.webUrl!;
});
afterAll(async () => {
  await bot.stop().catch(() => undefined);
});

describe('whoever runs the bot sees its health and metrics over HTTP', () => {
  it('serves on loopback at a free port when asked for port 0', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toBe('http://127.0.0.1:0');
  });

  it('answers /healthz with 200 and ready while the console chat runs', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      status: 'ok',
      ready: true,
      channels: { telegram: 'off', wechat: 'off', console: 'up' },
      database: 'ok',
      outbox: { pending: 0, failed: 0 },
    });
  });

  it('puts secure headers on every response, a 404 included', async () => {
    for (const page of ['/healthz', '/metrics', '/nothing-here']) {
      const response = await fetch(`${url}${page}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      if (page === '/nothing-here') {
        expect(response.status).toBe(404);
        expect((await response.json()).error).toContain('/healthz');
      }
    }
  });

  it('counts messages, answers, a submission and outbox deliveries in /metrics', async () => {
    const li = new ChatDriver(() => app, 'metrics-member', '李明');
    expect(await li.say('十堰市政协党组向市委请示报告了多少次？')).toContain('[1]');
    expect(await li.say('明天武汉天气怎么样？')).toContain('没有找到');
    await li.say('我想反映社情民意');
    await li.say(allFields());
    expect(receiptNumber(await li.say('确认提交'))).toMatch(/^SQMY-/);

    const console = { channel: 'console', isGroup: false };
    await app.storage.outbox.enqueue({ to: { ...console, chatId: 'metrics-member' }, text: '会议通知：周五上午九点开会。', reason: 'notice' }, new Date());
    await app.storage.outbox.enqueue({ to: { ...console, chatId: 'gone' }, text: '会议通知：周五上午九点开会。', reason: 'notice' }, new Date());
    // Owed on a channel this run does not serve: waits, and shows in the backlog gauge.
    await app.storage.outbox.enqueue({ to: { channel: 'telegram', chatId: '2001', isGroup: false }, text: '已受理。', reason: 'opinion-status' }, new Date());
    await bot.tick();
    expect(sender.texts).toContain('会议通知：周五上午九点开会。');

    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'liaison_messages_total{channel="console"}')).toBe(5);
    expect(sample(text, 'liaison_answers_total{outcome="answered"}')).toBe(1);
    expect(sample(text, 'liaison_answers_total{outcome="declined"}')).toBe(1);
    expect(sample(text, 'liaison_answer_seconds_count')).toBe(2);
    expect(text).toContain('liaison_answer_seconds_bucket{le="0.5"}');
    expect(sample(text, 'liaison_submissions_total')).toBe(1);
    expect(sample(text, 'liaison_outbox_sent_total{channel="console"}')).toBe(1);
    expect(sample(text, 'liaison_outbox_failed_total{channel="console",kind="permanent"}')).toBe(1);
    expect(sample(text, 'liaison_outbox_backlog{channel="telegram"}')).toBe(1);
    expect(sample(text, 'liaison_outbox_backlog{channel="console"}')).toBe(0);
    expect(text).toContain('# TYPE liaison_channel_restarts_total counter');
    // Node's own process metrics come along.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health.outbox).toEqual({ pending: 1, failed: 1 });
  });

  it('keeps the bot running when the port is taken, and says so', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as { port: number };
    try {
      const logged: string[] = [];
      const log = silentLogger();
      log.error = ((_fields: unknown, message: string) => void logged.push(message)) as typeof log.error;
      const status = await startStatusServer({ app, channels: [], web: { host: '127.0.0.1', port }, log });
      expect(status.url).toBeNull();
      expect(logged.join('\n')).toContain('运行状态服务未启动，机器人照常运行');
      await status.close();
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('answers 503 with database "error" once the database is closed', async () => {
    app.storage.db.close();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    const report = await response.json();
    expect(report).toMatchObject({ status: 'degraded', ready: true, database: 'error', outbox: { pending: null, failed: null } });
    // Metrics still answer; the backlog gauge just has no values.
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).not.toMatch(/^liaison_outbox_backlog\{/m);
  });

  it('stops serving on shutdown', async () => {
    await bot.stop();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('a configured channel that is not connected degrades the health', () => {
  it('reports Telegram up while polling, and 503 with Telegram down once it stops', async () => {
    const { server, apiRoot } = await startEmulator();
    const telegramApp = await createApp(testConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot }), silentLogger());
    const channel = createTelegramChannel({ config: telegramApp.config.telegram!, core: telegramApp.core, log: silentLogger() });
    const running = await runBot({ app: telegramApp, channels: [channel], log: silentLogger(), now: () => new Date(), web: { host: '127.0.0.1', port: 0 } });
    try {
      const up = await fetch(`${running.webUrl}/healthz`);
      expect(up.status).toBe(200);
      expect((await up.json()).channels).toEqual({ telegram: 'up', wechat: 'off', console: 'off' });

      await channel.stop();
      const down = await fetch(`${running.webUrl}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'degraded', ready: true, channels: { telegram: 'down' }, database: 'ok' });
    } finally {
      await running.stop();
      await server.stop();
    }
  }, 30_000);
});

describe('the web server is configured from .env', () => {
  const load = (env: Record<string, string>) => loadConfig({ env: { ...env }, envFile: null });

  it('binds to loopback port 8080 by default, takes 0 for a free port, and can be turned off', () => {
    expect(load({}).web).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(load({ WEB_PORT: '0', WEB_HOST: '0.0.0.0' }).web).toEqual({ host: '0.0.0.0', port: 0 });
    expect(load({ WEB_ENABLED: 'false' }).web).toBeNull();
    expect(() => load({ WEB_PORT: '70000' })).toThrow(ConfigError);
  });
});

describe('npm start serves /healthz beside the console chat', () => {
  it('reports the console up while the chat runs, and stops with it', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-web-'));
    const child = spawn('node', [path.resolve('bin/liaison.js'), 'start'], {
      env: { ...process.env, DATA_DIR: data, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'info', WEB_PORT: '0', TELEGRAM_BOT_TOKEN: '', WECHATY_PUPPET: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const until = Date.now() + 30_000;
      let served: string | undefined;
      while (!(served = /运行状态服务已启动：(http:\/\/127\.0\.0\.1:\d+)/.exec(logs)?.[1]) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(served).toBeDefined();
      const response = await fetch(`${served}/healthz`);
      expect(response.status).toBe(200);
      expect((await response.json()).channels).toEqual({ telegram: 'off', wechat: 'off', console: 'up' });

      child.stdin.end();
      expect(await exited).toBe(0);
      await expect(fetch(`${served}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
