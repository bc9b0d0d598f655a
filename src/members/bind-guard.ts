import type { Logger } from '../log.ts';
import type { MemberStore } from './member-store.ts';

/** Failed binding attempts (phone digits or codes) an account may make per hour before it has to wait. */
export const MAX_BIND_FAILURES_PER_HOUR = 5;
/** Wrong phone-digit guesses naming one name within NAME_FAILURE_WINDOW_MS before the name is locked. */
export const MAX_FAILURES_PER_NAME = 5;
export const NAME_FAILURE_WINDOW_MS = 24 * 3600_000;
/** Wrong phone-digit guesses by all accounts together per hour before phone-digit binding pauses. */
export const MAX_PHONE_FAILURES_PER_HOUR_OVERALL = 50;

const HOUR_MS = 3600_000;

/** Why a binding attempt is refused before anything is checked. */
export type BindRefusal = 'throttled' | 'paused' | 'locked';

/**
 * Slows down guessing of 姓名 + 手机号后四位 (10^4 values per name) on three levels:
 *
 * - per account: MAX_BIND_FAILURES_PER_HOUR failures of any kind, then the account waits;
 * - per name: wrong guesses count against the name typed, whether or not it is in the registry
 *   (so a lock says nothing about who is), and MAX_FAILURES_PER_NAME of them lock the name for
 *   phone-digit binding until staff unlock it (`liaison members unlock`); binding codes still work;
 * - overall: MAX_PHONE_FAILURES_PER_HOUR_OVERALL wrong guesses from all accounts together pause
 *   phone-digit binding for everybody until the hour has room again; binding codes still work.
 *
 * An attacker with many accounts thus gets 5 guesses per name (1 in 2,000) and 50 per hour overall.
 * Refusals are not counted as failures (they check nothing) but are logged; digits never are.
 */
export class BindGuard {
  constructor(
    private readonly store: MemberStore,
    private readonly log: Logger,
  ) {}

  /** Refuses an account that failed too often lately, whatever it tries. */
  async checkAccount(account: string, now: Date): Promise<BindRefusal | null> {
    if ((await this.store.failuresSince(account, ago(now, HOUR_MS))) < MAX_BIND_FAILURES_PER_HOUR) return null;
    this.log.warn({ account }, 'binding attempts throttled');
    return 'throttled';
  }

  /** Refuses a phone-digit attempt while such binding is paused, or the name is locked. */
  async checkPhone(account: string, name: string, now: Date): Promise<BindRefusal | null> {
    if ((await this.store.phoneFailuresSince(ago(now, HOUR_MS))) >= MAX_PHONE_FAILURES_PER_HOUR_OVERALL) {
      this.log.warn({ account, target: name }, 'binding refused: phone-digit binding paused');
      return 'paused';
    }
    const locked = await this.store.lockedSince(name);
    if (!locked) return null;
    this.log.warn({ account, target: name, lockedAt: locked.toISOString() }, 'binding refused: name locked');
    return 'locked';
  }

  /** A wrong 姓名 + 手机号 guess: counted against the account, the name and everybody. */
  async phoneFailed(account: string, name: string, now: Date): Promise<void> {
    await this.store.recordFailure({ account, kind: 'phone', target: name }, now);
    this.log.info({ account, how: 'by-phone', target: name }, 'binding failed');
    const forName = await this.store.targetFailuresSince(name, ago(now, NAME_FAILURE_WINDOW_MS));
    if (forName >= MAX_FAILURES_PER_NAME && !(await this.store.lockedSince(name))) {
      await this.store.lockTarget(name, now);
      this.log.warn({ target: name, failures: forName }, 'name locked for phone-digit binding');
    }
    const overall = await this.store.phoneFailuresSince(ago(now, HOUR_MS));
    if (overall === MAX_PHONE_FAILURES_PER_HOUR_OVERALL) {
      this.log.error({ failures: overall }, 'phone-digit binding paused for everybody: too many wrong guesses this hour');
    }
  }

  /** A wrong, expired or used-up code: counted against the account. */
  async codeFailed(account: string, now: Date): Promise<void> {
    await this.store.recordFailure({ account, kind: 'code' }, now);
    this.log.info({ account, how: 'by-code' }, 'binding failed');
  }
}

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);
