import type { Database } from '../storage/database.ts';
import { MemberConflict, type Member, type MemberFields, type MemberRole } from './types.ts';

export interface MemberRow {
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

export const toMember = (row: MemberRow): Member => ({
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

export const toRow = (m: Member) => ({ ...m, telegram_id: m.telegramId });

/** The member a row updates: by 编号, else by phone, else by 姓名 + 界别 (see member-store.ts). */
export function findExisting(db: Database, fields: MemberFields): { existing: Member | null; namesake?: Member } {
  const one = (sql: string, ...params: unknown[]) => {
    const row = db.prepare(sql).get(...params) as MemberRow | undefined;
    return row ? toMember(row) : null;
  };
  if (fields.id) {
    const byId = one('SELECT * FROM members WHERE id = ?', fields.id);
    if (!byId) throw new MemberConflict(`编号“${fields.id}”不在名单中（编号见 liaison members list）`);
    return { existing: byId };
  }
  const sameName = (db.prepare('SELECT * FROM members WHERE name = @name AND (@sector IS NULL OR sector = @sector) ORDER BY id').all({
    name: fields.name,
    sector: fields.sector ?? null,
  }) as MemberRow[]).map(toMember);
  if (fields.phone) {
    const byPhone = one('SELECT * FROM members WHERE phone = ?', fields.phone);
    if (byPhone) return { existing: byPhone };
    // Registered before the phone was known.
    const phoneless = sameName.filter((m) => m.phone === '');
    if (phoneless.length === 1) return { existing: phoneless[0] ?? null };
    return { existing: null, ...(sameName.length > 0 && { namesake: sameName[0] }) };
  }
  if (sameName.length > 1) {
    throw new MemberConflict(`名单中有 ${sameName.length} 位“${fields.name}”（${sameName.map((m) => m.id).join('、')}），请填写手机号或编号以区分`);
  }
  return { existing: sameName[0] ?? null };
}

/** A phone or Telegram id already registered to someone else cannot be taken over silently. */
export function checkUnique(db: Database, member: Member): void {
  const holder = (column: 'phone' | 'telegram_id', value: string) =>
    value ? (db.prepare(`SELECT * FROM members WHERE ${column} = ? AND id <> ?`).get(value, member.id) as MemberRow | undefined) : undefined;
  const phone = holder('phone', member.phone);
  if (phone) throw new MemberConflict(`手机号已登记给 ${phone.id}（${phone.name}）`);
  const telegram = holder('telegram_id', member.telegramId);
  if (telegram) throw new MemberConflict(`Telegram id“${member.telegramId}”已登记给 ${telegram.id}（${telegram.name}）`);
}

/** The next id in the M0001 sequence (M10000 after M9999: the number only grows). */
export function nextMemberId(db: Database): string {
  const last = db.prepare(`SELECT MAX(CAST(SUBSTR(id, 2) AS INTEGER)) FROM members`).pluck().get() as number | null;
  return `M${String((last ?? 0) + 1).padStart(4, '0')}`;
}
