import type { Database } from '../storage/database.ts';

/**
 * One-time binding codes and failed binding attempts, in the registry's tables.
 *
 * Codes are stored as issued, not hashed: a 6-digit code hashed without a secret is reversed by
 * trying all 10^6 values in well under a second, so hashing would only pretend to protect it. The
 * real protection is that a code lives 24 hours, works once, is revoked by the next one issued to
 * the same member, and guessing is capped per account (bind-feature.ts). Whoever can read the
 * database can read the members' phone numbers anyway.
 */
export function issueCode(db: Database, memberId: string, code: string, expiresAt: Date, now: Date): boolean {
  return db.transaction(() => {
    const at = now.toISOString();
    db.prepare('DELETE FROM member_bind_codes WHERE used_at IS NOT NULL OR expires_at <= ?').run(at);
    db.prepare('DELETE FROM member_bind_codes WHERE member_id = ?').run(memberId);
    const inserted = db
      .prepare('INSERT INTO member_bind_codes (code, member_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING')
      .run(code, memberId, expiresAt.toISOString());
    return inserted.changes === 1;
  }).immediate();
}

export function redeemCode(db: Database, code: string, now: Date): string | null {
  const memberId = db
    .prepare('UPDATE member_bind_codes SET used_at = @now WHERE code = @code AND used_at IS NULL AND expires_at > @now RETURNING member_id')
    .pluck()
    .get({ code, now: now.toISOString() }) as string | undefined;
  return memberId ?? null;
}

/** Failures older than a day no longer count for anything. */
const KEEP_FAILURES_MS = 24 * 3600_000;

export function recordFailure(db: Database, account: string, now: Date): void {
  db.prepare('DELETE FROM member_bind_failures WHERE at < ?').run(new Date(now.getTime() - KEEP_FAILURES_MS).toISOString());
  db.prepare('INSERT INTO member_bind_failures (account, at) VALUES (?, ?)').run(account, now.toISOString());
}

export function failuresSince(db: Database, account: string, since: Date): number {
  return db.prepare('SELECT COUNT(*) FROM member_bind_failures WHERE account = ? AND at > ?').pluck().get(account, since.toISOString()) as number;
}
