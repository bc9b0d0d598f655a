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
 * bound to them, one-time binding codes and failed binding attempts.
 *
 * A member is found again on re-import by 手机; a row without a phone by 姓名 + 界别. Ids are
 * generated (M0001 …) rather than derived from the phone, so a changed phone keeps the id and no
 * phone number appears in logs or notice records.
 */
export interface MemberStore {
  /** Adds or updates one member; throws MemberConflict when the row cannot be applied safely. */
  upsert(fields: MemberFields, now: Date): UpsertResult;
  get(id: string): Member | null;
  byName(name: string): Member[];
  list(filter?: { sector?: string; committee?: string }): Member[];
  /** Members matching any part of the query, each once, in id order. */
  findBy(query: MemberQuery): Member[];

  /** The member a chat account is bound to. */
  byAccount(account: string): Member | null;
  /** Chat accounts bound to a member, the most recently bound first (where notices go). */
  accountsOf(memberId: string): string[];
  /** One account, one member: binding again moves the account. */
  bind(account: string, memberId: string, now: Date): void;
  unbind(account: string): boolean;

  /**
   * Stores a one-time code for a member, revoking the member's earlier unused codes; false when the
   * code is live for someone else (the caller draws another).
   */
  issueCode(memberId: string, code: string, expiresAt: Date, now: Date): boolean;
  /** The member of an unused, unexpired code, marking it used: a code works once. */
  redeemCode(code: string, now: Date): string | null;
  recordFailure(account: string, now: Date): void;
  failuresSince(account: string, since: Date): number;
}
