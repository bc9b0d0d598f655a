import type { SqliteMemberStore } from '../sqlite-member-store.ts';
import type { MemberInput, MemberRole } from '../types.ts';
import type { Table } from './read-table.ts';

type Field = keyof MemberInput;

/** Header names staff use, per field. */
const HEADERS: Record<Field, readonly string[]> = {
  name: ['姓名', '名字'],
  sector: ['界别'],
  committee: ['专委会', '专门委员会', '所在专委会'],
  position: ['职务'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话'],
  wechat: ['微信号或备注名', '微信号', '备注名', '微信'],
  telegramId: ['Telegram id', 'Telegram ID', 'TelegramID', 'telegram', 'Telegram'],
  role: ['角色', '权限'],
};

const ROLES: Record<string, MemberRole> = { member: 'member', 委员: 'member', 成员: 'member', staff: 'staff', 工作人员: 'staff', 管理员: 'staff' };
const MOBILE = /^1[3-9]\d{9}$/;

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  problems: { line: number; message: string }[];
}

function columns(header: string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  const normalized = header.map((h) => h.replace(/\s+/g, '').toLowerCase());
  for (const [field, names] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
    const at = normalized.findIndex((h) => names.some((n) => n.replace(/\s+/g, '').toLowerCase() === h));
    if (at >= 0) found[field] = at;
  }
  return found;
}

/** One row to a member, or what is wrong with it. */
function readRow(cells: string[], at: Partial<Record<Field, number>>): MemberInput | string {
  const get = (field: Field) => (at[field] === undefined ? '' : (cells[at[field]] ?? '').trim());
  const name = get('name');
  if (!name) return '缺少姓名';
  const phone = get('phone').replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (phone && !MOBILE.test(phone)) return `手机号“${get('phone')}”格式不正确（应为11位手机号）`;
  const rawRole = get('role') || 'member';
  const role = ROLES[rawRole.toLowerCase()] ?? ROLES[rawRole];
  if (!role) return `角色“${rawRole}”无法识别（应为 member / staff，或 委员 / 工作人员）`;
  const telegramId = get('telegramId');
  if (telegramId && !/^\d{3,15}$/.test(telegramId)) return `Telegram id“${telegramId}”应为数字`;
  return { name, sector: get('sector'), committee: get('committee'), position: get('position'), phone, wechat: get('wechat'), telegramId, role };
}

/** Imports every good row; a bad row is reported with its line number and skipped. */
export function importMembers(table: Table, store: SqliteMemberStore, now: Date): ImportReport {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, problems: [] };
  const at = columns(table.header);
  if (at.name === undefined) {
    report.problems.push({ line: 1, message: '表头中没有“姓名”列（第一行应为表头：姓名、界别、专委会、职务、手机、微信号或备注名、Telegram id、角色）' });
    return report;
  }
  for (const row of table.rows) {
    const read = readRow(row.cells, at);
    if (typeof read === 'string') {
      report.problems.push({ line: row.line, message: read });
      continue;
    }
    const { outcome } = store.upsert(read, now);
    report[outcome]++;
  }
  return report;
}
