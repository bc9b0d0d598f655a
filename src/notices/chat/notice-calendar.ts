import { chinaWallClock } from '../../china-time.ts';
import { WEEKDAY_INDEX } from '../../shared/china-periods.ts';
import { normalizeMessage } from '../../shared/normalize-text.ts';
import { canonical, SAYS_AN_ANSWER } from './reply-vocabulary.ts';

/**
 * The days a member may point at a notice by when its text does not say them: the weekday of a
 * date written without one ("周三那个"), and the day replies are due ("8号截止的那个").
 */

export interface CalendarRef {
  time: string;
  replyBy?: Date | null;
}

const DAY_MS = 86_400_000;
/** "12月5日（星期五）", "2026年12月10日": a month and day, with the year or weekday when written. */
const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天]))?/gu;

interface Dated {
  year: number | null;
  month: number;
  day: number;
  weekday: number | null;
}

function datesIn(time: string): Dated[] {
  return [...canonical(time).matchAll(DATE)].map((m) => ({
    year: m[1] ? Number(m[1]) : null,
    month: Number(m[2]),
    day: Number(m[3]),
    weekday: m[4] ? (WEEKDAY_INDEX[m[4]] ?? null) : null,
  }));
}

/** Days from one month-and-day to another, the nearer way round the year (a year of 365 days). */
function daysBetween(from: Dated, to: Dated): number {
  const days = (Date.UTC(2001, to.month - 1, to.day) - Date.UTC(2001, from.month - 1, from.day)) / DAY_MS;
  return days > 182 ? days - 365 : days < -182 ? days + 365 : days;
}

/** The year of a date: written with it, else that of the reply deadline (the next one when the date comes well before it). */
function yearOf(date: Dated, replyBy: Date | null | undefined): number | null {
  if (date.year !== null) return date.year;
  if (!replyBy) return null;
  const due = chinaWallClock(replyBy);
  const sameYear = Date.UTC(due.getUTCFullYear(), date.month - 1, date.day);
  return sameYear < due.getTime() - 60 * DAY_MS ? due.getUTCFullYear() + 1 : due.getUTCFullYear();
}

/**
 * The weekdays (0 for Sunday) a notice's dates fall on. A weekday the pending notices write beside
 * a date ("12月5日（星期五）") is the calendar the members read, so other dates count from it; only
 * without one does the year decide.
 */
export function weekdaysOf(notice: CalendarRef, pending: CalendarRef[]): number[] {
  const written = pending.flatMap((n) => datesIn(n.time)).find((d) => d.weekday !== null);
  return datesIn(notice.time).flatMap((date) => {
    if (date.weekday !== null) return [date.weekday];
    if (written && written.weekday !== null) return [(((written.weekday + daysBetween(written, date)) % 7) + 7) % 7];
    return yearWeekday(date, notice.replyBy);
  });
}

/** The weekday a date falls on in its year, or none when the year is not known. */
function yearWeekday(date: Dated, replyBy: Date | null | undefined): number[] {
  const year = yearOf(date, replyBy);
  return year === null ? [] : [new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay()];
}

/**
 * The weekdays a notice's dates fall on in the year itself, whatever weekday the notice writes:
 * "下周四" is counted on the member's own calendar, from today.
 */
export function yearWeekdaysOf(notice: CalendarRef): number[] {
  return datesIn(notice.time).flatMap((date) => yearWeekday(date, notice.replyBy));
}

/** The month and day replies to a notice are due, in China time; null when it has no deadline. */
export function deadlineOf(notice: CalendarRef): { month: number; day: number } | null {
  if (!notice.replyBy) return null;
  const due = chinaWallClock(notice.replyBy);
  return { month: due.getUTCMonth() + 1, day: due.getUTCDate() };
}

/**
 * "这周的", "下周那个会": a week said without its day, pointing at what is in it ("下周四" names a
 * day and is read elsewhere; "这周内准备好" is a deadline, "下周会去北京" the member's plan).
 */
// ("下下周那个会": the week after next.)
const WEEK = /(?<!下)(这|本|下下|下)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天])(?=的|那个|那场|那次|这个|这场|开的)/gu;

/** "这周下周我都在北京", "这两周都在外地": this week and the next said together, pointing at what is in both. */
const BOTH_WEEKS = /(?:这|本)(?:个)?(?:周|星期|礼拜)(?:和|跟|与|、|，)?下(?:个)?(?:周|星期|礼拜)|这两(?:周|个星期|个礼拜)/gu;

const WEEKDAY_OF_A_WEEK = /(这|本)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/gu;

/** Whether the text says such a week at all (the waiting notices are read only then). */
// ("這週的會": written in Traditional, it is read in Simplified like the rest.)
export function saysAWeek(raw: string): boolean {
  const text = normalizeMessage(raw);
  return new RegExp(WEEK.source, 'u').test(text) || new RegExp(BOTH_WEEKS.source, 'u').test(text) || new RegExp(WEEKDAY_OF_A_WEEK.source, 'u').test(text);
}

/**
 * "这周的我来不了", "下周那个会参加不了": the week counted from today, written as the day of the one
 * waiting meeting held in it, so the member's words name that meeting. A week holding none of them,
 * or more than one, is left as said. "这周下周都在外地", with no answer said, is written as the days of
 * every meeting in both ("都去不了，这两周都在党校" answers them all already).
 */
export function weeksAsDays(raw: string, notices: CalendarRef[], now: Date): string {
  if (!saysAWeek(raw)) return raw;
  const text = normalizeMessage(raw);
  const today = chinaWallClock(now);
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - ((today.getUTCDay() + 6) % 7) * DAY_MS;
  const heldIn = (start: number, weeks: number) =>
    notices.flatMap((notice) =>
      datesIn(notice.time).flatMap((date) => {
        const year = yearOf(date, notice.replyBy) ?? today.getUTCFullYear();
        const day = Date.UTC(year, date.month - 1, date.day);
        return day >= start && day < start + weeks * 7 * DAY_MS ? [`${date.month}月${date.day}号`] : [];
      }),
    );
  const both = (SAYS_AN_ANSWER.test(text) ? text : text.replace(BOTH_WEEKS, (said) => heldIn(monday, 2).join('、') || said))
    // "这周四下午我在区里开会": a weekday of this week is a date, unless a notice writes that weekday.
    .replace(WEEKDAY_OF_A_WEEK, (said, which: string, weekday: string) => {
      // A weekday a notice writes ("12月5日（星期五）") is the calendar the member reads: "这周五" is that meeting.
      if (notices.some((notice) => datesIn(notice.time).some((date) => date.weekday === WEEKDAY_INDEX[weekday]))) return said;
      const day = new Date(monday + ((which === '下' ? 7 : 0) + ((WEEKDAY_INDEX[weekday]! + 6) % 7)) * DAY_MS);
      return `${day.getUTCMonth() + 1}月${day.getUTCDate()}号`;
    });
  return both.replace(WEEK, (said, which: string) => {
    const inWeek = heldIn(monday + (which === '下下' ? 14 : which === '下' ? 7 : 0) * DAY_MS, 1);
    return inWeek.length === 1 ? inWeek[0]! : said;
  });
}
