import type { Telegram } from 'telegraf';
import type { Address, Sender } from '../../conversation/outbound.ts';
import { SendError } from '../../conversation/send-errors.ts';
import type { Reply } from '../../conversation/types.ts';
import { splitMessage } from '../shared/split-message.ts';
import type { Keyboard } from './keyboard.ts';
import { TelegramSendError, withRetryAfter, type RetryOptions } from './retry.ts';

/** Telegram's limit for one message. */
export const TELEGRAM_MAX_CHARS = 4096;

/**
 * Sends replies as plain text (no parse_mode): nothing a member or a document wrote can be read
 * as markup, so no escaping can go wrong. Long text is split at sentence ends; buttons go on the
 * last part.
 */
export class TelegramSender implements Sender {
  readonly channel = 'telegram';

  constructor(
    private readonly telegram: Pick<Telegram, 'sendMessage'>,
    private readonly keyboard: Keyboard,
    private readonly retry: RetryOptions = {},
  ) {}

  async send(to: Address, reply: Reply, replyTo?: number): Promise<void> {
    const parts = splitMessage(reply.text, TELEGRAM_MAX_CHARS);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const extra = {
        ...(last && reply.choices?.length ? { reply_markup: this.keyboard.markup(reply.choices) } : {}),
        ...(i === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      };
      try {
        await withRetryAfter(() => this.telegram.sendMessage(to.chatId, part, extra), this.retry);
      } catch (error) {
        throw toSendError(error);
      }
    }
  }
}

/**
 * What a Bot API failure means for whoever sends: 400 (chat not found, bad request) and 403 (blocked
 * by the user, user deactivated, kicked from the group) will not change by retrying; 429 still
 * standing after the waits above pauses the channel; the network, 5xx and the rest may pass.
 */
export function toSendError(error: unknown): SendError {
  if (!(error instanceof TelegramSendError)) return new SendError('transient', `Telegram 暂时无法发送：${describe(error)}`, { cause: error });
  const { code, retryAfterS } = error.details;
  if (error.kind === 'rate-limited') {
    return new SendError('rate-limited', `Telegram 限流，${retryAfterS ?? 1} 秒后重试：${error.message}`, { retryAfterMs: (retryAfterS ?? 1) * 1000, cause: error });
  }
  if (error.kind === 'api-refused' && (code === 400 || code === 403)) {
    return new SendError('permanent', `Telegram 拒绝发送：${error.message}`, { cause: error });
  }
  return new SendError('transient', `Telegram 暂时无法发送：${error.message}`, { cause: error });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
