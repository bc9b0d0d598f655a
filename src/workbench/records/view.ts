import { html } from 'hono/html';
import { formatChinaDateTime } from '../../china-time.ts';
import type { MeetingItem, MeetingOutcome, MeetingTally, OpinionTally } from '../../records/types.ts';
import { chinaYearOf } from '../../shared/china-periods.ts';
import type { Html } from '../layout/page.ts';

/** Pieces the 履职档案 pages share. */

/** The registry and the bot begin long after this; a year before it is a typo. */
export const FIRST_YEAR = 2020;

/** The year asked for (?year=2026), this year (China time) when absent or out of range. */
export function readYear(value: unknown, now: Date): number {
  const thisYear = chinaYearOf(now);
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : thisYear;
  return year >= FIRST_YEAR && year <= thisYear ? year : thisYear;
}

export function years(now: Date): number[] {
  const list: number[] = [];
  for (let y = chinaYearOf(now); y >= FIRST_YEAR; y--) list.push(y);
  return list;
}

export const when = formatChinaDateTime;

export function memberHref(memberId: string, year: number): string {
  return `/records/${encodeURIComponent(memberId)}?year=${year}`;
}

/** A notice's outcomes, not counting its delivery: every notified one is exactly one of these. */
export function outcomes(m: MeetingTally): { outcome: MeetingOutcome; count: number }[] {
  const none = m.notified - m.attended - m.excused - m.noReply - m.awaitingReply;
  return [
    { outcome: '参加', count: m.attended },
    { outcome: '请假', count: m.excused },
    { outcome: '未回复', count: m.noReply },
    { outcome: '待回复', count: m.awaitingReply },
    { outcome: '无需回执', count: none },
  ];
}

const OUTCOME_BADGES: Record<MeetingOutcome, string> = { 参加: 'badge badge-done', 请假: 'badge', 未回复: 'badge badge-new', 待回复: 'badge badge-no', 无需回执: 'badge badge-no' };

export function outcomeBadge(outcome: MeetingOutcome): Html {
  return html`<span class="${OUTCOME_BADGES[outcome]}">${outcome}</span>`;
}

const DELIVERY: Record<MeetingItem['delivery'], string> = { sent: '已送达', pending: '待发送', failed: '送达失败', unreachable: '未绑定，无法送达' };

export function delivery(item: MeetingItem): string {
  return DELIVERY[item.delivery];
}

/** The columns of the year table, as the xlsx names them. */
export const COUNT_COLUMNS: { label: string; of: (m: MeetingTally, o: OpinionTally) => number }[] = [
  { label: '会议通知', of: (m) => m.notified },
  { label: '参加', of: (m) => m.attended },
  { label: '请假', of: (m) => m.excused },
  { label: '未回复', of: (m) => m.noReply },
  { label: '待回复', of: (m) => m.awaitingReply },
  { label: '送达失败', of: (m) => m.deliveryFailed },
  { label: '社情民意提交', of: (_, o) => o.submitted },
  { label: '社情民意采用', of: (_, o) => o.adopted },
];

/** A year picker that reloads the page (GET: a year is no member data). */
export function yearPicker(action: string, year: number, now: Date): Html {
  return html`<form class="year-picker" method="get" action="${action}" aria-label="选择年度">
    <label for="year">年度</label>
    <select id="year" name="year">${years(now).map((y) => html`<option value="${y}"${y === year ? html` selected` : ''}>${y}年</option>`)}</select>
    <button type="submit" class="secondary">查看</button>
  </form>`;
}
