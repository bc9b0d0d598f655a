import { withoutMeetingsNotWaiting } from './meetings-not-waiting.ts';
import type { NoticeRef } from './notice-mentions.ts';
import { readReply, type ReplyReading } from './read-reply.ts';

/**
 * A bubble right after an answer that takes it back: sent by mistake, said wrong, or said before the
 * member was sure. With the answer put right in the same bubble, that answer replaces it.
 */

/** Said right after an answer: it was not meant for us. */
export const SENT_BY_MISTAKE = /发错(?:了|群|人)|不是(?:发给|回)(?:你|您)的|(?:这条|刚才(?:那个|那条|说的)?|前面(?:那个|那条)?)不算|回错了|点错了/u;

/** "不对，等我看看日程再说", "等下，我再查查": the answer just given is taken back until the member is sure. */
// ("等我看看日程再说", "我得先问问院长": the member must check first, so the answer is not settled yet.)
export const TAKEN_BACK = /^(?:哦|噢|啊|呃|哎|诶|欸)?[，,\s]*(?:不对|说错了|搞错了|弄错了|等等|等一下|等下|等会儿?|稍等|慢着|且慢|先别(?:登记|记)|等我(?:先)?(?:看看|看一下|问问|问一下|查查|查一下|确认|商量)|我(?:还)?得先?(?:看看|问问|问一下|查查|确认|商量))/u;

/**
 * "不好意思刚才回错了，常委会参加，这个协商会我请假，那天在深圳": the answer the bubble gives once the
 * mistake is owned, what it says of meetings not waiting set apart; null when it gives none.
 */
export function answerPutRight(text: string, open: NoticeRef[]): Extract<ReplyReading, { kind: 'attend' | 'leave' }> | null {
  const rest = text
    .split(/(?<=[，,。！!；;\s])/u)
    .filter((clause) => !SENT_BY_MISTAKE.test(clause))
    .join('');
  const own = withoutMeetingsNotWaiting(rest, open)?.rest ?? rest;
  const reading = readReply(own);
  return reading.kind === 'attend' || reading.kind === 'leave' ? reading : null;
}

/**
 * "不是出差 是去省里参加培训 刚才写错了", right after the reason "出差": the reason as put right, the
 * words taken back replaced by the ones given; null when the bubble puts no part of it right.
 */
export function reasonCorrected(text: string, reason: string): string | null {
  const said = text.trim().replace(/[，,\s]*(?:刚才|前面|上面)?(?:是)?(?:写|说|打|输)错了[。！!]*$/u, '');
  const match = /^(?:(?:不对|说错了|写错了|打错了|更正一下|更正)[，,：:\s]*)?(?:原因)?不是([^，,\s]{2,12}?)[，,\s]*(?:而)?是([^，,。！!？?]{2,30})[。！!]*$/u.exec(said);
  if (!match) return null;
  const [, wrong = '', right = ''] = match;
  return reason.includes(wrong) ? reason.replace(wrong, right) : null;
}
