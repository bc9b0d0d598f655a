import { parseChinaDate } from '../../china-time.ts';

const DAY_MS = 24 * 3600_000;

/** A filter's 起始日期/截止日期 as typed (YYYY-MM-DD, China days), both days included. */
export interface DateRange {
  since?: Date;
  /** The next midnight after the last day. */
  until?: Date;
  /** What to tell staff when a date cannot be read; null when both are fine. */
  problem: string | null;
}

export function readDateRange(from: string, to: string): DateRange {
  const range: DateRange = { problem: null };
  if (from) {
    const since = parseChinaDate(from);
    if (since) range.since = since;
    else range.problem = `起始日期“${from}”无效，应为 YYYY-MM-DD。`;
  }
  if (to) {
    const last = parseChinaDate(to);
    if (last) range.until = new Date(last.getTime() + DAY_MS);
    else range.problem = `截止日期“${to}”无效，应为 YYYY-MM-DD。`;
  }
  return range;
}
