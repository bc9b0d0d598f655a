import type { Logger } from '../../log.ts';

export interface SuperviseOptions {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Restarts the WeChat connection after a puppet failure, waiting 1 s, 2 s, 4 s … up to a minute,
 * so a broken puppet neither kills the process nor spins. `restart()` may be called from any error
 * handler; concurrent calls share one restart.
 */
export class Supervisor {
  private restarting: Promise<void> | null = null;
  private stopped = false;
  attempts = 0;

  constructor(private readonly options: SuperviseOptions) {}

  restart(reason: string): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.restarting ??= this.loop(reason).finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  halt(): void {
    this.stopped = true;
  }

  private async loop(reason: string): Promise<void> {
    const { log, firstDelayMs = 1000, maxDelayMs = 60_000 } = this.options;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let delay = firstDelayMs; !this.stopped; delay = Math.min(delay * 2, maxDelayMs)) {
      this.attempts++;
      log.warn({ reason, delayMs: delay, attempt: this.attempts }, '微信连接出错，稍后重启');
      await sleep(delay);
      try {
        await this.options.stop().catch(() => undefined);
        await this.options.start();
        log.info({ attempt: this.attempts }, '微信连接已重启');
        return;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
    }
  }
}
