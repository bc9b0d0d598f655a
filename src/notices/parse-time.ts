import { chinaWallClock } from '../china-time.ts';

/** Reading a deadline as staff type it, in China time (UTC+8, no daylight saving). */

const CHINA_OFFSET_H = 8;

function chinaDate(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  const at = new Date(Date.UTC(year, month - 1, day, hour - CHINA_OFFSET_H, minute));
  // Reject 2月30日 and the like instead of rolling over into March.
  const check = chinaWallClock(at);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return at;
}

const DATE = /(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const TIME = /(上午|早上|中午|下午|晚上)?\s*(\d{1,2})\s*(?:[:：点时]\s*(\d{1,2})?\s*分?|(?=\s*$))(半)?/;

/**
 * 2026-12-03 18:00, 2026年12月3日18:00, 12月3日下午6点, 12月3日 (end of that day). A date without a
 * year is the next such date from `now`. Returns null when it cannot be read.
 */
export function parseChinaTime(text: string, now: Date): Date | null {
  const input = text.normalize('NFKC').trim();
  const date = DATE.exec(input);
  if (!date) return null;
  const month = Number(date[2]);
  const day = Number(date[3]);
  const rest = input.slice(date.index + date[0].length);
  let hour = 23;
  let minute = 59;
  const time = TIME.exec(rest);
  if (time && time[2] !== undefined) {
    hour = Number(time[2]);
    minute = time[4] ? 30 : Number(time[3] ?? 0);
    if ((time[1] === '下午' || time[1] === '晚上') && hour < 12) hour += 12;
    if (time[1] === '中午' && hour < 11) hour += 12;
    if (hour > 23 || minute > 59) return null;
  }
  const nowYear = chinaWallClock(now).getUTCFullYear();
  if (date[1]) return chinaDate(Number(date[1]), month, day, hour, minute);
  const thisYear = chinaDate(nowYear, month, day, hour, minute);
  if (thisYear && thisYear >= now) return thisYear;
  return chinaDate(nowYear + 1, month, day, hour, minute);
}
