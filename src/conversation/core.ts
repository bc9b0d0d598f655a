import type { Logger } from '../log.ts';
import { guardInbound } from './input-guard.ts';
import type { Feature, InboundMessage, Reply } from './types.ts';

export type ErrorSink = (error: unknown, message: InboundMessage) => Reply[];

export interface CoreOptions {
  features: Feature[];
  log: Logger;
  maxMessageChars: number;
  /** Overridable: what the user gets when a feature throws. */
  onError?: ErrorSink;
}

export const APOLOGY = '抱歉，系统刚才处理您的消息时出了点问题，请稍后再试。如多次出现，请联系市政协办公室。';

/**
 * The channel-agnostic conversation core: an inbound message in, replies out. Adapters only
 * translate; everything a user sees is decided here.
 */
export class ConversationCore {
  private readonly onError: ErrorSink;

  constructor(private readonly options: CoreOptions) {
    this.onError =
      options.onError ??
      ((error, message) => {
        options.log.error({ err: error, channel: message.channel, chat: message.chatId, sender: message.senderId }, 'handler failed');
        return [{ text: APOLOGY }];
      });
  }

  async handle(message: InboundMessage): Promise<Reply[]> {
    // In a group the bot speaks only when spoken to.
    if (message.isGroup && !message.addressed) return [];
    const verdict = guardInbound(message.text, { maxChars: this.options.maxMessageChars });
    if (!verdict.ok) {
      this.options.log.info({ channel: message.channel, sender: message.senderId, reason: verdict.reason }, 'inbound rejected');
      return [{ text: verdict.reply }];
    }
    const cleaned = { ...message, text: verdict.text };
    try {
      for (const feature of this.options.features) {
        const replies = await feature.handle(cleaned);
        if (replies) return replies;
      }
      return [];
    } catch (error) {
      return this.onError(error, message);
    }
  }
}
