import type { MemberStore } from '../member-store.ts';
import { MemberConflict } from '../types.ts';
import { findHeader } from './columns.ts';
import { readRow } from './read-row.ts';
import type { TableRow } from './table.ts';

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows skipped, each with its line number and why. */
  problems: ImportProblem[];
  /** Rows imported that staff may want to check (e.g. a namesake added as a new member). */
  notes: ImportProblem[];
}

export const MISSING_HEADER = '没有找到表头：第一行（或标题行之后）应为表头，至少包含“姓名”列，如：姓名、界别、专委会、职务、手机、微信号或备注名、Telegram id、角色';

/** Imports every good row; a bad row is reported with its line number and the rest still import. */
export async function importMembers(rows: readonly TableRow[], store: MemberStore, now: Date): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, problems: [], notes: [] };
  const header = findHeader(rows);
  if (!header) {
    report.problems.push({ line: rows[0]?.line ?? 1, message: MISSING_HEADER });
    return report;
  }
  // The same 编号, 手机, or 姓名 + 界别 (without a phone) twice in one file: the first row counts.
  const seen = new Map<string, number>();
  for (const row of rows.slice(header.index + 1)) {
    if (row.problem) {
      report.problems.push({ line: row.line, message: row.problem });
      continue;
    }
    const fields = readRow(row.cells, header.columns);
    if (typeof fields === 'string') {
      report.problems.push({ line: row.line, message: fields });
      continue;
    }
    const key = fields.id ? '编号' : fields.phone ? '手机号' : '姓名和界别';
    const value = fields.id ?? (fields.phone || `${fields.name}|${fields.sector ?? ''}`);
    const first = seen.get(`${key}:${value}`);
    if (first !== undefined) {
      report.problems.push({ line: row.line, message: `与第 ${first} 行的${key}相同，是同一位委员，已跳过` });
      continue;
    }
    seen.set(`${key}:${value}`, row.line);
    try {
      const { member, outcome, namesake } = await store.upsert(fields, now);
      report[outcome]++;
      if (namesake) {
        report.notes.push({
          line: row.line,
          message: `“${member.name}”与已登记的 ${namesake.id} 同名同界别但手机号不同，已作为新委员 ${member.id} 添加；如是同一人换了手机号，请在“编号”列填 ${namesake.id} 后重新导入`,
        });
      }
    } catch (error) {
      if (!(error instanceof MemberConflict)) throw error;
      report.problems.push({ line: row.line, message: error.message });
    }
  }
  return report;
}
