import { readLeaveReason, type ReplyReading } from './read-reply.ts';
import { ATTEND, CONDITIONAL, canonical, cleanMessage } from './reply-vocabulary.ts';

/**
 * "5号上午我有门诊，下午的话可以" to a morning meeting: busy for the half of the day the meeting is in,
 * free only for the other half, is a leave. Read against the notice's time, which the reply alone
 * does not know.
 */

type HalfDay = '上午' | '下午';

/** The half of the day a notice's time names, or null when it names both or neither. */
function halfDayOf(time: string): HalfDay | null {
  const text = canonical(time);
  const morning = text.includes('上午');
  const afternoon = text.includes('下午');
  return morning === afternoon ? null : morning ? '上午' : '下午';
}

/** Free, or coming, in a half of the day: "下午的话可以", "下午才有空", "下午能过来". */
const freeIn = (half: HalfDay) => new RegExp(`${half}(?:的话)?(?:倒是|就|才|应该|我)*(?:可以|有空|有时间|空着|没事|行|能(?:来|到|去|过来|过去|参加))`, 'u');
/** The meeting in its half of the day kept: "上午的会没问题", "上午那个我参加". */
const keptIn = (half: HalfDay) => new RegExp(`${half}(?:的会|那个会|那个|的)?(?:倒是|就|应该|我)*(?:没问题|没事|可以|能来|能到|能去|参加|去|来)`, 'u');
/** Saying the half-day is free or the meeting is kept: no busy clause. */
const NOT_BUSY = /空|可以|没事|没(?:有)?(?:安排|事)|不耽误|赶得上|来得及/u;
const BUSY = /有|排|要|得|在|约|开|陪|送/u;
/** Leaving before the end or coming after the start: "中午就得走", "晚到半小时". */
const EARLY_OR_LATE = /(?:就得|得|要|必须|提前|早点|先)(?:走|离开|撤)|早退|晚到|迟到|晚点到/u;

/** The leave a reply means for a meeting at `time`, or null when the hours do not decide it. */
export function readAgainstHours(text: string, time: string): ReplyReading | null {
  const half = halfDayOf(time);
  if (!half) return null;
  const other: HalfDay = half === '上午' ? '下午' : '上午';
  const clauses = cleanMessage(text).text.split(/[，。！；？]/u).filter(Boolean);
  // "要是那天上午的庭开得完 下午就来": the other half busy only on a condition decides nothing
  // ("下午的话可以": 的话 there only names the half; "如果是上午的会就没问题" is a condition the notice meets).
  if (clauses.some((clause) => clause.includes(other) && CONDITIONAL.test(clause.replace(/的话/gu, '')))) return null;
  // "5号下午有事，上午的会没问题" to a morning meeting: busy only in the other half, coming.
  // ("上午来 中午就得走 下午院里有手术": leaving early is noted.)
  if (clauses.some((clause) => clause.includes(other) && BUSY.test(clause) && !NOT_BUSY.test(clause)) && clauses.some((clause) => keptIn(half).test(clause))) {
    return { kind: 'attend', remark: clauses.filter((clause) => EARLY_OR_LATE.test(clause)).join('，') };
  }
  // "那天下午我有课" to a morning meeting: busy only in the other half, nothing said of ours: asked.
  if (clauses.some((clause) => clause.includes(other) && BUSY.test(clause) && !NOT_BUSY.test(clause)) && !clauses.some((clause) => clause.includes(half) || ATTEND.test(clause))) {
    return { kind: 'unclear' };
  }
  const free = clauses.filter((clause) => freeIn(other).test(clause));
  const busy = clauses.filter((clause) => clause.includes(half) && !free.includes(clause) && BUSY.test(clause) && !NOT_BUSY.test(clause) && !ATTEND.test(clause));
  // A yes said in any other clause stands: "参加，不过下午可以早点走" is no leave.
  const yes = clauses.some((clause) => !free.includes(clause) && ATTEND.test(clause));
  if (!free.length || !busy.length || yes) return null;
  return { kind: 'leave', reason: readLeaveReason(clauses.filter((clause) => !free.includes(clause)).join('，')) ?? '' };
}
