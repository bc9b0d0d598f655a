import { namedIn, numbersIn, type Mention, type NoticeRef } from './notice-mentions.ts';
import { readClean, UNCLEAR, type ReplyReading } from './read-reply.ts';
import { LEAVE_FROM_ANOTHER } from './other-business.ts';
import { canonical, cleanMessage, EXPLICIT_LEAVE, tidy } from './reply-vocabulary.ts';
import { RELAYED, WRITING_FOR } from './whose-answer.ts';

/**
 * A message when several notices wait for a reply: which one it names (by number, title words,
 * date, hour, place, what its notice says, or the notice it quotes), and the answers it gives
 * meeting by meeting.
 */

/** Words said of every meeting ("两个都参加", "都去不了"; not any 都: "发言稿都写了一半了"), plain enough to hold beside a named one. */
const EVERY_MEETING = /两个|俩|[两三四五几]场|全部|所有|都(?:会|要|能)?(?:参加|出席|去|来|到|请假)/u;
/** …and, with no meeting named, these as well ("三个会都来不了", "均", "都不"). */
const ALL_OF_THEM = new RegExp(`${EVERY_MEETING.source}|[两三四五几][个场]会|均|都不`, 'u');
/** What is left of "就第一个吧" once the meeting is named: choosing it. */
const CHOSEN = /^(?:那)?(?:就|只)，?(?:吧|呗)?$/u;
const WILL_NOT_DO = /^不行(?=$|[啊呀哦了，。！])/u;
// ("我5号、10号都在外地": the member before the first name joins too.)
const ONLY_JOINS = /^(?:我|本人)?[和与跟及、还有，\s]*$/u;

/** With several pending notices: the one the message (or the notice it quotes) names, by number, title words, date or order; null when none or several. */
export function pickNotice(text: string, notices: NoticeRef[], quoted = ''): number | null {
  const message = cleanMessage(text);
  const isPending = (id: number) => notices.some((notice) => notice.id === id);
  if (message.noticeId !== undefined) return isPending(message.noticeId) ? message.noticeId : null;
  const named = [...new Set(namedIn(message.text, notices).mentions.map((m) => m.id))];
  if (named.length) return named.length === 1 ? (named[0] ?? null) : null;
  // A quote-reply to one notice answers that notice.
  const inQuote = quoted ? [...new Set(namedIn(canonical(quoted), notices).mentions.map((m) => m.id))] : [];
  if (inQuote.length === 1) return inQuote[0] ?? null;
  const numbers = [...new Set(numbersIn(message.text))].filter(isPending);
  return numbers.length === 1 ? (numbers[0] ?? null) : null;
}

/** The one notice the message names, and the message without the naming words; null when it names none or several. */
export function namedAndRest(text: string, notices: NoticeRef[]): { noticeId: number; rest: string } | null {
  const { text: body, mentions } = namedIn(cleanMessage(text).text, notices);
  const ids = new Set(mentions.map((m) => m.id));
  const [noticeId] = [...ids];
  if (ids.size !== 1 || noticeId === undefined) return null;
  return { noticeId, rest: tidy(mentions.reduce((t, m) => t.split(body.slice(m.start, m.end)).join('，'), body)) };
}

/** "五号的去": the one notice the message names, and what the rest of it says; null when it names none or several. */
export function readNamedReply(text: string, notices: NoticeRef[]): { noticeId: number; reading: ReplyReading } | null {
  const named = namedAndRest(text, notices);
  const reading = named ? readClean({ text: named.rest, acked: false }) : null;
  return named && (reading?.kind === 'attend' || reading?.kind === 'leave') ? { noticeId: named.noticeId, reading } : null;
}

/** "常委会我参加，协商会去不了在外地": one reading per named notice; null when the message is one reply. */
export function splitPerNotice(text: string, notices: NoticeRef[]): { noticeId: number; reading: ReplyReading }[] | null {
  if (notices.length < 2) return null;
  // "…，协商会参加。请假原因：出差广州": a labelled reason goes to the meeting asked leave for.
  const cleaned = cleanMessage(text.replace(YES_AFTER_A_NAME, '可以，')).text;
  const labelled = LABELLED_REASON.exec(cleaned);
  const { text: body, mentions } = namedIn(labelled ? cleaned.slice(0, labelled.index) : cleaned, notices);
  // "10号的常委会": a date of one notice and the name of another said as one meeting cannot be told apart.
  if (mentions.some((m, i) => { const next = mentions[i + 1]; return next !== undefined && next.id !== m.id && /^的?$/u.test(body.slice(m.end, next.start)); })) return null;
  if (new Set(mentions.map((m) => m.id)).size < 2) return allOfThem(body, mentions, notices);
  // A new part starts where another notice is named: after the last pause before it, else at the name itself.
  const parts: { id: number; text: string }[] = [];
  let from = 0;
  mentions.forEach((mention, i) => {
    const previous = mentions[i - 1];
    if (!previous || previous.id === mention.id) return;
    const pause = Math.max(...[...body.slice(previous.end, mention.start).matchAll(/[，。！；？]/gu)].map((m) => previous.end + (m.index ?? 0) + 1), -1);
    const cut = pause > 0 ? pause : mention.start;
    parts.push({ id: previous.id, text: body.slice(from, cut) });
    from = cut;
  });
  parts.push({ id: mentions[mentions.length - 1]?.id ?? 0, text: body.slice(from) });
  const words = (part: string) => mentions.reduce((t, m) => t.split(body.slice(m.start, m.end)).join(''), part);
  const byNotice = new Map<number, string[]>();
  parts.forEach((part, i) => {
    const own = words(part.text);
    // "常委会和协商会都参加": a part that only joins names shares the answer that follows.
    const said = ONLY_JOINS.test(own) ? words(parts.slice(i + 1).find((next) => !ONLY_JOINS.test(words(next.text)))?.text ?? '') : own;
    byNotice.set(part.id, [...(byNotice.get(part.id) ?? []), said]);
  });
  // "我是陈委员的秘书，…10号那个他在外地考察": written for the member, 他 is the member.
  const forOwner = WRITING_FOR.test(body) || RELAYED.test(body);
  const readings = [...byNotice].map(([noticeId, said]) => {
    const joined = said.join('，');
    const message = cleanMessage(tidy(forOwner ? joined.replace(/(?<=^|[，。])(?:他|她)(?=在|要|得|有|去|那天|当天)/gu, '') : joined));
    // "常委会得行，协商会搞不赢", "就第一个吧": a bare yes or a choice beside a named meeting accepts that one.
    // "5号上午那个可以", "前面常委会照常": the half of the day, the order and 那个 point at the meeting named; 可以 accepts it.
    const plain = message.text.replace(/^(?:[前后](?:面|头|边))?(?:[上下]午|晚上)?的?(?:那个|那场|这个|那次)?(?:会)?/u, '');
    const accepts = (!message.text && message.acked) || CHOSEN.test(message.text) || /^(?:可以|行|没问题|能去|能来|没事|照常|照旧|照样)(?:的|哈|啊)?$/u.test(plain);
    // "星期三的不行": the meeting named will not do.
    const reading = accepts ? { kind: 'attend' as const, remark: '' } : readClean({ ...message, text: message.text.replace(WILL_NOT_DO, '去不了') });
    return { noticeId, said: message.text, reading: reading.kind === 'none' ? UNCLEAR : reading };
  });
  // "只能参加一个，我去常委会，另一个那天要接待外地客商": the one not attended is missed, for what is said of it.
  const attended = readings.filter(({ reading }) => reading.kind === 'attend');
  return readings.map(({ noticeId, said, reading }) => {
    if (labelled?.[1] && reading.kind === 'leave' && !reading.reason) return { noticeId, reading: { kind: 'leave' as const, reason: labelled[1].trim() } };
    if (!ONLY_ONE.test(body) || attended.length !== 1 || reading.kind === 'attend' || reading.kind === 'leave') return { noticeId, reading };
    const missed = readClean({ text: tidy(`请假，${said}`), acked: false });
    return { noticeId, reading: missed.kind === 'leave' ? missed : ({ kind: 'leave', reason: '' } as const) };
  });
}

/**
 * "5号👌 10号去不了😭": a yes sign right after a meeting named accepts that one, as a sad face does not
 * ("✅常委会 ✅协商会": a mark followed by the next name is that one's).
 */
const YES_AFTER_A_NAME = /(?<=[号会])\s*(?:👌|👍|✅|🆗|✔|☑|💪)[\u{1F3FB}-\u{1F3FF}\ufe0f]*(?=\s|$|[，。！,.!])/gu;

/** "只能去一个，常委会吧": the one named is attended, the others asked leave for. */
const ONLY_ONE = /只(?:能|可以)(?:去|来|参加|出席)(?:其中)?(?:一个|一场|一个会)/u;

const LABELLED_REASON = /[，。；;\s]*(?:请假)?(?:原因|理由|事由)[：:]\s*([^。！；\n]+)[。！]?\s*$/u;
const OTHER_ONE = /^(?:另一个|另外一个|另一场|另外那个|其他的|别的)(?:会)?/u;

/** "两个都参加，常委会可能晚到一刻钟": one answer for every meeting, a named one with its own note. */
function allOfThem(body: string, mentions: Mention[], notices: NoticeRef[]): { noticeId: number; reading: ReplyReading }[] | null {
  const chosen = new Set(mentions.map((m) => m.id));
  if (ONLY_ONE.test(body) && chosen.size === 1) {
    // "…，另一个那天要接待外地客商": what is said of the other one is why it is missed.
    const other = body.split(/[，。！；]/u).filter((clause) => OTHER_ONE.test(clause));
    const said = other.length ? readClean({ text: tidy(`请假，${other.map((clause) => clause.replace(OTHER_ONE, '')).join('，')}`), acked: false }) : null;
    const reason = said?.kind === 'leave' ? said.reason : '';
    return [...notices].sort((a, b) => a.id - b.id).map((n) => ({ noticeId: n.id, reading: chosen.has(n.id) ? { kind: 'attend' as const, remark: '' } : { kind: 'leave' as const, reason } }));
  }
  // Beside a named meeting, only words that plainly mean every one ("常委会我都准备好了" does not).
  if (!(mentions.length ? EVERY_MEETING : ALL_OF_THEM).test(body)) return null;
  const clauses = body.split(/[，。！；]/u).filter(Boolean);
  const namesOne = (clause: string) => mentions.some((m) => clause.includes(body.slice(m.start, m.end)));
  const general = readClean({ text: tidy(clauses.filter((c) => !namesOne(c)).join('，')), acked: false });
  if (general.kind !== 'attend' && general.kind !== 'leave') return null;
  const named = mentions[0];
  const said = named ? tidy(clauses.filter(namesOne).map((c) => c.replace(body.slice(named.start, named.end), '')).join('，')) : '';
  // "两个都来，协商会我准备讲讲融资难的事": what is said of one meeting beside the yes to all is its note.
  const own = [readClean({ text: said, acked: false }), readClean({ text: tidy(`参加，${said}`), acked: false })].find(
    (reading, i) => (reading.kind === 'attend' || reading.kind === 'leave') && (i === 0 || (general.kind === 'attend' && reading.kind === 'attend' && reading.remark)),
  );
  // "两个会都去不了，……这周五也要提前过去报到": said beside "neither", a day's errand is why, never a yes to that one.
  // "民建这边10号下午也有个活动 我跟他们请假了 …两个我都参加": the other engagement was given up for ours.
  const givenUp = general.kind === 'attend' && own?.kind === 'leave' && body.search(LEAVE_FROM_ANOTHER) >= 0 && !EXPLICIT_LEAVE.test(said);
  const overrides = own && !(general.kind === 'leave' && own.kind === 'attend') && !givenUp;
  return [...notices].sort((a, b) => a.id - b.id).map((n) => ({ noticeId: n.id, reading: said && overrides && n.id === named?.id ? own : general }));
}
