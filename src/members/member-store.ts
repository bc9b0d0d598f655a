import type { Member, MemberFields, MemberQuery } from './types.ts';

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

export interface UpsertResult {
  member: Member;
  outcome: UpsertOutcome;
  /** Added although a member with the same 姓名 and 界别 (and another phone) exists: worth a look. */
  namesake?: Member;
}

/**
 * The member registry port: members, the chat accounts (`<channel>:<sender id>`, see account.ts)
 * bound to them, one-time binding codes (hashed), failed binding attempts and names locked for
 * phone-digit binding.
 *
 * A member is found again on re-import by 手机; a row without a phone by 姓名 + 界别. Ids are
 * generated (M0001 …) rather than derived from the phone, so a changed phone keeps the id and no
 * phone number appears in logs or notice records.
 *
 * Methods are async so a networked store (PostgreSQL) fits; callers pass the time in. Every
 * implementation runs test/member-store-contract.test.ts.
 */
export interface MemberStore {
  /** Adds or updates one member; throws MemberConflict when the row cannot be applied safely. */
  upsert(fields: MemberFields, now: Date): Promise<UpsertResult>;
  get(id: string): Promise<Member | null>;
  byName(name: string): Promise<Member[]>;
  list(filter?: { sector?: string; committee?: string }): Promise<Member[]>;
  /** Members matching any part of the query, each once, in id order. */
  findBy(query: MemberQuery): Promise<Member[]>;

  /** The member a chat account is bound to. */
  byAccount(account: string): Promise<Member | null>;
  /** Chat accounts bound to a member, the most recently bound first (where notices go). */
  accountsOf(memberId: string): Promise<string[]>;
  /** One account, one member: binding again moves the account. */
  bind(account: string, memberId: string, now: Date): Promise<void>;
  unbind(account: string): Promise<boolean>;

  /**
   * Stores a one-time code, as its sha256 hash (bind-codes.ts), for a member, revoking the member's
   * earlier unused codes; false when the hash is live for someone else (the caller draws another).
   */
  issueCode(memberId: string, codeHash: string, expiresAt: Date, now: Date): Promise<boolean>;
  /** The member of an unused, unexpired code given by its hash, marking it used: a code works once. */
  redeemCode(codeHash: string, now: Date): Promise<string | null>;

  /** Records a failed binding attempt (kept a day; see bind-guard.ts for what counts where). */
  recordFailure(failure: BindFailure, now: Date): Promise<void>;
  /** Failed attempts of any kind by one account since a time. */
  failuresSince(account: string, since: Date): Promise<number>;
  /** Wrong phone-digit guesses naming `target`, since a time and since staff last unlocked it. */
  targetFailuresSince(target: string, since: Date): Promise<number>;
  /** Wrong phone-digit guesses by every account together since a time. */
  phoneFailuresSince(since: Date): Promise<number>;

  /** Locks a name for phone-digit binding; an existing lock keeps its time. */
  lockTarget(target: string, now: Date): Promise<void>;
  /** When the name was locked, or null if it is not. */
  lockedSince(target: string): Promise<Date | null>;
  /** Every locked name with the time it was locked. */
  lockedTargets(): Promise<Map<string, Date>>;
  /** Lifts a lock and forgives the name's earlier failures; false when it was not locked. */
  unlockTarget(target: string, now: Date): Promise<boolean>;
}

/**
 * A failed binding attempt: `phone` a wrong 姓名 + 手机号后四位 (target: the name as typed, in the
 * registry or not), `code` a wrong or used-up binding code.
 */
export interface BindFailure {
  account: string;
  kind: 'phone' | 'code';
  target?: string;
}
