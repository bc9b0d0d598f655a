import type { Database } from '../storage/database.ts';

/**
 * One-time binding codes in the registry's tables, kept as their sha256 hash (bind-codes.ts hashes
 * them): a database file, backup or export read by the wrong person shows no usable code at a
 * glance. A 6-digit code hashed without a secret can still be reversed by trying all 10^6 values,
 * so the real protection stays that a code lives 24 hours, works once, is revoked by the next one
 * issued to the same member, and guessing is capped per account (bind-guard.ts).
 */
export function issueCode(db: Database, memberId: string, codeHash: string, expiresAt: Date, now: Date): boolean {
  return db.transaction(() => {
    const at = now.toISOString();
    db.prepare('DELETE FROM member_bind_codes WHERE used_at IS NOT NULL OR expires_at <= ?').run(at);
    db.prepare('DELETE FROM member_bind_codes WHERE member_id = ?').run(memberId);
    const inserted = db
      .prepare('INSERT INTO member_bind_codes (code_hash, member_id, expires_at) VALUES (?, ?, ?) ON CONFLICT (code_hash) DO NOTHING')
      .run(codeHash, memberId, expiresAt.toISOString());
    return inserted.changes === 1;
  }).immediate();
}

export function redeemCode(db: Database, codeHash: string, now: Date): string | null {
  const memberId = db
    .prepare('UPDATE member_bind_codes SET used_at = @now WHERE code_hash = @hash AND used_at IS NULL AND expires_at > @now RETURNING member_id')
    .pluck()
    .get({ hash: codeHash, now: now.toISOString() }) as string | undefined;
  return memberId ?? null;
}
