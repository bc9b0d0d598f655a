import type { Logger } from '../log.ts';
import type { Metrics } from '../shared/metrics.ts';
import type { Outbox, QueuedMessage, Sender } from './outbound.ts';
import { asSendError } from './send-errors.ts';

export interface OutboxDispatcherOptions {
  outbox: Outbox;
  senders: readonly Sender[];
  log: Logger;
  now: () => Date;
  /** A message whose sends failed (transiently) this often is given up, with its last error. */
  maxAttempts?: number;
  /** Waits after the 1st, 2nd, … transient failure of a message; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** This many transient failures in a row end a channel's pass: the channel itself seems down. */
  channelDownAfter?: number;
  batch?: number;
  /** Least time between two sends on a channel (e.g. Telegram's ~30 messages/s); the WeChat sender paces itself. */
  minIntervalMs?: Readonly<Record<string, number>>;
  sleep?: (ms: number) => Promise<void>;
  /** Counts sends and failures per channel (failures by SendError kind). */
  metrics?: Metrics;
}

/** 30 s, 2 min, 10 min, 30 min: with 5 attempts a message is given up about 45 minutes after its first failure. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 1_800_000];

/** refused: permanently, which says the channel itself works; failed: transiently, which may say it does not. */
type Outcome = 'sent' | 'refused' | 'failed' | 'channel-paused';

/**
 * Delivers what the outbox holds through the running channels: status changes enqueued by a staff
 * command in another process, draft-expiry notices, meeting notices. Sent one after another per
 * channel, so a channel's own pacing and rate limits apply; channels run in parallel.
 *
 * The sender's SendError decides what a failure means: permanent → recorded as failed at once;
 * transient → that message backs off (30 s, 2 min, 10 min …) while the rest go on; rate-limited →
 * the whole channel waits out retry_after. Each message is claimed before it is sent, so a crash
 * can duplicate at most the message in flight on each channel.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  /** Channels whose leftovers from a previous process were recovered (once per process). */
  private readonly recovered = new Set<string>();
  /** Channel → clock time (ms) before which it sends nothing (a platform's retry_after). */
  private readonly pausedUntil = new Map<string, number>();
  /** performance.now() after which no new message is started (the final pass at shutdown). */
  private deadline: number | null = null;

  constructor(private readonly options: OutboxDispatcherOptions) {}

  /** One pass over every channel; overlapping calls share the pass in progress. */
  tick(): Promise<void> {
    this.running ??= this.deliver().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * The final pass at shutdown: lets a pass in progress end, then one more, starting no new send
   * after `withinMs` and waiting at most `graceMs` more for the sends then in flight. Resolves
   * true when it finished, false when it left a send behind (that message stays 'sending' and is
   * sent once more on the next start); what was not started stays queued for the next start.
   */
  async drain(withinMs: number, graceMs = 2000): Promise<boolean> {
    this.deadline = performance.now() + withinMs;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs + graceMs);
      timer.unref();
    });
    const pass = (async () => {
      await this.running?.catch(() => undefined);
      await this.tick();
      return true as const;
    })();
    try {
      return await Promise.race([pass, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Channels in parallel (a slow-paced WeChat fan-out must not hold Telegram back), each in order. */
  private async deliver(): Promise<void> {
    await Promise.all(this.options.senders.map((sender) => this.deliverOn(sender)));
  }

  /** Batch after batch until nothing on the channel is due, it is rate-limited, or it seems down. */
  private async deliverOn(sender: Sender): Promise<void> {
    const { outbox, now } = this.options;
    const channel = sender.channel;
    await this.recover(channel);
    const size = this.options.batch ?? 50;
    const interval = this.options.minIntervalMs?.[channel] ?? 0;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const downAfter = this.options.channelDownAfter ?? 3;
    let last = Number.NEGATIVE_INFINITY;
    let failuresInARow = 0;
    let afterId = 0;
    for (;;) {
      if (this.paused(channel)) return;
      const batch = await outbox.due(channel, size, now(), afterId);
      for (const message of batch) {
        afterId = message.id;
        if (sender.accepts && !sender.accepts(message.to)) continue;
        if (this.pastDeadline()) return;
        const wait = last + interval - performance.now();
        if (wait > 0) await sleep(wait);
        last = performance.now();
        // Another process (a staff command cancelling a notice) may have settled it meanwhile.
        if (!(await outbox.claim(message.id, now()))) continue;
        const outcome = await this.sendOne(sender, message);
        if (outcome === 'channel-paused') return;
        failuresInARow = outcome === 'failed' ? failuresInARow + 1 : 0;
        if (failuresInARow >= downAfter) {
          this.options.log.warn({ channel, failures: failuresInARow }, '渠道连续发送失败，暂停本轮投递，稍后再试');
          return;
        }
      }
      if (batch.length < size) return;
    }
  }

  /** Sends one claimed message and records the outcome the way its error type says. */
  private async sendOne(sender: Sender, message: QueuedMessage): Promise<Outcome> {
    const { outbox, log, now } = this.options;
    const channel = sender.channel;
    try {
      await sender.send(message.to, { text: message.text, ...(message.choices ? { choices: message.choices } : {}) });
    } catch (thrown) {
      const error = asSendError(thrown);
      this.options.metrics?.incOutboxFailed(channel, error.kind);
      const at = now();
      const context = { id: message.id, channel, kind: error.kind, reason: error.message };
      if (error.kind === 'rate-limited') {
        const resume = new Date(at.getTime() + Math.max(0, error.retryAfterMs ?? 1000));
        this.pausedUntil.set(channel, resume.getTime());
        log.warn({ ...context, until: resume.toISOString() }, '渠道限流，等待后继续发送');
        await outbox.retryLater(message.id, error.message, resume, at, false);
        return 'channel-paused';
      }
      const attempts = message.attempts + 1;
      if (error.kind === 'permanent' || attempts >= (this.options.maxAttempts ?? 5)) {
        log.warn({ ...context, attempts }, '消息无法送达，已记录原因，不再重试');
        await outbox.giveUp(message.id, error.message, at);
        return error.kind === 'permanent' ? 'refused' : 'failed';
      }
      const retryAt = new Date(at.getTime() + this.delayAfter(attempts));
      log.warn({ ...context, attempts, retryAt: retryAt.toISOString() }, '消息暂时无法发送，稍后重试');
      await outbox.retryLater(message.id, error.message, retryAt, at, true);
      return 'failed';
    }
    await outbox.markSent(message.id, now());
    this.options.metrics?.incOutboxSent(channel);
    return 'sent';
  }

  private delayAfter(attempts: number): number {
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    return delays[Math.min(attempts, delays.length) - 1] ?? 0;
  }

  /** The first pass of this process on a channel: whatever was left 'sending' was in flight at a crash. */
  private async recover(channel: string): Promise<void> {
    if (this.recovered.has(channel)) return;
    const { retried, givenUp } = await this.options.outbox.recover(channel, this.options.now());
    this.recovered.add(channel);
    if (retried + givenUp > 0) this.options.log.warn({ channel, retried, givenUp }, '上次停止时有消息正在发送：重发一次（已中断过的不再重发）');
  }

  private paused(channel: string): boolean {
    const until = this.pausedUntil.get(channel);
    if (until === undefined) return false;
    if (this.options.now().getTime() < until) return true;
    this.pausedUntil.delete(channel);
    return false;
  }

  private pastDeadline(): boolean {
    return this.deadline !== null && performance.now() >= this.deadline;
  }
}
