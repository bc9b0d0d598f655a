import { parseChinaDate } from '../../china-time.ts';
import type { OpinionFilter } from '../../opinions/opinion-store.ts';
import { OPINION_STATUSES, formatOpinionNumber, isOpinionStatus, parseOpinionNumber } from '../../opinions/types.ts';
import { UsageError } from '../context.ts';

/** `sqmy-2026-1` and ` SQMY-2026-0001 ` both mean SQMY-2026-0001; null when it is no number at all. */
export function normalizeNumber(text: string): string | null {
  const parsed = parseOpinionNumber(text);
  return parsed ? formatOpinionNumber(parsed.year, parsed.seq) : null;
}

export function numberFormatMessage(text: string): string {
  return `“${text}”不是有效的编号，编号形如 SQMY-2026-0001。`;
}

export function statusListMessage(text: string): string {
  return `没有“${text}”这个状态，可选：${OPINION_STATUSES.join('、')}。`;
}

/** --status and --since as the store's filter; a wrong value is a usage error. */
export function parseFilter(values: { status?: string; since?: string }): OpinionFilter {
  const filter: OpinionFilter = {};
  if (values.status !== undefined) {
    const status = values.status.trim();
    if (!isOpinionStatus(status)) throw new UsageError(statusListMessage(status));
    filter.status = status;
  }
  if (values.since !== undefined) {
    const since = parseChinaDate(values.since);
    if (!since) throw new UsageError(`--since 应为日期 YYYY-MM-DD（北京时间当日 0 时起），例如 2026-05-01，收到“${values.since}”。`);
    filter.since = since;
  }
  return filter;
}
