import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import type { Channel } from '../src/channels/channel.ts';
import type { Sender } from '../src/conversation/outbound.ts';
import { SendError } from '../src/conversation/send-errors.ts';
import { silentLogger } from '../src/log.ts';
import { runBot } from '../src/runtime/run-bot.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { testConfig } from './support/test-app.ts';

/**
 * A WeChat-like channel at the boundary: its sender works until the channel is stopped (wechaty's
 * puppet is gone then) and refuses afterwards. Everything it does is written to `events`.
 */
function wechatLike(events: string[], options: { hang?: boolean } = {}): Channel {
  let stopped = false;
  const sender: Sender = {
    channel: 'wechat',
    async send(_to, reply) {
      if (stopped) {
        events.push(`refused ${reply.text}`);
        throw new SendError('transient', '微信未登录，暂时无法发送');
      }
      if (options.hang) {
        events.push(`sending ${reply.text}`);
        await new Promise<never>(() => {});
      }
      events.push(`sent ${reply.text}`);
    },
  };
  return {
    name: 'wechat',
    sender,
    async start() {
      events.push('started');
    },
    async stopReceiving() {
      events.push('stopped receiving');
    },
    async stop() {
      stopped = true;
      events.push('stopped');
    },
  };
}

const NOTICE = '【会议通知】市政协常委会会议定于12月5日上午9:00召开。';
const member = { channel: 'wechat', chatId: 'wxid_member', isGroup: false };

let app: App;
beforeEach(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterEach(() => {
  if (app.storage.db.open) app.close();
});

describe('Ctrl+C / SIGTERM', () => {
  it('delivers a queued WeChat message before the channel is stopped, then closes the database', async () => {
    const events: string[] = [];
    const bot = await runBot({ app, channels: [wechatLike(events)], log: silentLogger(), now: () => new Date(), tickMs: 3_600_000 });
    await app.storage.outbox.enqueue({ to: member, text: NOTICE, reason: 'notice-notice' }, new Date());

    await bot.stop();
    expect(events).toEqual(['started', 'stopped receiving', `sent ${NOTICE}`, 'stopped']);
    expect(app.storage.db.open).toBe(false);
    const after = openStorage(app.config);
    expect(await after.outbox.pending('wechat', 10)).toEqual([]);
    after.close();
  });

  it('bounds the last pass: a send that never returns is left behind, marked as in flight for the next start', async () => {
    const events: string[] = [];
    const bot = await runBot({ app, channels: [wechatLike(events, { hang: true })], log: silentLogger(), now: () => new Date(), tickMs: 3_600_000, shutdownDeliveryMs: 50 });
    await app.storage.outbox.enqueue({ to: member, text: NOTICE, reason: 'notice-notice' }, new Date());
    await app.storage.outbox.enqueue({ to: member, text: '第二条', reason: 'notice-notice' }, new Date());

    const started = performance.now();
    await bot.stop();
    expect(performance.now() - started).toBeLessThan(4000);
    expect(events).toEqual(['started', 'stopped receiving', `sending ${NOTICE}`, 'stopped']);
    expect(app.storage.db.open).toBe(false);
    const after = openStorage(app.config);
    expect((await after.outbox.pending('wechat', 10)).map((m) => [m.text, m.claimedAt !== null])).toEqual([
      [NOTICE, true],
      ['第二条', false],
    ]);
    after.close();
  });
});
