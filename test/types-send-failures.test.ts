import { describe, expect, it } from 'vitest';
import { Keyboard } from '../src/channels/telegram/keyboard.ts';
import { TelegramSender } from '../src/channels/telegram/telegram-sender.ts';
import { PacedQueue } from '../src/channels/wechat/paced-queue.ts';
import { WechatSender } from '../src/channels/wechat/wechat-sender.ts';
import { SendError } from '../src/conversation/send-errors.ts';

const apiError = (code: number, description: string, retryAfter?: number) =>
  Object.assign(new Error(description), { response: { error_code: code, description, ...(retryAfter ? { parameters: { retry_after: retryAfter } } : {}) } });

/** A TelegramSender whose Bot API always answers with `failure`. */
async function telegramFailure(failure: Error): Promise<SendError> {
  const telegram = { sendMessage: async () => Promise.reject(failure) };
  const sender = new TelegramSender(telegram as never, new Keyboard(), { sleep: async () => {} });
  const error = await sender.send({ channel: 'telegram', chatId: '42', isGroup: false }, { text: '会议通知' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

/** A WechatSender over a stand-in for wechaty: logged in or not, rooms and contacts found or not. */
function wechatSender(bot: unknown) {
  return new WechatSender(() => bot as never, new PacedQueue({ intervalMs: 0, jitterMs: 0 }), 500);
}

async function wechatFailure(bot: unknown, isGroup = false): Promise<SendError> {
  const error = await wechatSender(bot)
    .send({ channel: 'wechat', chatId: 'wxid_1', isGroup }, { text: '会议通知' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('each adapter says what a failed send means', () => {
  it('Telegram: blocked, chat not found and deactivated are permanent; 429 is rate-limited; 5xx and the network transient', async () => {
    expect(await telegramFailure(apiError(403, 'Forbidden: bot was blocked by the user'))).toMatchObject({ kind: 'permanent', message: expect.stringContaining('bot was blocked') });
    expect(await telegramFailure(apiError(400, 'Bad Request: chat not found'))).toMatchObject({ kind: 'permanent' });
    expect(await telegramFailure(apiError(403, 'Forbidden: user is deactivated'))).toMatchObject({ kind: 'permanent' });
    expect(await telegramFailure(apiError(429, 'Too Many Requests: retry after 7', 7))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7000 });
    expect(await telegramFailure(apiError(502, 'Bad Gateway'))).toMatchObject({ kind: 'transient' });
    expect(await telegramFailure(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toMatchObject({ kind: 'transient' });
  });

  it('WeChat: an unknown contact or room is permanent; not logged in and puppet failures are transient', async () => {
    const found = (say: () => Promise<void>) => ({ say });
    const loggedIn = (contact: unknown, room: unknown = undefined) => ({
      isLoggedIn: true,
      Contact: { find: async () => contact },
      Room: { find: async () => room },
    });
    expect(await wechatFailure(loggedIn(undefined))).toMatchObject({ kind: 'permanent', message: expect.stringContaining('找不到联系人') });
    expect(await wechatFailure(loggedIn(undefined, undefined), true)).toMatchObject({ kind: 'permanent', message: expect.stringContaining('找不到群') });
    expect(await wechatFailure(null)).toMatchObject({ kind: 'transient', message: expect.stringContaining('未登录') });
    expect(await wechatFailure(loggedIn(found(async () => Promise.reject(new Error('grpc timeout')))))).toMatchObject({ kind: 'transient', message: expect.stringContaining('grpc timeout') });
    const puppetDown = { isLoggedIn: true, Contact: { find: async () => Promise.reject(new Error('puppet not ready')) }, Room: { find: async () => undefined } };
    expect(await wechatFailure(puppetDown)).toMatchObject({ kind: 'transient', message: expect.stringContaining('puppet not ready') });
  });
});
