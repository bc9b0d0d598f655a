import type { Database } from '../storage/database.ts';
import type { BindFailure } from './member-store.ts';

/** Failures older than a day no longer count for anything (the longest window, bind-guard.ts). */
const KEEP_FAILURES_MS = 24 * 3600_000;

export function recordFailure(db: Database, failure: BindFailure, now: Date): void {
  db.prepare('DELETE FROM member_bind_failures WHERE at < ?').run(new Date(now.getTime() - KEEP_FAILURES_MS).toISOString());
  db.prepare('INSERT INTO member_bind_failures (account, at, kind, target) VALUES (?, ?, ?, ?)').run(
    failure.account,
    now.toISOString(),
    failure.kind,
    failure.target ?? '',
  );
}

export function failuresSince(db: Database, account: string, since: Date): number {
  return db.prepare('SELECT COUNT(*) FROM member_bind_failures WHERE account = ? AND at > ?').pluck().get(account, since.toISOString()) as number;
}

/** Failures before the name was last unlocked are forgiven: staff vouched for the member. */
export function targetFailuresSince(db: Database, target: string, since: Date): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM member_bind_failures
       WHERE target = @target AND kind = 'phone' AND at > @since
         AND at > COALESCE((SELECT unlocked_at FROM member_bind_locks WHERE target = @target), '')`,
    )
    .pluck()
    .get({ target, since: since.toISOString() }) as number;
}

export function phoneFailuresSince(db: Database, since: Date): number {
  return db.prepare("SELECT COUNT(*) FROM member_bind_failures WHERE kind = 'phone' AND at > ?").pluck().get(since.toISOString()) as number;
}

export function lockTarget(db: Database, target: string, now: Date): void {
  db.prepare(
    `INSERT INTO member_bind_locks (target, locked_at) VALUES (?, ?)
     ON CONFLICT (target) DO UPDATE SET locked_at = COALESCE(locked_at, excluded.locked_at)`,
  ).run(target, now.toISOString());
}

export function lockedSince(db: Database, target: string): Date | null {
  const at = db.prepare('SELECT locked_at FROM member_bind_locks WHERE target = ? AND locked_at IS NOT NULL').pluck().get(target) as string | undefined;
  return at ? new Date(at) : null;
}

export function lockedTargets(db: Database): Map<string, Date> {
  const rows = db.prepare('SELECT target, locked_at FROM member_bind_locks WHERE locked_at IS NOT NULL').all() as { target: string; locked_at: string }[];
  return new Map(rows.map((row) => [row.target, new Date(row.locked_at)]));
}

export function unlockTarget(db: Database, target: string, now: Date): boolean {
  return db.prepare('UPDATE member_bind_locks SET locked_at = NULL, unlocked_at = ? WHERE target = ? AND locked_at IS NOT NULL').run(now.toISOString(), target).changes > 0;
}
