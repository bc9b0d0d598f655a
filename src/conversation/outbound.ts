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
  /** Fails with a SendError (send-errors.ts) saying whether to retry; anything else counts as transient. */
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
  /** Sends tried and answered (sent, or failed with a reason); a rate limit does not count. */
  attempts: number;
  createdAt: Date;
  /** Not tried again before this (a transient failure's back-off); null: due now. */
  nextAttemptAt: Date | null;
  /** The last failure's reason, '' if none. */
  lastError: string;
  /** Being sent since then ('sending'); null while it waits. */
  claimedAt: Date | null;
}

/**
 * The outbox port: staff commands enqueue, the running bot delivers. A message is claimed
 * ('sending', in its own committed write) before it is sent and marked sent after; one left
 * 'sending' by a crash is the one that was in flight, and is sent once more on restart.
 */
export interface Outbox {
  enqueue(message: OutboundMessage, now: Date): Promise<number>;
  /** Oldest first; every message neither sent nor given up (waiting, backing off or being sent). */
  pending(channel: string, limit: number): Promise<QueuedMessage[]>;
  /** Oldest first, ids above `afterId`: messages owed, not claimed, and not backing off at `now`. */
  due(channel: string, limit: number, now: Date, afterId?: number): Promise<QueuedMessage[]>;
  /** Marks the message 'sending'; false when it is no longer owed (sent, given up, cancelled) or already claimed. */
  claim(id: number, now: Date): Promise<boolean>;
  markSent(id: number, now: Date): Promise<void>;
  /** Back to waiting until `retryAt`; `counted` false when the failure was not the message's (a rate limit). */
  retryLater(id: number, error: string, retryAt: Date, now: Date, counted: boolean): Promise<void>;
  /** Records the failure for good: the message is not sent. */
  giveUp(id: number, error: string, now: Date): Promise<void>;
  /**
   * After a restart: messages of `channel` left 'sending' by the previous process go back to the
   * queue once; one that was already sent again after an interruption is given up instead.
   */
  recover(channel: string, now: Date): Promise<{ retried: number; givenUp: number }>;
}

/** Remembers which inbound messages were handled, so a redelivered one is not handled twice. */
export interface HandledMessages {
  /** true the first time (channel, messageId) is seen, false afterwards. */
  claim(channel: string, messageId: string, now: Date): Promise<boolean>;
}
