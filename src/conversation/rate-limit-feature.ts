import type { Feature, InboundMessage, Reply } from './types.ts';

export interface RateLimits {
  userPerMinute: number;
  roomPerMinute: number;
}

const WINDOW_MS = 60_000;
export const SLOW_DOWN = '您发得有点快，请稍后再问，我会逐条处理。';

/**
 * Placed first in the feature chain. A sender (or a room) over its limit gets one gentle
 * 请稍后再问 and then silence until the window has room again: not a flood of refusals.
 */
export class RateLimitFeature implements Feature {
  readonly name = 'rate-limit';
  private readonly hits = new Map<string, number[]>();
  private readonly warned = new Set<string>();
  private calls = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    // The console is the operator's own terminal (and scripts piped into it): nobody to protect.
    if (message.channel === 'console') return null;
    // Forget quiet senders now and then, so memory follows the active ones, not everyone ever seen.
    if (++this.calls % 1000 === 0) for (const key of [...this.hits.keys()]) this.over(key, Infinity);
    const user = `u:${message.channel}:${message.senderId}`;
    const room = message.isGroup ? `r:${message.channel}:${message.chatId}` : null;
    const over = this.over(user, this.limits.userPerMinute) || (room !== null && this.over(room, this.limits.roomPerMinute));
    if (!over) {
      this.record(user);
      if (room) this.record(room);
      this.warned.delete(user);
      return null;
    }
    if (this.warned.has(user)) return [];
    this.warned.add(user);
    return [{ text: SLOW_DOWN, mention: message.isGroup ? [message.senderId] : undefined }];
  }

  private over(key: string, limit: number): boolean {
    const since = this.now() - WINDOW_MS;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.hits.delete(key);
    else this.hits.set(key, recent);
    return recent.length >= limit;
  }

  private record(key: string): void {
    const list = this.hits.get(key) ?? [];
    list.push(this.now());
    this.hits.set(key, list);
  }
}
