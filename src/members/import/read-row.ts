import type { MemberFields, MemberRole } from '../types.ts';
import type { Columns, Field } from './columns.ts';

const ROLES: Record<string, MemberRole> = {
  member: 'member',
  委员: 'member',
  成员: 'member',
  staff: 'staff',
  工作人员: 'staff',
  管理员: 'staff',
};
/** Longest value each column may hold (characters): anything longer is a mistake in the sheet. */
export const FIELD_LIMITS: Record<Field, number> = {
  id: 10,
  name: 20,
  sector: 30,
  committee: 30,
  position: 30,
  phone: 20,
  wechat: 50,
  telegramId: 20,
  role: 10,
};
const LABELS: Record<Field, string> = {
  id: '编号',
  name: '姓名',
  sector: '界别',
  committee: '专委会',
  position: '职务',
  phone: '手机号',
  wechat: '微信号或备注名',
  telegramId: 'Telegram id',
  role: '角色',
};
// Controls other than tab and line breaks: never typed by staff, a sign of a damaged file.
const CONTROL = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const MOBILE = /^1[3-9]\d{9}$/;
const TELEGRAM_ID = /^\d{3,15}$/;

/** 138 0000 1234, 138-0000-1234, +86 13800001234 → 13800001234. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s\u3000()（）-]/g, '').replace(/^(?:\+|00)?86(?=1\d{10}$)/, '');
}

/**
 * One data row as member fields, or what is wrong with it (Chinese, for the import report). A field
 * whose column the file lacks stays undefined, so re-importing a partial sheet keeps the rest.
 */
export function readRow(cells: readonly string[], columns: Columns): MemberFields | string {
  // Anywhere in the row, imported column or not: NUL does not occur in text staff type.
  if (cells.some((cell) => cell.includes('\0'))) return '含有空字符（NUL），文件可能已损坏或不是文本格式，本行未导入';
  for (const [field, at] of Object.entries(columns) as [Field, number][]) {
    const value = (cells[at] ?? '').trim();
    const length = Array.from(value).length;
    if (length > FIELD_LIMITS[field]) return `${LABELS[field]}过长（${length} 字，最多 ${FIELD_LIMITS[field]} 字），本行未导入`;
    if (CONTROL.test(value)) return `${LABELS[field]}含有不可见的控制字符，文件可能已损坏，本行未导入`;
  }
  const get = (field: Field): string | undefined => {
    const at = columns[field];
    return at === undefined ? undefined : (cells[at] ?? '').replace(/\u3000/g, ' ').trim();
  };
  const name = get('name')?.replace(/\s+/g, '');
  if (!name) return '缺少姓名';
  const rawPhone = get('phone');
  const phone = rawPhone === undefined ? undefined : normalizePhone(rawPhone);
  if (phone && !MOBILE.test(phone)) return `手机号“${rawPhone}”格式不正确（应为11位手机号）`;
  const rawRole = get('role');
  const role = rawRole === undefined ? undefined : rawRole === '' ? 'member' : ROLES[rawRole.toLowerCase()];
  if (rawRole !== undefined && !role) return `角色“${rawRole}”无法识别（应为 member / staff，或 委员 / 工作人员）`;
  const telegramId = get('telegramId');
  if (telegramId && !TELEGRAM_ID.test(telegramId)) return `Telegram id“${telegramId}”应为数字（可让委员向 @userinfobot 查询）`;
  const id = get('id')?.toUpperCase();
  if (id && !/^M\d{4,}$/.test(id)) return `编号“${id}”格式不正确（应如 M0001，新委员请留空）`;
  const fields: MemberFields = { name };
  const optional = { sector: get('sector'), committee: get('committee'), position: get('position'), phone, wechat: get('wechat'), telegramId, role, id: id || undefined };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(fields, { [key]: value });
  return fields;
}
