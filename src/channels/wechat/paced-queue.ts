/**
 * Every outgoing WeChat message passes through one queue: at least `intervalMs` plus a random
 * jitter up to `jitterMs` between two sends. Personal accounts that send in machine-like bursts
 * get flagged; an uneven human pace does not.
 */
export class PacedQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly options: {
      intervalMs: number;
      jitterMs: number;
      random?: () => number;
      sleep?: (ms: number) => Promise<void>;
      now?: () => number;
    },
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const { intervalMs, jitterMs } = this.options;
    const random = this.options.random ?? Math.random;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const now = this.options.now ?? (() => performance.now());
    const result = this.tail.then(async () => {
      if (this.last > Number.NEGATIVE_INFINITY) {
        const wait = this.last + intervalMs + random() * jitterMs - now();
        if (wait > 0) await sleep(wait);
      }
      try {
        return await task();
      } finally {
        this.last = now();
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
