import type { Database } from '../storage/database.ts';
import type { LinkRedemption, StaffAccessStore, StoredSession } from './access-store.ts';
import type { AdminAccount, Principal } from './types.ts';

/** Used and expired links are kept this long, so a second click is told "used" rather than "unknown". */
const KEEP_SPENT_LINKS_MS = 24 * 3600_000;

interface LinkRow {
  account: string;
  expires_at: string;
  used_at: string | null;
}

interface SessionRow {
  principal_kind: Principal['kind'];
  principal_id: string;
  expires_at: string;
}

/** Staff sign-in on SQLite; every value bound, times ISO-8601 UTC text (text order is time order). */
export class SqliteStaffAccessStore implements StaffAccessStore {
  constructor(private readonly db: Database) {}

  async saveLink(tokenHash: string, account: string, expiresAt: Date, now: Date): Promise<void> {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM staff_sign_in_links WHERE expires_at < ?').run(new Date(now.getTime() - KEEP_SPENT_LINKS_MS).toISOString());
        this.db
          .prepare('INSERT INTO staff_sign_in_links (token_hash, account, created_at, expires_at) VALUES (?, ?, ?, ?)')
          .run(tokenHash, account, now.toISOString(), expiresAt.toISOString());
      })
      .immediate();
  }

  async redeemLink(tokenHash: string, now: Date): Promise<LinkRedemption> {
    return this.db
      .transaction((): LinkRedemption => {
        const at = now.toISOString();
        const account = this.db
          .prepare('UPDATE staff_sign_in_links SET used_at = @at WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @at RETURNING account')
          .pluck()
          .get({ hash: tokenHash, at }) as string | undefined;
        if (account !== undefined) return { account };
        const row = this.db.prepare('SELECT account, expires_at, used_at FROM staff_sign_in_links WHERE token_hash = ?').get(tokenHash) as LinkRow | undefined;
        if (!row) return { refused: 'unknown' };
        return { refused: row.used_at !== null ? 'used' : 'expired' };
      })
      .immediate();
  }

  async saveSession(idHash: string, principal: Principal, expiresAt: Date, now: Date): Promise<void> {
    this.db
      .transaction(() => {
        const at = now.toISOString();
        this.db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ? OR ended_at IS NOT NULL').run(at);
        this.db
          .prepare('INSERT INTO staff_sessions (id_hash, principal_kind, principal_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
          .run(idHash, principal.kind, principal.id, at, expiresAt.toISOString());
      })
      .immediate();
  }

  async session(idHash: string, now: Date): Promise<StoredSession | null> {
    const row = this.db
      .prepare('SELECT principal_kind, principal_id, expires_at FROM staff_sessions WHERE id_hash = ? AND ended_at IS NULL AND expires_at > ?')
      .get(idHash, now.toISOString()) as SessionRow | undefined;
    return row ? { principal: { kind: row.principal_kind, id: row.principal_id }, expiresAt: new Date(row.expires_at) } : null;
  }

  async endSession(idHash: string, now: Date): Promise<void> {
    this.db.prepare('UPDATE staff_sessions SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL').run(now.toISOString(), idHash);
  }

  async putAdmin(name: string, passwordHash: string, now: Date): Promise<'added' | 'updated'> {
    const at = now.toISOString();
    const existed = this.db.prepare('SELECT 1 FROM staff_admins WHERE name = ?').get(name) !== undefined;
    this.db
      .prepare(
        `INSERT INTO staff_admins (name, password_hash, created_at, updated_at) VALUES (@name, @hash, @at, @at)
         ON CONFLICT (name) DO UPDATE SET password_hash = @hash, updated_at = @at`,
      )
      .run({ name, hash: passwordHash, at });
    return existed ? 'updated' : 'added';
  }

  async adminPassword(name: string): Promise<string | null> {
    return (this.db.prepare('SELECT password_hash FROM staff_admins WHERE name = ?').pluck().get(name) as string | undefined) ?? null;
  }

  async admins(): Promise<AdminAccount[]> {
    const rows = this.db.prepare('SELECT name, created_at, updated_at FROM staff_admins ORDER BY name').all() as { name: string; created_at: string; updated_at: string }[];
    return rows.map((row) => ({ name: row.name, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) }));
  }

  async removeAdmin(name: string, now: Date): Promise<boolean> {
    return this.db
      .transaction(() => {
        const removed = this.db.prepare('DELETE FROM staff_admins WHERE name = ?').run(name).changes === 1;
        this.db.prepare("UPDATE staff_sessions SET ended_at = ? WHERE principal_kind = 'admin' AND principal_id = ? AND ended_at IS NULL").run(now.toISOString(), name);
        return removed;
      })
      .immediate();
  }
}
