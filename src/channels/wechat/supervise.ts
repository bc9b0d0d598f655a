import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';

export interface SuperviseOptions {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** After running this long since the last restart, the next failure starts again at `firstDelayMs`. */
  stableMs?: number;
}

/**
 * Restarts the WeChat connection after a puppet failure, waiting 1 s, 2 s, 4 s … up to a minute,
 * so a broken puppet neither kills the process nor spins. A puppet that fails again soon after a
 * restart keeps the longer wait: the back-off only resets once the bot has run `stableMs`.
 * `restart()` may be called from any error handler; concurrent calls share one restart.
 */
export class Supervisor {
  private restarting: Promise<void> | null = null;
  private stopped = false;
  private delay: number;
  private recoveredAt = Number.NEGATIVE_INFINITY;
  attempts = 0;

  constructor(private readonly options: SuperviseOptions) {
    this.delay = options.firstDelayMs ?? 1000;
  }

  restart(reason: string): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.restarting ??= this.loop(reason).finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  /** No restart after this; a restart already under way gives up at its next step. */
  halt(): void {
    this.stopped = true;
  }

  /** Resolves when no restart is under way. */
  async settled(): Promise<void> {
    await this.restarting;
  }

  private async loop(reason: string): Promise<void> {
    const { log, firstDelayMs = 1000, maxDelayMs = 60_000, stableMs = 5 * 60_000 } = this.options;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = this.options.now ?? (() => performance.now());
    if (now() - this.recoveredAt >= stableMs) this.delay = firstDelayMs;
    while (!this.stopped) {
      const delay = this.delay;
      this.delay = Math.min(delay * 2, maxDelayMs);
      this.attempts++;
      log.warn({ reason, delayMs: delay, attempt: this.attempts }, '微信连接出错，稍后重启');
      await sleep(delay);
      if (this.stopped) return;
      try {
        await this.options.stop().catch(() => undefined);
        await this.options.start();
        this.recoveredAt = now();
        log.info({ attempt: this.attempts }, '微信连接已重启');
        return;
      } catch (error) {
        reason = describeError(error);
      }
    }
  }
}

/**
 * Which puppet errors call for a restart. wechaty reports every failure as an `error` event, also
 * one message whose payload could not be loaded. Restarting a logged-in personal account for that
 * may cost a new QR scan, so while logged in only a burst (`burst` errors within `windowMs`) means
 * the connection is broken; before login, or after the session was lost, any error does.
 */
export class RestartPolicy {
  private recent: number[] = [];

  constructor(private readonly options: { burst?: number; windowMs?: number; now?: () => number } = {}) {}

  shouldRestart(loggedIn: boolean): boolean {
    if (!loggedIn) return true;
    const { burst = 3, windowMs = 60_000 } = this.options;
    const now = (this.options.now ?? (() => performance.now()))();
    this.recent = [...this.recent.filter((t) => now - t < windowMs), now];
    if (this.recent.length < burst) return false;
    this.recent = [];
    return true;
  }
}
