import { chinaWallClock } from '../../china-time.ts';
import { weekdaysOf } from './notice-calendar.ts';
import { datesOf, DAYS_SPANNED as SPAN, namedIn, withDigits, type NoticeRef } from './notice-mentions.ts';
import { canonical, SAYS_AN_ANSWER } from './reply-vocabulary.ts';

/**
 * "6号可以参加", "明天我们去村里调研": a day the member names that no waiting meeting is held on.
 * What they say is about that day, so it is no answer to a meeting on another.
 */

/** A day of the month, not a deadline ("3号前回复"), where something starts ("3号开始住院") nor the day the member is back ("12号回"). */
const DAY = /(?:(\d{1,2})月)?(\d{1,2})[号日](?!前|之前|以前|截止|开始|起|以后|之后|后|回|返|才回|才返)/gu;
const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  [/今天|今晚|今早|今儿/u, 0],
  [/明天|明早|明晚|明儿/u, 1],
  [/后天/u, 2],
];

type Day = { month: number | null; day: number };

/** A half of the day or an hour alone: it points at a meeting only on the meeting's day. */
const HOURS_ONLY = /^(?:[上下]午|晚上)?(?:\d{1,2}(?:[点:：](?:\d{1,2}|半|一刻)?分?)?)?(?:的|那个|那场|这个|这场)?(?:会议|会)?$/u;

/** "下个月我儿子结婚", "明年再说": a later period; whether a meeting in month `m` falls in it, today being in `now`. */
const PERIODS: ReadonlyArray<[RegExp, (m: number, now: number) => boolean]> = [
  [/下个?月/u, (m, now) => m === (now % 12) + 1],
  [/明年|年后|过完年/u, (m, now) => m < now],
];
const FREE_THAT_DAY = /没事|有空|有时间|没安排|没什么事/u;
const BACK_TO_THE_DAY = /^[^，。！？]{0,10}?(?:到时候?|那时候?|那几天|那阵子?)/u;
/** "周六", "下礼拜一": a weekday (one a waiting meeting is on is named as that meeting, and never gets here). */
const WEEKDAY = /(?:周|星期|礼拜)[一二三四五六日天](?!前|之前|以前|开始|起|以后|之后|后|到|至)/u;

/**
 * Whether the message names days, the first of them where it begins, and none a waiting meeting is
 * held on, nor points at a meeting in any other way (周五那个会, 常委会).
 */
export function namesAnotherDay(text: string, refs: NoticeRef[], now: Date): boolean {
  const said = withDigits(canonical(text));
  const [first = '', ...rest] = said.split(/[，,。！!？?；;\n—]+/u).filter((clause) => clause.trim() !== '');
  // "…4号晚上到，参加": an answer said apart from the day is not about that day
  // (unless it points back at it: "下个月我儿子结婚，…到时候可能有些会来不了").
  // ("6号上午没事，我去": free that day, so going that day.)
  if (!FREE_THAT_DAY.test(first) && rest.some((clause) => SAYS_AN_ANSWER.test(clause) && !BACK_TO_THE_DAY.test(clause))) return false;
  const meetings = refs.flatMap((ref) => datesOf(ref.time));
  // ("明天上午我来不了": the half of the day, or the hour, is that day's, and names no meeting.)
  const named = namedIn(text, refs);
  const names = named.mentions.filter((m) => !HOURS_ONLY.test(named.text.slice(m.start, m.end)));
  if (meetings.length === 0 || names.length > 0) return false;
  const held = (d: Day) => meetings.some((m) => m.day === d.day && (d.month === null || m.month === null || m.month === d.month));
  const at = (month: number | null, day: number, meeting: Day) => (month ?? meeting.month ?? 0) * 100 + day;
  for (const m of said.matchAll(SPAN)) {
    const fromMonth = m[1] ? Number(m[1]) : null;
    const toMonth = m[3] ? Number(m[3]) : fromMonth;
    if (meetings.some((meeting) => at(fromMonth, Number(m[2]), meeting) <= at(meeting.month, meeting.day, meeting) && at(meeting.month, meeting.day, meeting) <= at(toMonth, Number(m[4]), meeting))) return false;
  }
  const daysIn = (clause: string): Day[] => {
    const days: Day[] = [...clause.replace(SPAN, '').matchAll(DAY)].map((m) => ({ month: m[1] ? Number(m[1]) : null, day: Number(m[2]) }));
    const today = chinaWallClock(now);
    for (const [pattern, ahead] of RELATIVE) {
      if (!pattern.test(clause)) continue;
      const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + ahead));
      days.push({ month: day.getUTCMonth() + 1, day: day.getUTCDate() });
    }
    return days;
  };
  if (daysIn(said).some(held)) return false;
  // A period ahead that no waiting meeting falls in ("下个月" when every meeting is this month).
  const month = chinaWallClock(now).getUTCMonth() + 1;
  const period = PERIODS.find(([pattern]) => pattern.test(first))?.[1];
  const inPeriod = period !== undefined && meetings.some((m) => m.month === null || period(m.month, month));
  // ("下个月我闺女结婚" when the meeting is next month: a day somewhere in it, unless the whole of it is
  // meant, or being away: "下个月我在外地".)
  const wholePeriod = /都|整个|一整|一直|整月|全月|一个月|在外地|在外面|不在|出差|住院|在国外|出国/u.test(first);
  return daysIn(first).length > 0 || first.search(SPAN) >= 0 || (period !== undefined && (!inPeriod || !wholePeriod));
}

/**
 * "民盟支部周六的学习我参加": a weekday no waiting meeting is on (when their weekdays are known) said
 * where the message begins. Unlike a date, a weekday may loosely stand for the days around it
 * ("下周一做手术，我得在医院陪护"), so only an answer in so many words is held back by it.
 */
export function namesAnotherWeekday(text: string, refs: NoticeRef[]): boolean {
  const [first = ''] = canonical(text).split(/[，,。！!？?；;\n—]+/u);
  if (!WEEKDAY.test(first) || namedIn(text, refs).mentions.length > 0) return false;
  return refs.some((ref) => weekdaysOf(ref, refs).length > 0);
}

/** "明年三月份才回来", "3月份才回得来": back only in a month (next year's when 明年 is said). */
const BACK_ONLY_IN = /(明年|年后|过完年)?[^，。！？\d]{0,2}?(?:(\d{1,2})月份?|开春)(?:初|底|中旬|上旬|下旬)?(?:以后|之后)?(?:才|再)(?:能|可以)?(?:从[\u4e00-\u9fff]{1,8})?赶?(?:回|返)/u;
/** "我6号才从深圳回来", "8号以后才能赶回": back only from a day on. */
const BACK_ONLY_ON = /(?:(\d{1,2})月)?(\d{1,2})[号日](?:[上下]午|晚上)?(?:以后|之后)?才(?:能|可以)?(?:从[\u4e00-\u9fff]{1,8})?赶?(?:回|返)/u;

/** Whether the member is back only after every waiting meeting's day: away for them all. */
export function backOnlyAfter(text: string, refs: NoticeRef[]): boolean {
  const said = withDigits(canonical(text));
  const meetings = refs.flatMap((ref) => datesOf(ref.time));
  if (meetings.length === 0) return false;
  // "我人在海南过冬 明年三月份才回来", "3月份才回来": back only in a later month, or next year.
  const inMonth = BACK_ONLY_IN.exec(said);
  if (inMonth) return inMonth[1] !== undefined || inMonth[2] === undefined || meetings.every((m) => m.month !== null && Number(inMonth[2]) > m.month);
  const back = BACK_ONLY_ON.exec(said);
  if (!back) return false;
  const month = back[1] ? Number(back[1]) : null;
  return meetings.every((m) => (month ?? m.month ?? 0) * 100 + Number(back[2]) > (m.month ?? 0) * 100 + m.day);
}

/** "10号上午我到" for an afternoon meeting: the one half of the day named is the other one. */
// Only where the half is said with the coming itself: "下午有个接待" beside a yes is a remark.
export function namesOtherHalf(text: string, meetingTime: string): boolean {
  const said = /([上下])午(?:我|本人)?(?:能|可以|会|准时)?(?:到|来|去|参加|过来)/u.exec(canonical(text))?.[1];
  const held = /([上下])午/u.exec(canonical(meetingTime))?.[1];
  return said !== undefined && held !== undefined && said !== held && !canonical(text).includes(`${held}午`);
}
