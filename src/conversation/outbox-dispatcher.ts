import type { Logger } from '../log.ts';
import type { Outbox, Sender } from './outbound.ts';

export interface OutboxDispatcherOptions {
  outbox: Outbox;
  senders: readonly Sender[];
  log: Logger;
  now: () => Date;
  /** A message that failed this often is given up (and stays in the table with its last error). */
  maxAttempts?: number;
  batch?: number;
  /** Least time between two sends on a channel (e.g. Telegram's ~30 messages/s); the WeChat sender paces itself. */
  minIntervalMs?: Readonly<Record<string, number>>;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Delivers what the outbox holds through the running channels: status changes enqueued by a staff
 * command in another process, draft-expiry notices, later meeting notices. Sent one after another
 * per channel, so a channel's own pacing and rate limits apply.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;

  constructor(private readonly options: OutboxDispatcherOptions) {}

  /** One pass over every channel; overlapping calls share the pass in progress. */
  tick(): Promise<void> {
    this.running ??= this.deliver().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliver(): Promise<void> {
    const { outbox, senders, log, now } = this.options;
    for (const sender of senders) {
      const interval = this.options.minIntervalMs?.[sender.channel] ?? 0;
      const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
      let last = Number.NEGATIVE_INFINITY;
      for (const message of await outbox.pending(sender.channel, this.options.batch ?? 50)) {
        if (sender.accepts && !sender.accepts(message.to)) continue;
        const wait = last + interval - performance.now();
        if (wait > 0) await sleep(wait);
        last = performance.now();
        try {
          await sender.send(message.to, { text: message.text, ...(message.choices ? { choices: message.choices } : {}) });
          await outbox.markSent(message.id, now());
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          log.warn({ id: message.id, channel: sender.channel, reason }, 'outbox delivery failed');
          await outbox.markFailed(message.id, reason, now(), this.options.maxAttempts ?? 5);
        }
      }
    }
  }
}
