import type { Notice } from '../types.ts';
import { WEEKDAY_INDEX } from '../../shared/china-periods.ts';
import { deadlineOf, weekdaysOf, yearWeekdaysOf } from './notice-calendar.ts';
import { canonical } from './reply-vocabulary.ts';

/** Where a message names one of several pending notices: by title words, place, date, weekday or order in the list. */

export type NoticeRef = { id: number; title: string; time: string; place: string; scope?: string; body?: string; replyBy?: Date | null };

/** What a message may name a notice by. */
export function noticeRef(n: Notice): NoticeRef {
  return { id: n.id, title: n.fields.title, time: n.fields.time, place: n.fields.place, scope: n.fields.scope, body: n.fields.body, replyBy: n.fields.replyBy };
}

/** A stretch of the message that names one notice. */
export interface Mention {
  id: number;
  start: number;
  end: number;
}

const TITLE_BOILERPLATE = /关于|召开|举办|举行|开展|组织|邀请|参加|出席|的通知|通知|会议|市政协|政协|[一二三四五六七八九十\d]+届|第[一二三四五六七八九十百\d]+次|[（(][^）)]*[）)]/gu;
// Floors stay: "机关四楼那个" tells two meetings in one building apart (four characters at least).
const PLACE_BOILERPLATE = /会议室|会议中心|报告厅|大厅|[一二三四五六七八九十\d]+号|市政协|政协|大楼|室/gu;
/** What members call a meeting for short. */
export const SHORT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/常务委员会/u, '常委会'],
  [/主席会议/u, '主席会'],
  [/全体会议/u, '全会|大会'],
];
/** Words any notice could be called by; naming them names none. */
const GENERIC = /^(?:会议?|开会|参加|请假|出席|委员|全体|我们|这个|那个|时间|地点|本次|这次|一下|会上|的会|市政|专题)$/u;
/** "5号的会" / "常委会那个": the words after a name belong to it. */
const NAME_TAIL = /^(?:的|那个|那场|这个|这场)?(?:会议|会)?/u;

const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 五 → 5, 十二 → 12, 二十五 → 25. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? (DIGIT[tens] ?? 0) : 1) * 10 : 0) + (ones ? (DIGIT[ones] ?? 0) : 0);
}

/** Chinese numerals before 月 / 日 / 号 as digits, so 五号 and 5号 read alike (lengths may change). */
export function withDigits(text: string): string {
  return (
    text
      .replace(/[一二两三四五六七八九十]{1,3}(?=[月日号])/gu, (n) => String(chineseNumber(n)))
      // "12.5参加 12/10请假": month and day written with a dot or a slash, before the answer or the meeting.
      .replace(/(?<![\d.．/／])(1[0-2]|0?[1-9])[.．/／]([1-9]|[12]\d|3[01])(?![\d/／])(?=[\s，]*(?:参加|请假|那个|那场|的|去|来|[\u4e00-\u9fff]{0,2}会))/gu, '$1月$2日')
  );
}

/** "8号到12号", "12月8日至12日": days from one to another. */
export const DAYS_SPANNED = /(?:(\d{1,2})月)?(\d{1,2})[号日]?(?:至|到|-|~|～)(?:(\d{1,2})月)?(\d{1,2})[号日]/gu;
const DATE = /(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号](?![楼线院厅室]|通知|会议室)/gu;
const ISO_DATE = /\d{4}[-/.](\d{1,2})[-/.](\d{1,2})/gu;
// "这周五的去": this week's is said with the weekday; "下周四" counts the weeks from today.
const WEEKDAY = /(这|本|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/gu;
const WEEKEND = /周末/gu;
/** "8号截止的那个", "8号前要回的": a date the replies are due by, not the meeting's. */
const DUE = /^(?:\d{1,2}[点:：]\d{0,2})?(?:之?前)?(?:截止|要回|回复|回执|报名)/u;
/** "要发言的那个会", "界别那个": the member points at a meeting by something its notice says. */
const POINTING = /^的?(?:那个|那场|这个|这场)/u;
/** "9点那个", "两点半的会": a meeting by its starting hour. */
const CLOCK = String.raw`(\d{1,2}|[一二两三四五六七八九十]{1,3})[点:：](半|\d{2})?`;
const HOUR = new RegExp(`${CLOCK}(?:钟)?(?=开?的?(?:那个|那场|这个|会))`, 'gu');
const LIST_NUMBER = /(?<=^|[，。；])(\d{1,9})(?=[，、。：)）]|[.．](?!\d))/gu;
// 头一个 / 后头那个: the same, said in dialect.
const ORDINAL = /第([一二三四五六七八九十\d]{1,2})个|([前上头])(?:一|面那|头那|那)个|[后下](?:一|面那|头那|边那)个|最后(?:一|那)个/gu;
/** "早的那个", "时间晚一点的那场": the earlier or later by date (早上 / 晚上 are halves of a day). */
const BY_DATE = /(?:(早|先开)|晚|后开)(?:一?[点些])?的(?=那个|那场|会)/gu;

/** The notice's first date as one number that sorts by month and day; unknown dates never sort. */
function dayOf(n: NoticeRef): number {
  const first = datesOf(n.time)[0];
  return first && first.month !== null ? first.month * 100 + first.day : Number.NaN;
}

export function datesOf(time: string): { month: number | null; day: number }[] {
  const text = withDigits(canonical(time));
  return [
    ...[...text.matchAll(DATE)].map((m) => ({ month: m[1] ? Number(m[1]) : null, day: Number(m[2]) })),
    ...[...text.matchAll(ISO_DATE)].map((m) => ({ month: Number(m[1]), day: Number(m[2]) })),
  ];
}

/**
 * Pieces of the text that occur in exactly one notice's words: three characters, or two right
 * before 会 / 的 / 那; a subject any other notice also says anywhere (营商环境 in one title and the
 * other's body) names neither. With `pointing`, only a piece the member points with (要发言的那个会).
 */
function wordMentions(text: string, words: { id: number; text: string }[], shortest: number, everything: { id: number; text: string }[], pointing = false): Mention[] {
  const found: Mention[] = [];
  for (let start = 0; start < text.length; ) {
    let hit: Mention | null = null;
    let shared = 0;
    for (let length = Math.min(12, text.length - start); length >= 2 && !hit && !shared; length--) {
      const piece = text.slice(start, start + length);
      const after = text.slice(start + length);
      const short = length < shortest && !/^(?:$|[会的那这，])/u.test(after.slice(0, 1));
      // ("要去省里参加招商会": a short word inside a longer one, 招商会, is not the 协商会's 商会.)
      const inside = length < shortest && /\p{Script=Han}/u.test(text.slice(start - 1, start)) && !/[的个那这和跟与及我请加去来到是]/u.test(text.slice(start - 1, start));
      // ("营商环境的那个会": a particle is no part of what names a notice.)
      if (short || inside || /[|，。！？；\s\d]|^的|的$/u.test(piece) || GENERIC.test(piece) || (pointing && !POINTING.test(after))) continue;
      const owners = words.filter((w) => w.text.includes(piece));
      const sayers = everything.filter((w) => w.text.includes(piece));
      if (owners.length !== 1 || !owners[0]) continue;
      // A subject (four characters or more) another notice says too names neither, nor do its parts;
      // a shorter word still names its owner ("协商那个会": the 协商会, though the other notice mentions 协商).
      if (length >= 4 && sayers.some((w) => w.id !== owners[0]!.id)) shared = length;
      else hit = { id: owners[0].id, start, end: start + length };
    }
    if (hit) found.push(hit);
    start = hit ? hit.end : start + Math.max(1, shared);
  }
  return found;
}

function titleWords(title: string): string {
  const text = canonical(title);
  const short = SHORT_NAMES.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  return [text, ...short].join('|').replace(TITLE_BOILERPLATE, '|');
}

/** "常委惠我惨加": the 常委会 as voice input or the pinyin keyboard mishears it (not 常委汇报 / 常委回复, words of their own). */
const MISHEARD_COUNCIL = /常委(?:[惠慧绘荟]|汇(?![报总集])|回(?![复来去家头应答]))(?=我|那|的|这|[，。！？\s]|$)/gu;

/** Every place the text names a notice, in order, without overlaps; positions are in `text` (numerals as digits). */
export function namedIn(raw: string, listed: NoticeRef[]): { text: string; mentions: Mention[] } {
  const text = withDigits(raw).replace(MISHEARD_COUNCIL, '常委会');
  // In the order they were sent, as the member was asked: "前一个" is the earlier one.
  const notices = [...listed].sort((a, b) => a.id - b.id);
  const everything = notices.map((n) => ({ id: n.id, text: canonical([n.title, n.place, n.scope ?? '', n.body ?? ''].join('|')) }));
  const mentions: Mention[] = [
    ...wordMentions(text, notices.map((n) => ({ id: n.id, text: titleWords(n.title) })), 3, everything),
    ...wordMentions(text, notices.map((n) => ({ id: n.id, text: canonical(n.place).replace(PLACE_BOILERPLATE, '|') })), 4, everything),
    ...wordMentions(text, notices.map((n) => ({ id: n.id, text: canonical([n.scope ?? '', n.body ?? ''].join('|')) })), 2, everything, true),
  ];
  const add = (match: RegExpMatchArray, matching: NoticeRef[]) => {
    if (matching.length === 1 && matching[0]) mentions.push({ id: matching[0].id, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  };
  // "8号到12号我在上海出差": the meetings held within the days said.
  const spans = [...text.matchAll(DAYS_SPANNED)];
  for (const m of spans) {
    const [from, to] = [Number(m[2]), Number(m[4])];
    const month = m[1] ? Number(m[1]) : null;
    if (from < to) add(m, notices.filter((n) => datesOf(n.time).some((d) => d.day >= from && d.day <= to && (month === null || d.month === null || d.month === month))));
  }
  for (const m of text.matchAll(DATE)) {
    if (spans.some((span) => (m.index ?? 0) >= (span.index ?? 0) && (m.index ?? 0) < (span.index ?? 0) + span[0].length)) continue;
    const month = m[1] ? Number(m[1]) : null;
    const day = Number(m[2]);
    if (DUE.test(text.slice((m.index ?? 0) + m[0].length))) {
      add(m, notices.filter((n) => { const due = deadlineOf(n); return due !== null && due.day === day && (month === null || due.month === month); }));
      continue;
    }
    const onThatDay = notices.filter((n) => datesOf(n.time).some((d) => d.day === day && (month === null || d.month === null || d.month === month)));
    // "13号请假" when no meeting is on the 13th: the notice numbered 13.
    add(m, onThatDay.length || month !== null ? onThatDay : notices.filter((n) => n.id === day));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    // "周三那个": the weekday written in the notice, or the one its date falls on.
    const said = (m[2] ?? '').replace('天', '日');
    const day = WEEKDAY_INDEX[said] ?? -1;
    const written = new RegExp(`(?:周|星期|礼拜)[${said}${said === '日' ? '天' : ''}]`, 'u');
    // "下周四", counted from today, is on the year's calendar too, should the notice's weekday be off by one.
    const counted = (n: NoticeRef) => m[1] !== undefined && yearWeekdaysOf(n).includes(day);
    add(m, notices.filter((n) => written.test(canonical(n.time)) || weekdaysOf(n, notices).includes(day) || counted(n)));
  }
  // "周末那个会": the one held on a Saturday or a Sunday.
  for (const m of text.matchAll(WEEKEND)) {
    add(m, notices.filter((n) => /(?:周|星期|礼拜)[六日天]/u.test(canonical(n.time)) || weekdaysOf(n, notices).some((day) => day === 0 || day === 6)));
  }
  // "下午那个会" names the afternoon meeting; "下午有课" rules it out — either way it is that one.
  const firstDayPart = mentions.length;
  for (const m of text.matchAll(/([上下])午/gu)) {
    // ("12月3号下午我在区里开会": the half of another day names no meeting.)
    // ("6号上午没事，我去": the month may go unsaid.)
    const dayBefore = /(?:(\d{1,2})月)?(\d{1,2})[号日]$/u.exec(text.slice(0, m.index));
    const onAnotherDay = dayBefore !== null && !notices.some((n) => datesOf(n.time).some((d) => d.day === Number(dayBefore[2]) && (dayBefore[1] === undefined || d.month === null || d.month === Number(dayBefore[1]))));
    if (!onAnotherDay) add(m, notices.filter((n) => canonical(n.time).includes(`${m[1]}午`)));
  }
  const byDayPart = new Set(mentions.slice(firstDayPart));
  for (const m of text.matchAll(HOUR)) {
    const { hour, minute } = clockOf(m);
    add(m, notices.filter((n) => hoursOf(n.time).some((t) => t.hour === hour && (minute === null || t.minute === minute))));
  }
  for (const m of text.matchAll(ORDINAL)) {
    const index = m[1] ? numberOf(m[1]) - 1 : m[2] ? 0 : notices.length - 1;
    add(m, notices.slice(index, index + 1));
  }
  // "早的那个我来，晚的那个请个假": the earlier or the later meeting by its date.
  const byDate = [...notices].sort((a, b) => dayOf(a) - dayOf(b));
  if (byDate.every((n) => Number.isFinite(dayOf(n)))) for (const m of text.matchAll(BY_DATE)) add(m, m[1] ? byDate.slice(0, 1) : byDate.slice(-1));
  // "1 参加，2 请假": a numbered list of answers, by notice number when every number is one, else by order.
  const numbered = [...text.matchAll(LIST_NUMBER)];
  const byId = numbered.every((m) => notices.some((n) => n.id === Number(m[1])));
  if (numbered.length > 1) for (const m of numbered) add(m, byId ? notices.filter((n) => n.id === Number(m[1])) : notices.slice(Number(m[1]) - 1, Number(m[1])));
  mentions.sort((a, b) => a.start - b.start);
  const near = mentions.length ? null : nearName(text, notices);
  if (near) mentions.push(near);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    // "协商会如果上午的活动能早点结束就去": a half-day in a clause naming another meeting is that clause's business.
    if (last && byDayPart.has(mention) && last.id !== mention.id && !/[，。！；？]/u.test(text.slice(last.end, mention.start))) continue;
    const end = mention.end + (NAME_TAIL.exec(text.slice(mention.end))?.[0].length ?? 0);
    kept.push({ ...mention, end });
  }
  // "周五那个我来，周三那个去不了": of two meetings, a second one pointed at in another clause is the other.
  const namedText = canonical(notices.find((n) => n.id === kept[0]?.id)?.title ?? '');
  const pointed = notices.length === 2 && new Set(kept.map((m) => m.id)).size === 1 ? unresolvedPointer(text, kept, namedText) : null;
  const first = kept[0];
  if (pointed && first) {
    const second = notices.find((n) => n.id !== first.id);
    if (second) kept.push({ id: second.id, ...pointed });
    kept.sort((a, b) => a.start - b.start);
  }
  // "常委会去，另一个不去了": of two meetings, "the other one" after one is named is the second.
  const other = /另(?:外)?(?:一)?(?:个|场)(?:会)?/u.exec(text);
  const named = kept.find((m) => other && m.end <= other.index);
  if (other && named && notices.length === 2 && !kept.some((m) => m.start >= other.index && m.start < other.index + other[0].length)) {
    const second = notices.find((n) => n.id !== named.id);
    if (second) kept.push({ id: second.id, start: other.index, end: other.index + other[0].length });
    kept.sort((a, b) => a.start - b.start);
  }
  return { text, mentions: kept };
}

/** A meeting's name opening a clause: "常务会议去不了", "那个营商座谈会我参加". */
const SAID_NAME = /(?<=^|[，。！；？])(?:那个|这个)?(\p{Script=Han}{2,5}?)(?:会议|会)/gu;
/** Characters every meeting's name may have: they tell no two apart. */
const ANY_NAME = /[会议的个那这次开大]/gu;

/**
 * "常务会议" for the 常委会: a name said wrong still points at the one notice whose title shares at
 * least half its characters, when no other title shares any.
 */
function nearName(text: string, notices: NoticeRef[]): Mention | null {
  for (const m of text.matchAll(SAID_NAME)) {
    const said = [...new Set((m[1] ?? '').replace(TITLE_BOILERPLATE, '').replace(ANY_NAME, ''))];
    if (!said.length) continue;
    const shared = notices.map((n) => ({ id: n.id, count: said.filter((c) => titleWords(n.title).replace(ANY_NAME, '').includes(c)).length }));
    const close = shared.filter((s) => s.count > 0);
    // "营商环境的会": a subject the other notice speaks of too (in its agenda) names neither.
    const subject = (m[1] ?? '').replace(/的$/u, '');
    const alsoElsewhere = close.length === 1 && notices.some((n) => n.id !== close[0]!.id && canonical([n.title, n.body ?? ''].join('|')).includes(subject));
    if (close.length === 1 && close[0] && close[0].count * 2 >= said.length && !alsoElsewhere) return { id: close[0].id, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** "周三那个" in a clause of its own that names no pending meeting: where it points, or null. */
function unresolvedPointer(text: string, kept: Mention[], namedText: string): { start: number; end: number } | null {
  for (const m of text.matchAll(/(?<=^|[，。！；])([^，。！；]{1,6}?)(?:那个|那场)(?:会)?/gu)) {
    // "营商环境那个专题会……下午有台手术": words of the named meeting's title point at it, not at the other.
    if ((m[1] ?? '').length >= 2 && namedText.includes(m[1] ?? '')) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const clauseEnd = text.slice(end).search(/[，。！；]/u);
    const clause = { start, end: clauseEnd < 0 ? text.length : end + clauseEnd };
    if (!kept.some((k) => k.start < clause.end && k.end > clause.start)) return { start, end };
  }
  return null;
}

/** Starting times in a notice's time ("上午9:00", "下午两点半"), on a 12-hour dial. */
function hoursOf(time: string): { hour: number; minute: number }[] {
  return [...canonical(time).matchAll(new RegExp(CLOCK, 'gu'))].map((m) => {
    const { hour, minute } = clockOf(m);
    return { hour, minute: minute ?? 0 };
  });
}

/** "9点", "两点半", "14:30" as an hour on a 12-hour dial and its minutes (null when not said). */
function clockOf(m: RegExpMatchArray): { hour: number; minute: number | null } {
  return { hour: numberOf(m[1]!) % 12, minute: m[2] === '半' ? 30 : m[2] ? Number(m[2]) : null };
}

function numberOf(text: string): number {
  return /\d/u.test(text) ? Number(text) : chineseNumber(text);
}

/** Bare numbers that could be notice numbers (not 5号, 3天, 9点). */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(\d{1,9})(?![\d天日号点个月年分小时周次人位岁：:])/gu)].map((m) => Number(m[1]));
}
