import type { Telegram } from 'telegraf';
import type { Address, Sender } from '../../conversation/outbound.ts';
import type { Reply } from '../../conversation/types.ts';
import { splitMessage } from '../shared/split-message.ts';
import type { Keyboard } from './keyboard.ts';
import { withRetryAfter, type RetryOptions } from './retry.ts';

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
      await withRetryAfter(() => this.telegram.sendMessage(to.chatId, part, extra), this.retry);
    }
  }
}
