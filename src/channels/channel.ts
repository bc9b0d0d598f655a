import type { Sender } from '../conversation/outbound.ts';

/** A running connection to one platform: receives into the core, sends what the core says. */
export interface Channel {
  readonly name: string;
  readonly sender: Sender;
  start(): Promise<void>;
  /** Stop receiving, finish replies in flight, release the platform connection. */
  stop(): Promise<void>;
}
