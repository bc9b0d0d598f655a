/**
 * Limits failed sign-in attempts, per client address and per administrator name, over a sliding
 * window. Kept in memory: it guards one web server's door, a restart forgiving a few guesses
 * costs nothing against scrypt-hashed passwords and 256-bit links, and no failed guess (with the
 * name typed) is written anywhere.
 */
export interface SignInLimits {
  windowMs: number;
  /** Failures from one address within the window before that address is refused. */
  perAddress: number;
  /** Failures naming one administrator (from anywhere) before that name is refused. */
  perName: number;
}

export const SIGN_IN_LIMITS: SignInLimits = { windowMs: 15 * 60_000, perAddress: 10, perName: 5 };

export class SignInGuard {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: SignInLimits = SIGN_IN_LIMITS) {}

  /** true when an attempt from this address (naming this administrator, if any) may go ahead. */
  allows(address: string, name: string | null, now: Date): boolean {
    if (this.recent(`address:${address}`, now) >= this.limits.perAddress) return false;
    return name === null || this.recent(`name:${name}`, now) < this.limits.perName;
  }

  failed(address: string, name: string | null, now: Date): void {
    for (const key of name === null ? [`address:${address}`] : [`address:${address}`, `name:${name}`]) {
      const times = this.failures.get(key) ?? [];
      times.push(now.getTime());
      this.failures.set(key, times);
    }
    if (this.failures.size > 10_000) this.forgetOld(now);
  }

  private recent(key: string, now: Date): number {
    const since = now.getTime() - this.limits.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times.length;
  }

  /** Someone cycling through names or addresses cannot grow the map without bound. */
  private forgetOld(now: Date): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
