import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import type { Channel } from '../src/channels/channel.ts';
import { Keyboard } from '../src/channels/telegram/keyboard.ts';
import { TelegramSendError, withRetryAfter } from '../src/channels/telegram/retry.ts';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.ts';
import { TelegramSender } from '../src/channels/telegram/telegram-sender.ts';
import { silentLogger } from '../src/log.ts';
import { allFields } from './support/chat-driver.ts';
import { botSays, startEmulator, TOKEN } from './support/telegram-emulator.ts';
import { testConfig } from './support/test-app.ts';

let server: TelegramServer;
let apiRoot: string;
let app: App;
let channel: Channel;
beforeAll(async () => {
  const emulator = await startEmulator();
  server = emulator.server;
  apiRoot = emulator.apiRoot;
  app = await createApp(testConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot }), silentLogger());
  channel = createTelegramChannel({ config: app.config.telegram!, core: app.core, log: silentLogger() });
  await channel.start();
}, 30_000);
afterAll(async () => {
  await channel.stop();
  await server.stop();
  app.close();
});

const member = (userId: number, extra: Record<string, unknown> = {}) => server.getClient(TOKEN, { userId, chatId: userId, firstName: '李明', userName: `member${userId}`, timeout: 1000, ...extra });

describe('members on Telegram', () => {
  it('/start gets the help text', async () => {
    const client = member(1001);
    const chat = 1001;
    await client.sendCommand(client.makeCommand('/start'));
    const said = await botSays(apiRoot, chat, (texts) => texts.some((t) => t.includes('我可以')));
    expect(said.map((m) => m.text).join()).toContain('反映社情民意');
  });

  it('a question gets a cited answer', async () => {
    const client = member(1002);
    const chat = 1002;
    await client.sendMessage(client.makeMessage('常熟政协的书香政协品牌叫什么？'));
    const said = await botSays(apiRoot, chat, (texts) => texts.length > 0);
    expect(said[0]?.text).toMatch(/\[1\]/);
  });

  it('an opinion dialog driven by inline buttons ends with a receipt', async () => {
    const client = member(1003);
    const chat = 1003;
    await client.sendCommand(client.makeCommand('/opinion'));
    await botSays(apiRoot, chat, (texts) => texts.some((t) => t.includes('情况与问题')));
    await client.sendMessage(client.makeMessage(allFields()));
    const preview = await botSays(apiRoot, chat, (texts) => texts.some((t) => t.includes('请核对')));
    const buttons = preview.at(-1)?.reply_markup?.inline_keyboard?.flat() ?? [];
    const confirm = buttons.find((b) => b.text === '确认提交');
    expect(confirm).toBeDefined();
    await client.sendCallback(client.makeCallbackQuery(confirm!.callback_data));
    const receipt = await botSays(apiRoot, chat, (texts) => texts.some((t) => t.includes('SQMY-')));
    expect(receipt.map((m) => m.text).join()).toMatch(/编号：SQMY-\d{4}-\d{4}/);
  });

  it('in a group, answers only when addressed, replying to the asker', async () => {
    const group = server.getClient(TOKEN, { userId: 1004, chatId: -5001, type: 'group', chatTitle: '委员群', firstName: '王芳', timeout: 1000 });
    await group.sendMessage(group.makeMessage('大家好，今天天气不错'));
    expect(await botSays(apiRoot, -5001, (texts) => texts.length > 0, 2500)).toEqual([]);
    const botName = (await fetchBotName());
    await group.sendMessage(group.makeMessage(`@${botName} 常熟政协的书香政协品牌叫什么？`, { entities: [{ type: 'mention', offset: 0, length: botName.length + 1 }] }));
    const said = await botSays(apiRoot, -5001, (texts) => texts.length > 0);
    expect(said[0]?.text).toMatch(/\[1\]/);
    expect(said[0]?.reply_parameters?.message_id).toBeTypeOf('number');
  });
});

async function fetchBotName(): Promise<string> {
  const response = await fetch(`${app.config.telegram!.apiRoot}/bot${TOKEN}/getMe`, { method: 'POST' });
  return ((await response.json()) as { result: { username: string } }).result.username;
}

describe('sending to Telegram', () => {
  it('waits out a 429 retry_after and then succeeds; other refusals are typed', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetryAfter(
      async () => {
        if (++calls < 3) throw Object.assign(new Error('Too Many Requests'), { response: { error_code: 429, parameters: { retry_after: 2 } } });
        return 'sent';
      },
      { sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('sent');
    expect(waits).toEqual([2000, 2000]);
    const refused = withRetryAfter(async () => {
      throw Object.assign(new Error('Forbidden'), { response: { error_code: 403, description: 'bot was blocked by the user' } });
    });
    await expect(refused).rejects.toMatchObject({ kind: 'api-refused' });
    await expect(withRetryAfter(async () => Promise.reject(new Error('ECONNRESET')))).rejects.toBeInstanceOf(TelegramSendError);
  });

  it('splits a reply over 4096 characters at sentence ends and keeps long button values', async () => {
    const sent: { chatId: string | number; text: string; extra: Record<string, unknown> }[] = [];
    const telegram = { sendMessage: async (chatId: string | number, text: string, extra: Record<string, unknown>) => void sent.push({ chatId, text, extra }) };
    const keyboard = new Keyboard();
    const sender = new TelegramSender(telegram as never, keyboard);
    const long = '政协委员积极履职，围绕中心工作建言献策。'.repeat(400);
    const value = `参加 ${'很长的说明'.repeat(20)}`;
    await sender.send({ channel: 'telegram', chatId: '42', isGroup: false }, { text: long, choices: [{ label: '参加', value }] });
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((s) => Array.from(s.text).length <= 4096 && s.text.endsWith('。'))).toBe(true);
    expect(sent.map((s) => s.text).join('')).toBe(long);
    const markup = sent.at(-1)?.extra.reply_markup as { inline_keyboard: { callback_data: string }[][] };
    const data = markup.inline_keyboard[0]![0]!.callback_data;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(keyboard.decode(data)).toBe(value);
  });
});
