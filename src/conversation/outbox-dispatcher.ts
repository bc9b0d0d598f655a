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

  /** Channels in parallel (a slow-paced WeChat fan-out must not hold Telegram back), each in order. */
  private async deliver(): Promise<void> {
    await Promise.all(this.options.senders.map((sender) => this.deliverOn(sender)));
  }

  /** Batch after batch until the channel's queue is empty or a send failed (retried next tick). */
  private async deliverOn(sender: Sender): Promise<void> {
    const { outbox, log, now } = this.options;
    const size = this.options.batch ?? 50;
    const interval = this.options.minIntervalMs?.[sender.channel] ?? 0;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    let last = Number.NEGATIVE_INFINITY;
    for (;;) {
      const batch = (await outbox.pending(sender.channel, size)).filter((m) => !sender.accepts || sender.accepts(m.to));
      let failed = false;
      for (const message of batch) {
        const wait = last + interval - performance.now();
        if (wait > 0) await sleep(wait);
        last = performance.now();
        try {
          await sender.send(message.to, { text: message.text, ...(message.choices ? { choices: message.choices } : {}) });
          await outbox.markSent(message.id, now());
        } catch (error) {
          failed = true;
          const reason = error instanceof Error ? error.message : String(error);
          log.warn({ id: message.id, channel: sender.channel, reason }, 'outbox delivery failed');
          await outbox.markFailed(message.id, reason, now(), this.options.maxAttempts ?? 5);
        }
      }
      if (failed || batch.length < size) return;
    }
  }
}
