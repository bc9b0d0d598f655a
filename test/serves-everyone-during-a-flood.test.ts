import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { ConversationCore, APOLOGY } from '../src/conversation/core.ts';
import type { Feature, InboundMessage } from '../src/conversation/types.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let id = 0;
const from = (senderId: string, text: string, channel = 'telegram'): InboundMessage => ({
  channel,
  chatId: senderId,
  isGroup: false,
  senderId,
  text,
  addressed: true,
  messageId: `flood-${++id}`,
  time: new Date(),
});

describe('one user cannot take the bot from everyone else', () => {
  it('a flood gets one gentle 请稍后再问 and does not delay another user', async () => {
    const started = performance.now();
    const one = await app.core.handle(from('calm', '十堰市政协立案了多少件提案？'));
    const oneAnswer = performance.now() - started;
    expect(one[0]?.text).toMatch(/\[1\]/);

    const flood = Array.from({ length: 60 }, () => app.core.handle(from('flooder', '十堰市政协立案了多少件提案？')));
    const t0 = performance.now();
    const calm = await app.core.handle(from('calm-2', '常熟政协的书香政协品牌叫什么？'));
    const waited = performance.now() - t0;
    expect(calm[0]?.text).toMatch(/\[1\]/);
    // Generous: the time of one answer plus scheduling noise on a busy CI machine.
    expect(waited).toBeLessThan(oneAnswer * 3 + 250);

    const replies = (await Promise.all(flood)).map((r) => r.map((x) => x.text).join());
    const slowDowns = replies.filter((text) => text.includes('请稍后再问'));
    expect(slowDowns).toHaveLength(1);
    expect(replies.filter((text) => text === '')).toHaveLength(60 - 8 - 1);
  });

  it('a handler that throws gets that user an apology and the others carry on', async () => {
    const failing: Feature = {
      name: 'broken-for-one',
      async handle(message) {
        if (message.senderId === 'unlucky') throw new Error('answerer exploded');
        return null;
      },
    };
    const core = new ConversationCore({
      log: silentLogger(),
      maxMessageChars: 2000,
      features: [failing, { name: 'echo', handle: async (m) => [{ text: `收到：${m.text}` }] }],
    });
    const [bad, good] = await Promise.all([core.handle(from('unlucky', '你好呀')), core.handle(from('fine', '你好呀'))]);
    expect(bad).toEqual([{ text: APOLOGY }]);
    expect(bad[0]?.text).not.toContain('exploded');
    expect(good[0]?.text).toBe('收到：你好呀');
    expect((await core.handle(from('unlucky', '再试一次', 'wechat')))[0]?.text).toBe(APOLOGY);
  });
});
