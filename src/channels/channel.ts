import type { Sender } from '../conversation/outbound.ts';

/** A running connection to one platform: receives into the core, sends what the core says. */
export interface Channel {
  readonly name: string;
  readonly sender: Sender;
  start(): Promise<void>;
  /** Stop receiving and finish replies in flight; the sender still works (the outbox's last pass). */
  stopReceiving(): Promise<void>;
  /** Release the platform connection (stopping receiving first if not yet): nothing is sent afterwards. */
  stop(): Promise<void>;
  /** Connected to the platform right now (WeChat logged in, Telegram polling); up when absent. */
  status?(): 'up' | 'down';
}
