import { WEEKDAY_INDEX } from '../../shared/china-periods.ts';
import { datesOf, namedIn, SHORT_NAMES, withDigits, type NoticeRef } from './notice-mentions.ts';
import { weekdaysOf } from './notice-calendar.ts';
import { ATTEND, canonical, LEAVE, SAYS_AN_ANSWER, UNCERTAIN } from './reply-vocabulary.ts';

/**
 * "常委会我请假，在外地" from a member whose only waiting notice is the 协商会: an answer to a
 * meeting they have no notice for is not an answer to the one they have. Such clauses, and the
 * reason said after them, are set apart; the rest of the message is read as usual.
 */

/** What members call a kind of meeting. */
const MEETING_KIND = /常委会|常务委员会|协商会|座谈会|主席会议?|全会|全体会议|大会|例会|推进会|报告会|培训会|培训班|研讨班|学习班|学习会|见面会|调研会|论证会|听证会|通报会|笔会|茶话会|联谊会|年会|晚会|恳谈会/u;
/**
 * The meeting answered opens the clause, with at most its day: "5号的常委会我…", "常委会我请假".
 * Named later ("本人因参加自治区表彰大会", "单位那天开推进会") it is what the member is busy with.
 */
const OPENS_THE_CLAUSE = /^[\s，,]*(?:(?:\d{1,2}月)?\d{1,2}[号日]|[一二三四五六七八九十]{1,3}[号日]|这个|那个|这次|上次|下次|上周|下周|下个?月|上个?月|月底|年底|周[一二三四五六日天]|星期[一二三四五六日天]|上午|下午|晚上)*的?(?:\p{Script=Han}{0,3}|\p{Script=Han}{1,4}的)$/u;
/** Whether the message names a kind of meeting at all: only then is there anything to set apart. */
export function namesAMeeting(text: string): boolean {
  return MEETING_KIND.test(text);
}

/** The kind said, in the short form members use (常务委员会 → 常委会). */
function kindOf(words: string): string | undefined {
  const said = MEETING_KIND.exec(words)?.[0];
  return said === undefined ? undefined : (SHORT_NAMES.find(([long]) => long.test(said))?.[1].split('|')[0] ?? said);
}

/** Whether a notice's title names a meeting of this kind (全体会议 is both 全会 and 大会). */
function isOfKind(notice: NoticeRef, kind: string): boolean {
  return SHORT_NAMES.reduce((t, [long, short]) => t.replace(long, short), notice.title).includes(kind);
}

/** "……，这次两个会都来": the member turns to the meetings waiting. */
const BACK_TO_OURS = /这次|这回|这个会|两个|俩|都(?:来|去|参加|到)/u;

const answers = (clause: string) => SAYS_AN_ANSWER.test(clause) || ATTEND.test(clause) || LEAVE.test(clause);

/** The message without what it answers of meetings not waiting; null when it answers none. */
export function withoutMeetingsNotWaiting(text: string, open: NoticeRef[]): { rest: string } | null {
  if (open.length === 0 || !namesAMeeting(text)) return null;
  const clauses = text.split(/(?<=[，,。；;！!\n])/u);
  let aside = false;
  let any = false;
  const kept: string[] = [];
  for (const clause of clauses) {
    const kind = kindOf(clause);
    // A half of the day alone ("下午书画院的笔会") does not name one of ours.
    const named = namedIn(clause, open);
    const mentions = named.mentions.filter((m) => !/^[上下]午$/u.test(named.text.slice(m.start, m.end)));
    const ours = mentions.length > 0 || (kind !== undefined && open.some((n) => isOfKind(n, kind)));
    if (kind !== undefined && !ours) {
      const before = clause.slice(0, MEETING_KIND.exec(clause)?.index ?? 0);
      aside = OPENS_THE_CLAUSE.test(before) && answers(clause);
      // "……，麻烦帮我留个位子": a request about that meeting goes with it.
    } else if (ours || (answers(clause) && !/[帮给替]我/u.test(clause)) || BACK_TO_OURS.test(clause)) aside = false;
    if (aside) any = true;
    else kept.push(clause);
  }
  return any ? { rest: kept.join('').replace(/^[，,。；;！!\s]+/u, '').trim() } : null;
}

/** "10号的", "8号那个会": a meeting pointed at by its day. */
const DAY_POINTED = /(?:(\d{1,2})月)?(\d{1,2})[号日](?:的会|的那个|那个|那场|的)/u;

/** Whether the message points at a meeting by its day at all: only then is there anything to set apart. */
export function pointsAtADay(text: string): boolean {
  return DAY_POINTED.test(withDigits(canonical(text)));
}

/**
 * "5号的会我参加，10号的暂时不确定" with only the 5th's meeting waiting: what is answered, or left
 * open, of a meeting pointed at by a day no waiting meeting is on is set apart; null when nothing is.
 */
export function withoutDaysNotWaiting(text: string, open: NoticeRef[]): { rest: string } | null {
  const held = open.flatMap((ref) => datesOf(ref.time));
  if (held.length === 0) return null;
  const clauses = text.split(/(?<=[，,。；;！!\n])/u);
  const aside = clauses.map((clause) => {
    const day = DAY_POINTED.exec(withDigits(canonical(clause)));
    if (!day || !(answers(clause) || UNCERTAIN.test(canonical(clause)))) return false;
    const month = day[1] ? Number(day[1]) : null;
    return !held.some((d) => d.day === Number(day[2]) && (month === null || d.month === null || d.month === month));
  });
  if (!aside.includes(true)) return null;
  return { rest: clauses.filter((_, i) => !aside[i]).join('').replace(/^[，,。；;！!\s]+/u, '').trim() };
}

/** A weekday opening a clause: "周五没空", "星期六有空" (not 下周五, another week). */
const WEEKDAY_OPENS = /^\s*(?<![上下这本])(?:周|星期|礼拜)([一二三四五六日天])/u;

/**
 * "周五没空 周六有空" with the meeting on Saturday: of days set against each other, the one a
 * waiting meeting is on is the answer, the others are about those days; null unless both are said.
 */
export function withoutWeekdaysNotWaiting(text: string, open: NoticeRef[]): { rest: string } | null {
  const clauses = text.split(/(?<=[，,。；;！!\n\s])/u).filter((clause) => clause.trim() !== '');
  const held = new Set(open.flatMap((ref) => weekdaysOf(ref, open)));
  const days = clauses.map((clause) => WEEKDAY_OPENS.exec(canonical(clause))?.[1]);
  const says = (clause: string) => answers(clause) || /[有没]空/u.test(clause);
  const aside = days.map((day, i) => day !== undefined && !held.has(WEEKDAY_INDEX[day]!) && says(clauses[i]!));
  const ours = days.some((day, i) => day !== undefined && held.has(WEEKDAY_INDEX[day]!) && says(clauses[i]!));
  if (!ours || !aside.includes(true)) return null;
  return { rest: clauses.filter((_, i) => !aside[i]).join('').trim() };
}
