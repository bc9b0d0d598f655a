import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { pickedOffer } from '../src/answering/near-questions.ts';
import type { Channel } from '../src/channels/channel.ts';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { botSays, startEmulator, TOKEN } from './support/telegram-emulator.ts';
import { testConfig } from './support/test-app.ts';
import { WechatWorld } from './support/wechat-world.ts';

/** Near a way of asking two sentences of the rules, like neither enough to answer. */
const UNCLEAR = '稿子早就在电脑上弄好了 发给你是一段一段发还是一口气全发';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

describe('a declined question about the rules comes with the questions the member may have meant', () => {
  it('offers near questions, each of which the knowledge base answers', async () => {
    const answer = await app.questions.ask(UNCLEAR);
    expect(answer.answered).toBe(false);
    expect(answer.offered?.length).toBeGreaterThan(0);
    for (const question of answer.offered!) expect((await app.questions.ask(question)).answered).toBe(true);
  });

  it('the member picks one by its number and gets its answer, saying how it was read', async () => {
    const member = new ChatDriver(() => app, 'offer-1', '李明');
    const [declined] = await member.send(UNCLEAR);
    expect(declined?.text).toMatch(/没有找到[\s\S]*您是不是想问：\n1\. /);
    const first = declined!.choices![0]!.value;
    const [picked] = await member.send('1');
    expect(picked?.text).toContain(`（按“${first}”理解）`);
    expect(picked?.text).toMatch(/\[1\][\s\S]*来源/);
  });

  it('a number sent long after the offer is no pick', async () => {
    let now = new Date('2026-03-02T02:00:00Z');
    const clocked = await createApp(testConfig(), silentLogger(), { now: () => now });
    try {
      const member = new ChatDriver(() => clocked, 'offer-2', '李明');
      await member.send(UNCLEAR);
      now = new Date(now.getTime() + 60 * 60_000);
      const [later] = await member.send('1');
      expect(later?.text).not.toContain('按“');
    } finally {
      clocked.close();
    }
  });

  it('a question about a city or a year gets a plain decline: the ways of asking are about the rules', async () => {
    const answer = await app.questions.ask('十堰政协机关食堂一天开几顿饭');
    expect(answer.answered).toBe(false);
    expect(answer.offered).toBeUndefined();
  });

  it('reads the picks members type', () => {
    const offered = ['甲', '乙', '丙'];
    expect(['2', '第二个', '②', '二', '选2', '2。'].map((said) => pickedOffer(said, offered))).toEqual(['乙', '乙', '乙', '乙', '乙', '乙']);
    expect(['4', '23', '2号楼漏水', '好的'].map((said) => pickedOffer(said, offered))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('offers through the channels', () => {
  it('on Telegram, as numbered buttons that ask the question when pressed', async () => {
    const { server, apiRoot } = await startEmulator();
    const telegram = await createApp(testConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot }), silentLogger());
    const channel: Channel = createTelegramChannel({ config: telegram.config.telegram!, core: telegram.core, log: silentLogger() });
    await channel.start();
    try {
      const client = server.getClient(TOKEN, { userId: 2101, chatId: 2101, firstName: '李明', timeout: 1000 });
      await client.sendMessage(client.makeMessage(UNCLEAR));
      const [declined] = await botSays(apiRoot, 2101, (texts) => texts.length > 0);
      const buttons = declined?.reply_markup?.inline_keyboard?.flat() ?? [];
      expect(buttons[0]?.text).toMatch(/^1\. /);
      // A question is too long to share a row with another on a phone.
      expect(declined?.reply_markup?.inline_keyboard?.every((row) => row.length === 1)).toBe(true);
      await client.sendCallback(client.makeCallbackQuery(buttons[0]!.callback_data));
      const answered = await botSays(apiRoot, 2101, (texts) => texts.some((t) => t.includes('来源')));
      expect(answered.at(-1)?.text).toMatch(/\[1\]/);
    } finally {
      await channel.stop();
      await server.stop();
      telegram.close();
    }
  }, 30_000);

  it('on WeChat, as a numbered list with a line saying to reply with the number', async () => {
    const world = await new WechatWorld(app.core, { acceptFriends: false }).start();
    try {
      const member = world.contact('王芳');
      member.say(UNCLEAR).to(world.bot);
      const [declined] = await world.heardBy(member);
      expect(declined).toMatch(/您是不是想问：\n1\. [\s\S]*请回复：1( \/ \d)*$/);
      member.say('1').to(world.bot);
      const said = await world.heardBy(member, (texts) => texts.length > 1);
      expect(said.at(-1)).toMatch(/来源/);
    } finally {
      await world.channel.stop();
    }
  }, 30_000);
});
