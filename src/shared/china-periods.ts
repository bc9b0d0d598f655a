import { chinaWallClock } from '../china-time.ts';

/**
 * Years and weeks as the committee office counts them: in China time (UTC+8), whatever the host's
 * zone, so a reply sent at 00:30 on 1 January in Wuhan belongs to the new year on a UTC server too.
 * Ranges are half-open: `from` inclusive, `to` exclusive.
 */
export interface Period {
  from: Date;
  to: Date;
}

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
/** The day after 周 / 星期 / 礼拜, 0 for Sunday, as Date counts them. */
export const WEEKDAY_INDEX: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

const pad = (value: number) => String(value).padStart(2, '0');

/** 00:00 China time of a calendar date (month 0-based; Date.UTC rolls days over as needed). */
function chinaMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day) - CHINA_OFFSET_MS);
}

export function chinaYearOf(at: Date): number {
  return chinaWallClock(at).getUTCFullYear();
}

export function chinaYear(year: number): Period {
  return { from: chinaMidnight(year, 0, 1), to: chinaMidnight(year + 1, 0, 1) };
}

/** The week (Monday to Sunday, China time) that `at` falls in: the office's working week. */
export function chinaWeek(at: Date): Period {
  const wall = chinaWallClock(at);
  const sinceMonday = (wall.getUTCDay() + 6) % 7;
  const from = chinaMidnight(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - sinceMonday);
  return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
}

export function within(at: Date, period: Period): boolean {
  return at >= period.from && at < period.to;
}

/** Which day of the period `at` falls on (0 for the first), or -1 outside it. */
export function dayIndex(at: Date, period: Period): number {
  return within(at, period) ? Math.floor((at.getTime() - period.from.getTime()) / DAY_MS) : -1;
}

/** One label per day of the period, as a chart's axis shows it: 11-23 周一. */
export function dayLabels(period: Period): string[] {
  const days = Math.round((period.to.getTime() - period.from.getTime()) / DAY_MS);
  return Array.from({ length: days }, (_, i) => {
    const wall = chinaWallClock(new Date(period.from.getTime() + i * DAY_MS));
    return `${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${WEEKDAYS[wall.getUTCDay()]}`;
  });
}

/** 2026-11-23 至 2026-11-29 */
export function periodLabel(period: Period): string {
  const day = (at: Date) => {
    const wall = chinaWallClock(at);
    return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  };
  return `${day(period.from)} 至 ${day(new Date(period.to.getTime() - 1))}`;
}
