import type { Database } from '../storage/database.ts';
import type { BindFailure, MemberStore, UpsertResult } from './member-store.ts';
import { checkUnique, findExisting, nextMemberId, toMember, toRow, type MemberRow } from './sqlite-member-rows.ts';
import * as codes from './sqlite-bind-codes.ts';
import * as guard from './sqlite-bind-guard.ts';
import type { Member, MemberFields, MemberInput, MemberQuery } from './types.ts';

const FIELDS: readonly (keyof MemberInput)[] = ['name', 'sector', 'committee', 'position', 'phone', 'wechat', 'telegramId', 'role'];
const BLANK: MemberInput = { name: '', sector: '', committee: '', position: '', phone: '', wechat: '', telegramId: '', role: 'member' };

/** The fields a row sets: undefined ones (column absent) and an empty phone keep what is there. */
function merge(base: Member, fields: MemberFields): Member {
  const next: Member = { ...base };
  for (const key of FIELDS) {
    const value = fields[key];
    if (value === undefined || (key === 'phone' && value === '')) continue;
    Object.assign(next, { [key]: value });
  }
  return next;
}

const telegramAccount = (id: string) => `telegram:${id}`;

/** The registry in the shared SQLite file; every value bound, never spliced. */
export class SqliteMemberStore implements MemberStore {
  constructor(private readonly db: Database) {}

  async upsert(fields: MemberFields, now: Date): Promise<UpsertResult> {
    return this.db.transaction((): UpsertResult => {
      const { existing, namesake } = findExisting(this.db, fields);
      const next = merge(existing ?? { id: nextMemberId(this.db), ...BLANK }, fields);
      checkUnique(this.db, next);
      const params = { ...toRow(next), now: now.toISOString() };
      if (existing) {
        if (FIELDS.every((key) => existing[key] === next[key])) return { member: existing, outcome: 'unchanged' };
        this.db
          .prepare(
            `UPDATE members SET name = @name, sector = @sector, committee = @committee, position = @position, phone = @phone,
               wechat = @wechat, telegram_id = @telegram_id, role = @role, updated_at = @now WHERE id = @id`,
          )
          .run(params);
      } else {
        this.db
          .prepare(
            `INSERT INTO members (id, name, sector, committee, position, phone, wechat, telegram_id, role, created_at, updated_at)
             VALUES (@id, @name, @sector, @committee, @position, @phone, @wechat, @telegram_id, @role, @now, @now)`,
          )
          .run(params);
      }
      this.moveTelegram(existing?.telegramId ?? '', next, now);
      return { member: next, outcome: existing ? 'updated' : 'added', ...(namesake && { namesake }) };
    }).immediate();
  }

  /** A registry Telegram id binds its account on import; an explicit 解除绑定 then sticks until it changes. */
  private moveTelegram(before: string, member: Member, now: Date): void {
    if (before === member.telegramId) return;
    if (before) this.db.prepare('DELETE FROM member_accounts WHERE account = ? AND member_id = ?').run(telegramAccount(before), member.id);
    if (member.telegramId) this.bindNow(telegramAccount(member.telegramId), member.id, now);
  }

  async get(id: string): Promise<Member | null> {
    const row = this.db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
    return row ? toMember(row) : null;
  }

  async byName(name: string): Promise<Member[]> {
    return (this.db.prepare('SELECT * FROM members WHERE name = ? ORDER BY id').all(name) as MemberRow[]).map(toMember);
  }

  async list(filter: { sector?: string; committee?: string } = {}): Promise<Member[]> {
    const rows = this.db
      .prepare('SELECT * FROM members WHERE (@sector IS NULL OR sector = @sector) AND (@committee IS NULL OR committee = @committee) ORDER BY id')
      .all({ sector: filter.sector ?? null, committee: filter.committee ?? null }) as MemberRow[];
    return rows.map(toMember);
  }

  async findBy(query: MemberQuery): Promise<Member[]> {
    if (query.all) return this.list();
    const parts: string[] = [];
    const params: string[] = [];
    const any = (column: string, values: readonly string[] | undefined) => {
      if (!values?.length) return;
      parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    any('sector', query.sectors);
    any('committee', query.committees);
    any('name', query.names);
    any('id', query.names);
    if (parts.length === 0) return [];
    const rows = this.db.prepare(`SELECT * FROM members WHERE ${parts.join(' OR ')} ORDER BY id`).all(...params) as MemberRow[];
    return rows.map(toMember);
  }

  async byAccount(account: string): Promise<Member | null> {
    const row = this.db.prepare('SELECT m.* FROM member_accounts a JOIN members m ON m.id = a.member_id WHERE a.account = ?').get(account) as MemberRow | undefined;
    return row ? toMember(row) : null;
  }

  async accountsOf(memberId: string): Promise<string[]> {
    return this.db.prepare('SELECT account FROM member_accounts WHERE member_id = ? ORDER BY bound_at DESC, rowid DESC').pluck().all(memberId) as string[];
  }

  async bind(account: string, memberId: string, now: Date): Promise<void> {
    this.bindNow(account, memberId, now);
  }

  /** Synchronous, so an import's transaction can bind a registry Telegram id in the same step. */
  private bindNow(account: string, memberId: string, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO member_accounts (account, member_id, bound_at) VALUES (?, ?, ?)
         ON CONFLICT (account) DO UPDATE SET member_id = excluded.member_id, bound_at = excluded.bound_at`,
      )
      .run(account, memberId, now.toISOString());
  }

  async unbind(account: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM member_accounts WHERE account = ?').run(account).changes > 0;
  }

  async issueCode(memberId: string, codeHash: string, expiresAt: Date, now: Date): Promise<boolean> {
    return codes.issueCode(this.db, memberId, codeHash, expiresAt, now);
  }

  async redeemCode(codeHash: string, now: Date): Promise<string | null> {
    return codes.redeemCode(this.db, codeHash, now);
  }

  async recordFailure(failure: BindFailure, now: Date): Promise<void> {
    guard.recordFailure(this.db, failure, now);
  }

  async failuresSince(account: string, since: Date): Promise<number> {
    return guard.failuresSince(this.db, account, since);
  }

  async targetFailuresSince(target: string, since: Date): Promise<number> {
    return guard.targetFailuresSince(this.db, target, since);
  }

  async phoneFailuresSince(since: Date): Promise<number> {
    return guard.phoneFailuresSince(this.db, since);
  }

  async lockTarget(target: string, now: Date): Promise<void> {
    guard.lockTarget(this.db, target, now);
  }

  async lockedSince(target: string): Promise<Date | null> {
    return guard.lockedSince(this.db, target);
  }

  async lockedTargets(): Promise<Map<string, Date>> {
    return guard.lockedTargets(this.db);
  }

  async unlockTarget(target: string, now: Date): Promise<boolean> {
    return guard.unlockTarget(this.db, target, now);
  }
}
