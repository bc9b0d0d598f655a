/** Dates as staff read and type them: China time (UTC+8, no daylight saving), whatever the host's zone. */

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

/** The instant shifted so its UTC fields read as the wall clock in China. */
export function chinaWallClock(at: Date): Date {
  return new Date(at.getTime() + CHINA_OFFSET_MS);
}

/** 2026-05-01 10:00 */
export function formatChinaDateTime(at: Date): string {
  const t = chinaWallClock(at);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** 20260501, for file names. */
export function chinaDateStamp(at: Date): string {
  const t = chinaWallClock(at);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

/** `YYYY-MM-DD` read as 00:00 of that day in China; null unless it is a real calendar date. */
export function parseChinaDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const check = new Date(midnightUtc);
  // Date.UTC rolls 2026-02-30 over to 2 March: a date that does not round-trip does not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(midnightUtc - CHINA_OFFSET_MS);
}
