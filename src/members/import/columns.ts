import type { MemberFields } from '../types.ts';
import type { TableRow } from './table.ts';

export type Field = keyof Omit<MemberFields, 'name'> | 'name';

/** Header names staff use, per field (compared without spaces, case-insensitively). */
const HEADERS: Record<Field, readonly string[]> = {
  id: ['编号', 'ID', '委员编号'],
  name: ['姓名', '名字', '委员姓名'],
  sector: ['界别', '所在界别'],
  committee: ['专委会', '专门委员会', '所在专委会'],
  position: ['职务', '政协职务'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式'],
  wechat: ['微信号或备注名', '微信号', '备注名', '微信', '微信名'],
  telegramId: ['Telegram id', 'TelegramID', 'Telegram', 'TG id', 'Telegram用户id'],
  role: ['角色', '权限', '身份'],
};

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '').toLowerCase();

export type Columns = Partial<Record<Field, number>>;

function columnsOf(header: string[]): Columns {
  const normalized = header.map(squeeze);
  const found: Columns = {};
  for (const [field, names] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
    const at = normalized.findIndex((h) => names.some((n) => squeeze(n) === h));
    if (at >= 0) found[field] = at;
  }
  return found;
}

/**
 * The header is the first row naming a 姓名 column, among the first few: sheets often open with a
 * title row (“XX市政协委员名单”) or a note.
 */
export function findHeader(rows: readonly TableRow[], lookAhead = 5): { line: number; columns: Columns; index: number } | null {
  for (let index = 0; index < Math.min(rows.length, lookAhead); index++) {
    const columns = columnsOf(rows[index]?.cells ?? []);
    if (columns.name !== undefined) return { line: rows[index]?.line ?? 1, columns, index };
  }
  return null;
}
