import type { Choice, Reply } from './types.ts';

/** Where a message the bot starts (not a reply) goes: a group, or a person's private chat. */
export interface Address {
  channel: string;
  chatId: string;
  isGroup: boolean;
}

/** A channel's way of sending on its own initiative: notifications, reminders, notices. */
export interface Sender {
  readonly channel: string;
  send(to: Address, reply: Reply): Promise<void>;
  /** false: this sender cannot reach `to` right now; the message stays queued for another run. */
  accepts?(to: Address): boolean;
}

/** A message owed to someone, queued so it survives restarts and can be sent by another process. */
export interface OutboundMessage {
  to: Address;
  text: string;
  /** Buttons where the channel has them (Telegram), a typed answer elsewhere. */
  choices?: Choice[];
  /** Why it is sent (e.g. 'opinion-status', 'draft-expired'), for the log. */
  reason: string;
}

export interface QueuedMessage extends OutboundMessage {
  id: number;
  attempts: number;
  createdAt: Date;
}

/** The outbox port: staff commands enqueue, the running bot delivers. */
export interface Outbox {
  enqueue(message: OutboundMessage, now: Date): Promise<number>;
  /** Oldest first; only messages neither sent nor given up. */
  pending(channel: string, limit: number): Promise<QueuedMessage[]>;
  markSent(id: number, now: Date): Promise<void>;
  /** Records the failure; after `maxAttempts` the message is given up. */
  markFailed(id: number, error: string, now: Date, maxAttempts: number): Promise<void>;
}

/** Remembers which inbound messages were handled, so a redelivered one is not handled twice. */
export interface HandledMessages {
  /** true the first time (channel, messageId) is seen, false afterwards. */
  claim(channel: string, messageId: string, now: Date): Promise<boolean>;
}
