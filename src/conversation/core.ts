import type { Logger } from '../log.ts';
import { noMetrics, type Metrics } from '../shared/metrics.ts';
import { isStorageUnavailable } from '../shared/storage-unavailable.ts';
import { guardInbound, INJECTION_REPLY } from './input-guard.ts';
import { KeyedQueue } from './keyed-queue.ts';
import type { HandledMessages } from './outbound.ts';
import type { Feature, InboundMessage, Reply } from './types.ts';

export type ErrorSink = (error: unknown, message: InboundMessage) => Reply[];

export interface CoreOptions {
  features: Feature[];
  log: Logger;
  maxMessageChars: number;
  /** Overridable: what the user gets when a feature throws. */
  onError?: ErrorSink;
  /** When given, a message delivered twice (same channel and message id) is handled once. */
  handled?: HandledMessages;
  now?: () => Date;
  /** Counts the messages handled, per channel. */
  metrics?: Metrics;
}

export const APOLOGY = '抱歉，系统刚才处理您的消息时出了点问题，请稍后再试。如多次出现，请联系市政协办公室。';
/** When the store cannot write (disk full, read-only): nothing of this message was kept. */
export const STORAGE_APOLOGY = '抱歉，系统暂时无法保存数据，您的这条消息没有办理成功，请稍后再试。如多次出现，请联系市政协办公室。';

/**
 * The channel-agnostic conversation core: an inbound message in, replies out. Adapters only
 * translate; everything a user sees is decided here.
 */
export class ConversationCore {
  private readonly onError: ErrorSink;
  private readonly queue = new KeyedQueue();
  private readonly now: () => Date;

  constructor(private readonly options: CoreOptions) {
    this.onError =
      options.onError ??
      ((error, message) => {
        const unavailable = isStorageUnavailable(error);
        options.log.error({ err: error, channel: message.channel, chat: message.chatId, sender: message.senderId }, unavailable ? 'storage unavailable' : 'handler failed');
        return [{ text: unavailable ? STORAGE_APOLOGY : APOLOGY }];
      });
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Messages of one sender are handled in arrival order; different senders concurrently. Never
   * rejects and never leaves a member without a word: whatever fails, the member gets an apology.
   */
  handle(message: InboundMessage): Promise<Reply[]> {
    // In a group the bot speaks only when spoken to.
    if (message.isGroup && !message.addressed) return Promise.resolve([]);
    return this.queue.run(`${message.channel}\u0000${message.senderId}`, async () => {
      try {
        return await this.handleInOrder(message);
      } catch (error) {
        return this.apologise(error, message);
      }
    });
  }

  private async handleInOrder(message: InboundMessage): Promise<Reply[]> {
    if (!(await this.claim(message))) {
      this.options.log.info({ channel: message.channel, messageId: message.messageId }, 'redelivered message ignored');
      return [];
    }
    (this.options.metrics ?? noMetrics).incMessage(message.channel);
    const verdict = guardInbound(message.text, { maxChars: this.options.maxMessageChars });
    if (!verdict.ok && verdict.reason !== 'injection') {
      this.options.log.info({ channel: message.channel, sender: message.senderId, reason: verdict.reason }, 'inbound rejected');
      return [{ text: verdict.reply }];
    }
    const suspicious = !verdict.ok;
    if (suspicious) this.options.log.info({ channel: message.channel, sender: message.senderId }, 'instruction-like text, not acted on');
    const quoted = verdict.ok ? verdict.quoted : undefined;
    const cleaned: InboundMessage = { ...message, text: verdict.text, ...(suspicious ? { suspicious } : {}), ...(quoted ? { quoted } : {}) };
    for (const feature of this.options.features) {
      const replies = await feature.handle(cleaned);
      if (replies) return replies;
    }
    return suspicious ? [{ text: INJECTION_REPLY }] : [];
  }

  /**
   * false for a message already handled. A guard that cannot record the id (disk full, read-only)
   * does not stop the bot: the message is handled anyway, at the risk of answering a redelivery twice.
   */
  private async claim(message: InboundMessage): Promise<boolean> {
    const { handled } = this.options;
    if (!handled || !message.messageId) return true;
    try {
      return await handled.claim(message.channel, message.messageId, this.now());
    } catch (error) {
      this.options.log.warn({ err: error, channel: message.channel, messageId: message.messageId }, 'redelivery guard unavailable, message handled anyway');
      return true;
    }
  }

  private apologise(error: unknown, message: InboundMessage): Reply[] {
    try {
      return this.onError(error, message);
    } catch {
      return [{ text: isStorageUnavailable(error) ? STORAGE_APOLOGY : APOLOGY }];
    }
  }
}
