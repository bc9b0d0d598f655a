import type { Database } from '../storage/database.ts';
import type { Member, MemberInput, MemberRole } from './types.ts';

interface MemberRow {
  id: string;
  name: string;
  sector: string;
  committee: string;
  position: string;
  phone: string;
  wechat: string;
  telegram_id: string;
  role: string;
}

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  name: row.name,
  sector: row.sector,
  committee: row.committee,
  position: row.position,
  phone: row.phone,
  wechat: row.wechat,
  telegramId: row.telegram_id,
  role: row.role as MemberRole,
});

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

/** The registry in the shared SQLite file; every value bound, never spliced. */
export class SqliteMemberStore {
  constructor(private readonly db: Database) {}

  /**
   * Adds or updates one member: found again by phone, else by name and 界别. Ids are M0001,
   * M0002 … in order of first import, and never change on re-import.
   */
  upsert(input: MemberInput, now: Date): { member: Member; outcome: UpsertOutcome } {
    return this.db.transaction(() => {
      const existing = (input.phone
        ? this.db.prepare('SELECT * FROM members WHERE phone = ?').get(input.phone)
        : this.db.prepare(`SELECT * FROM members WHERE name = ? AND sector = ? AND phone = ''`).get(input.name, input.sector)) as MemberRow | undefined;
      const params = { ...input, telegram_id: input.telegramId, now: now.toISOString() };
      if (existing) {
        const before = toMember(existing);
        const same = (Object.keys(input) as (keyof MemberInput)[]).every((k) => before[k] === input[k]);
        if (same) return { member: before, outcome: 'unchanged' as const };
        this.db
          .prepare(
            `UPDATE members SET name = @name, sector = @sector, committee = @committee, position = @position, phone = @phone,
               wechat = @wechat, telegram_id = @telegram_id, role = @role, updated_at = @now WHERE id = @id`,
          )
          .run({ ...params, id: existing.id });
        return { member: { ...input, id: existing.id }, outcome: 'updated' as const };
      }
      const last = this.db.prepare(`SELECT MAX(CAST(SUBSTR(id, 2) AS INTEGER)) FROM members`).pluck().get() as number | null;
      const id = `M${String((last ?? 0) + 1).padStart(4, '0')}`;
      this.db
        .prepare(
          `INSERT INTO members (id, name, sector, committee, position, phone, wechat, telegram_id, role, created_at, updated_at)
           VALUES (@id, @name, @sector, @committee, @position, @phone, @wechat, @telegram_id, @role, @now, @now)`,
        )
        .run({ ...params, id });
      if (input.telegramId) this.bind(`telegram:${input.telegramId}`, id, now);
      return { member: { ...input, id }, outcome: 'added' as const };
    }).immediate();
  }

  get(id: string): Member | null {
    const row = this.db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
    return row ? toMember(row) : null;
  }

  byName(name: string): Member[] {
    return (this.db.prepare('SELECT * FROM members WHERE name = ? ORDER BY id').all(name) as MemberRow[]).map(toMember);
  }

  list(filter: { sector?: string; committee?: string } = {}): Member[] {
    const rows = this.db
      .prepare('SELECT * FROM members WHERE (@sector IS NULL OR sector = @sector) AND (@committee IS NULL OR committee = @committee) ORDER BY id')
      .all({ sector: filter.sector ?? null, committee: filter.committee ?? null }) as MemberRow[];
    return rows.map(toMember);
  }

  /** The member a chat account is bound to; a registry Telegram id binds its account by itself. */
  byAccount(account: string): Member | null {
    const row = this.db
      .prepare(
        `SELECT m.* FROM member_accounts a JOIN members m ON m.id = a.member_id WHERE a.account = @account
         UNION ALL SELECT m.* FROM members m WHERE @account = 'telegram:' || m.telegram_id AND m.telegram_id <> ''
         LIMIT 1`,
      )
      .get({ account }) as MemberRow | undefined;
    return row ? toMember(row) : null;
  }

  /** Account keys bound to a member, most recent first. */
  accountsOf(memberId: string): string[] {
    const bound = this.db.prepare('SELECT account FROM member_accounts WHERE member_id = ? ORDER BY bound_at DESC').pluck().all(memberId) as string[];
    const member = this.get(memberId);
    const telegram = member?.telegramId ? [`telegram:${member.telegramId}`] : [];
    return [...new Set([...bound, ...telegram])];
  }

  /** One account, one member: binding again moves the account. */
  bind(account: string, memberId: string, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO member_accounts (account, member_id, bound_at) VALUES (?, ?, ?)
         ON CONFLICT (account) DO UPDATE SET member_id = excluded.member_id, bound_at = excluded.bound_at`,
      )
      .run(account, memberId, now.toISOString());
  }

  unbind(account: string): boolean {
    return this.db.prepare('DELETE FROM member_accounts WHERE account = ?').run(account).changes > 0;
  }

  issueCode(memberId: string, code: string, expiresAt: Date): void {
    this.db.prepare('INSERT OR REPLACE INTO member_bind_codes (code, member_id, expires_at, used_at) VALUES (?, ?, ?, NULL)').run(code, memberId, expiresAt.toISOString());
  }

  /** The member of an unused, unexpired code, marking it used in the same statement. */
  redeemCode(code: string, now: Date): string | null {
    return (
      (this.db
        .prepare('UPDATE member_bind_codes SET used_at = @now WHERE code = @code AND used_at IS NULL AND expires_at > @now RETURNING member_id')
        .pluck()
        .get({ code, now: now.toISOString() }) as string | undefined) ?? null
    );
  }

  recordFailure(account: string, now: Date): void {
    this.db.prepare('INSERT INTO member_bind_failures (account, at) VALUES (?, ?)').run(account, now.toISOString());
  }

  failuresSince(account: string, since: Date): number {
    return this.db.prepare('SELECT COUNT(*) FROM member_bind_failures WHERE account = ? AND at > ?').pluck().get(account, since.toISOString()) as number;
  }
}
