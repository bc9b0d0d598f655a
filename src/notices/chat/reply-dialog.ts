import { readYesNo } from '../../shared/yes-no.ts';
import type { Dialog, DialogTurn, StepOutcome } from '../../conversation/dialog/dialog.ts';
import type { Address } from '../../conversation/outbound.ts';
import type { Reply } from '../../conversation/types.ts';
import { formatChinaDateTime } from '../../china-time.ts';
import type { Identity } from '../../members/directory.ts';
import type { NoticeService } from '../notice-service.ts';
import type { Notice } from '../types.ts';
import { noticeRef } from './notice-mentions.ts';
import { readLeaveReason, readReply, type ReplyReading } from './read-reply.ts';
import { namedAndRest, pickNotice, splitPerNotice } from './several-notices.ts';
import { answerPutRight, reasonCorrected, SENT_BY_MISTAKE, TAKEN_BACK } from './put-right.ts';

export const NOTICE_REPLY_DIALOG = 'notice-reply';

export interface ReplyStart {
  reading: ReplyReading;
  /** The one notice meant, or every open one when the member did not say which. */
  noticeIds: number[];
  /**
   * A message said before the answer: read together with an unsure next one ("我是赵委员的秘书" /
   * "赵委员这边确认参加"), and the reason if the answer is a leave without one ("我爱人预产期就是5号前后").
   */
  said?: string;
  /** "❌5号 ✅10号": each meeting's answer, read from one message; recorded, and a missing reason asked for once. */
  answered?: { noticeId: number; reading: ReplyReading }[];
}

type Answerable = Extract<ReplyReading, { kind: 'attend' | 'leave' }>;

const ASK_REASON = '请问请假的原因是什么？直接回复原因即可（不便说明请回复“不说明”）。';
const ATTEND_OR_LEAVE: Reply['choices'] = [
  { label: '参加', value: '参加' },
  { label: '请假', value: '请假' },
];

/** Records one reading for one notice and says what was recorded. */
export async function recordReading(service: NoticeService, from: Address, reading: Answerable, noticeId: number, now: Date): Promise<{ replies: Reply[]; needsReason: boolean }> {
  const answer = reading.kind === 'attend' ? '参加' : '请假';
  const said = reading.kind === 'attend' ? reading.remark : reading.reason;
  // "请假" said again after the reason was given keeps that reason.
  const earlier = answer === '请假' && !said ? await service.answerOf(from, noticeId) : null;
  const note = said || (earlier?.answer === '请假' ? earlier.reason : '');
  const outcome = await service.reply(from, answer, note, now, noticeId);
  if (!outcome.ok) return { replies: [{ text: '这个通知已经截止回复，或不需要回执。如有特殊情况，请直接联系市政协办公室。' }], needsReason: false };
  const { fields } = outcome.notice;
  const until = fields.replyBy ? `${formatChinaDateTime(fields.replyBy)} 前` : '截止前';
  const recorded = note ? `${answer}（${note}）` : answer;
  return { replies: [{ text: `已登记：${recorded}“${fields.title}”（${fields.time}，${fields.place}）。${until}可重新回复更改。` }], needsReason: answer === '请假' && !note };
}

function isAnswer(reading: ReplyReading): reading is Answerable {
  return reading.kind === 'attend' || reading.kind === 'leave';
}

/**
 * The short follow-ups of a notice reply: which meeting, 参加 or 请假, the reason for a leave. A
 * light dialog: anything that is not an answer ends it and goes on as an ordinary message.
 */
export class NoticeReplyDialog implements Dialog<Identity> {
  readonly kind = NOTICE_REPLY_DIALOG;
  readonly label = '会议回执';
  readonly light = true;
  readonly ttlMs = 2 * 3600_000;

  constructor(private readonly service: NoticeService) {}

  async begin({ message, now }: DialogTurn<Identity>, start: unknown): Promise<StepOutcome> {
    const { reading, noticeIds, said, answered } = start as ReplyStart;
    if (answered) return this.settleEach(answered, address(message), now);
    const outcome = await this.settle(reading, noticeIds, address(message), now);
    return said && 'next' in outcome ? { ...outcome, next: { ...outcome.next, data: { ...outcome.next.data, said } } } : outcome;
  }

  /** One answer for every notice; a leave without a reason asks for it once. */
  private async settleEvery(reading: Answerable, noticeIds: number[], from: Address, now: Date): Promise<StepOutcome> {
    const replies: Reply[] = [];
    let needsReason = false;
    for (const noticeId of noticeIds) {
      const recorded = await recordReading(this.service, from, reading, noticeId, now);
      replies.push(...recorded.replies);
      needsReason ||= recorded.needsReason;
    }
    if (!needsReason) return recorded(replies, noticeIds, reading.kind, now);
    return { replies: [...replies, { text: ASK_REASON }], next: { step: 'reason', data: { noticeIds } } };
  }

  /** Each meeting its own answer; the leaves said without a reason share the one question why. */
  private async settleEach(answered: { noticeId: number; reading: ReplyReading }[], from: Address, now: Date): Promise<StepOutcome> {
    const replies: Reply[] = [];
    const withoutReason: number[] = [];
    for (const { reading, noticeId } of answered) {
      if (!isAnswer(reading)) continue;
      const recorded = await recordReading(this.service, from, reading, noticeId, now);
      replies.push(...recorded.replies);
      if (recorded.needsReason) withoutReason.push(noticeId);
    }
    if (withoutReason.length === 0) return { replies, done: true };
    return { replies: [...replies, { text: ASK_REASON }], next: { step: 'reason', data: { noticeIds: withoutReason } } };
  }

  async step({ message, session, now }: DialogTurn<Identity>): Promise<StepOutcome> {
    const noticeIds = (session.data.noticeIds as number[] | undefined) ?? [];
    const from = address(message);
    if (session.step === 'reason') {
      // "搞反了，是常委会参加，协商会请假": answers to the meetings said anew are a reply of their own.
      const open = (await this.service.openFor(from, now)).open;
      const anew = open.length > 1 ? (splitPerNotice(message.text, open.map(noticeRef)) ?? []).filter((part) => isAnswer(part.reading)) : [];
      if (anew.length > 1) return { replies: [], done: true, passOn: true };
      const reason = readLeaveReason(message.text);
      if (reason === null) return { replies: [], done: true, passOn: true };
      const noted = /^(?:不说明|不便说明|不方便说|不说了|没什么)$/.test(reason.replace(/[\s\p{P}]/gu, '')) ? '' : reason;
      if (!noted) return { replies: [{ text: '好的，已按请假登记。' }], done: true };
      // The reason said once is the reason for every meeting the leave was for.
      const replies: Reply[] = [];
      for (const noticeId of noticeIds) replies.push(...(await recordReading(this.service, from, { kind: 'leave', reason: noted }, noticeId, now)).replies);
      return recorded(replies, noticeIds, 'leave', now);
    }
    if (session.step === 'recorded') return this.followUp(message.text, session.data, from, now);
    if (session.step === 'which') {
      const open = (await this.service.openFor(from, now)).open.filter((n) => noticeIds.includes(n.id));
      const id = pickNotice(message.text, open.map(noticeRef));
      const reading = session.data.reading as ReplyReading;
      // "两个都请，这个月都在党校学习": the same answer for every meeting asked about.
      if (id === null && isAnswer(reading) && /两个|[俩都]|全部|所有/u.test(message.text)) {
        // ("两个都请" itself is no reason: asked for once, it then stands for both.)
        const said = message.text.replace(/(?:两个|俩|全部|所有)(?:会)?(?:都)?(?:请|请假|参加|去)?(?:吧|了)?/u, '');
        const reason = reading.kind === 'leave' ? (readLeaveReason(said) ?? reading.reason) : '';
        const both: Answerable = reading.kind === 'leave' ? { kind: 'leave', reason } : reading;
        return this.settleEvery(both, noticeIds, from, now);
      }
      // "不对，记错日子了，常委会我能去，是协商会去不了": each meeting answered by name.
      const each = id === null ? await this.perNotice(message.text, noticeIds, from, now) : null;
      if (each) return { replies: each, done: true };
      if (id === null) {
        const again = readReply(message.text);
        return isAnswer(again) ? this.settle(again, noticeIds, from, now) : { replies: [], done: true, passOn: true };
      }
      return this.settle(isAnswer(reading) ? withTheRest(reading, message.text, open) : reading, [id], from, now);
    }
    const earlier = typeof session.data.said === 'string' ? session.data.said : '';
    const alone = readReply(message.text);
    // ("我是委员家属，他手机在我这儿" then "他……骨折了，常委会来不了": read together, whose answer it is shows.)
    const bare = alone.kind === 'leave' && !alone.reason;
    const together = (!isAnswer(alone) || bare) && earlier ? readReply(`${earlier}，${message.text}`) : alone;
    const reading = isAnswer(together) ? together : alone;
    // "对", "嗯" to "参加还是请假？": which of the two is still not said; asked once more, plainly.
    if (session.step === 'attend-or-leave' && (alone.kind === 'unclear' || readYesNo(message.text) === 'yes') && Array.from(message.text.trim()).length <= 6) {
      return { replies: [{ text: '请直接选择“参加”或“请假”。', choices: ATTEND_OR_LEAVE }], next: { step: 'attend-or-leave', data: session.data } };
    }
    if (!isAnswer(reading)) return { replies: [], done: true, passOn: true };
    // "陈局长两个会都参加": with several meetings asked about, an answer meeting by meeting is recorded so.
    const parts = noticeIds.length > 1 ? await this.perNotice(message.text, noticeIds, from, now) : null;
    if (parts) return { replies: parts, done: true };
    // "家里老人住院了" held with two meetings waiting, then "10号那个协商会就请假吧": that one.
    const open = (await this.service.openFor(from, now)).open;
    const waiting = noticeIds.length > 1 ? open.filter((n) => noticeIds.includes(n.id)) : [];
    const named = waiting.length > 1 ? pickNotice(message.text, waiting.map(noticeRef)) : null;
    // "5号上午那个可以" held, then "10号下午那个……请假": a bubble naming another waiting meeting answers that one.
    const another = open.length > 1 ? pickNotice(message.text, open.map(noticeRef)) : null;
    const ids = another !== null && !noticeIds.includes(another) ? [another] : named === null ? noticeIds : [named];
    // "我爱人预产期就是5号前后", then "常委会我就请个假吧": what was said first is the reason.
    const reason = reading.kind === 'leave' && !reading.reason && earlier ? readLeaveReason(earlier) : null;
    if (reason) return this.settle({ kind: 'leave', reason }, ids, from, now);
    return this.settle(reading, ids, from, now);
  }

  /** Records the answers a message gives to every meeting asked about, by name or all at once; null when it does not. */
  private async perNotice(text: string, noticeIds: number[], from: Address, now: Date): Promise<Reply[] | null> {
    const open = (await this.service.openFor(from, now)).open.filter((n) => noticeIds.includes(n.id));
    const answered = (splitPerNotice(text, open.map(noticeRef)) ?? []).filter((part) => isAnswer(part.reading));
    // One meeting named, or a leave still without its reason, goes the usual way (which one, why).
    if (answered.length < 2 || answered.some(({ reading }) => reading.kind === 'leave' && !reading.reason)) return null;
    const replies: Reply[] = [];
    for (const { reading, noticeId } of answered) if (isAnswer(reading)) replies.push(...(await recordReading(this.service, from, reading, noticeId, now)).replies);
    return replies;
  }

  /**
   * A bubble right after an answer: a new answer replaces it ("跟同事换了班，可以参加了"); more of the
   * reason or a note beside a yes is added to what was recorded; anything else is not for us.
   */
  private async followUp(text: string, data: Record<string, unknown>, from: Address, now: Date): Promise<StepOutcome> {
    const noticeIds = (data.noticeIds as number[] | undefined) ?? [];
    const late = now.getTime() - Date.parse(String(data.at ?? '')) > FOLLOW_UP_MS;
    if (late || noticeIds.length !== 1 || Array.from(text.trim()).length > 60) return { replies: [], done: true, passOn: true };
    const noticeId = noticeIds[0] ?? 0;
    // "协商会也参加", "两个会都能来": about another meeting, or every one, it is a reply of its own.
    // ("第二个请假": an ordinal counts among every meeting waiting, the one just answered too.)
    const open = (await this.service.openFor(from, now)).open;
    const others = open.filter((n) => n.id !== noticeId);
    const picked = open.length > 1 ? pickNotice(text, open.map(noticeRef)) : null;
    // "另外一个也请假吧 那时候还没回来": the one other meeting waiting, answered in the next bubble.
    const otherOne = OTHER_MEETING.test(text) && others.length === 1 ? readReply(text.replace(OTHER_MEETING, '')) : undefined;
    if (otherOne && isAnswer(otherOne)) return this.settle(otherOne, [others[0]!.id], from, now);
    const namesAnother = (picked !== null && picked !== noticeId) || (others.length > 0 && pickNotice(text, others.map(noticeRef)) !== null);
    if (/两个|俩|[两三几]场|都/u.test(text) || namesAnother) return { replies: [], done: true, passOn: true };
    // "不好意思刚才回错了，……这个协商会我请假": the answer put right replaces it.
    const putRight = SENT_BY_MISTAKE.test(text) ? answerPutRight(text, open.map(noticeRef)) : null;
    if (putRight) return this.settle(putRight, noticeIds, from, now);
    // "不好意思发错了，这是发给所里群的": the answer just recorded is taken back.
    if (SENT_BY_MISTAKE.test(text) && (await this.service.withdraw(from, noticeId, now))) {
      const notice = (await this.service.openFor(from, now)).open.find((n) => n.id === noticeId);
      return { replies: [{ text: `好的，刚才的回执已撤销${notice ? `，“${notice.fields.title}”仍待您回复参加或请假` : ''}。` }], done: true };
    }
    const earlier = await this.service.answerOf(from, noticeId);
    // "出差", then "不是出差 是去省里参加培训 刚才写错了": the reason put right in the member's words.
    const reasonPutRight = data.kind === 'leave' && earlier?.reason ? reasonCorrected(text, earlier.reason) : null;
    if (reasonPutRight) return this.settle({ kind: 'leave', reason: reasonPutRight }, noticeIds, from, now);
    const reading = readReply(text);
    // "不对，等我看看日程再说": the answer just given is taken back until the member is sure.
    if (reading.kind === 'unclear' && TAKEN_BACK.test(text.trim()) && (await this.service.withdraw(from, noticeId, now))) {
      return { replies: [{ text: '好的，刚才的回执已撤销。请问您是参加还是请假？', choices: ATTEND_OR_LEAVE }], next: { step: 'attend-or-leave', data: { noticeIds } } };
    }
    // "嗓子发炎发烧了", then "38度5，在社区医院挂水": more of the same reason.
    if (reading.kind === 'leave' && data.kind === 'leave' && earlier?.reason && reading.reason && !earlier.reason.includes(reading.reason)) {
      return this.settle({ kind: 'leave', reason: `${earlier.reason}，${reading.reason}` }, noticeIds, from, now);
    }
    // "我可能要晚一点", then "三点前肯定到": the yes said again with the hour says more of the same note.
    if (reading.kind === 'attend' && data.kind === 'attend' && earlier?.reason) {
      const more = reading.remark || (AN_HOUR.test(text) ? text.trim().replace(/[。！!]+$/u, '') : '');
      return this.settle({ kind: 'attend', remark: more && !earlier.reason.includes(more) ? `${earlier.reason}，${more}` : earlier.reason }, noticeIds, from, now);
    }
    if (isAnswer(reading)) return this.settle(reading, noticeIds, from, now);
    if (reading.kind === 'question' || reading.kind === 'unclear') return { replies: [], done: true, passOn: true };
    const added = data.kind === 'leave' ? readLeaveReason(text) : noteOf(readReply(`参加，${text}`));
    if (!earlier || !added) return { replies: [], done: true, passOn: true };
    const said = [earlier.reason, added].filter(Boolean).join('，');
    const more: Answerable = data.kind === 'leave' ? { kind: 'leave', reason: said } : { kind: 'attend', remark: said };
    return this.settle(more, noticeIds, from, now);
  }

  prompt(): Reply[] {
    return [];
  }

  async preview(): Promise<Reply[]> {
    return [];
  }

  isAside(): boolean {
    return false;
  }

  cancelled(): string {
    return '好的。';
  }

  expired(): string {
    return '';
  }

  private async settle(reading: ReplyReading, noticeIds: number[], from: Address, now: Date): Promise<StepOutcome> {
    if (!isAnswer(reading)) {
      return { replies: [{ text: '请问您是参加还是请假？', choices: ATTEND_OR_LEAVE }], next: { step: 'attend-or-leave', data: { noticeIds } } };
    }
    if (noticeIds.length > 1) {
      const open = (await this.service.openFor(from, now)).open.filter((n) => noticeIds.includes(n.id));
      return { replies: [whichNotice(open, reading)], next: { step: 'which', data: { noticeIds, reading } } };
    }
    const { replies, needsReason } = await recordReading(this.service, from, reading, noticeIds[0] ?? 0, now);
    if (!needsReason) return recorded(replies, noticeIds, reading.kind, now);
    return { replies: [...replies, { text: ASK_REASON }], next: { step: 'reason', data: { noticeIds } } };
  }
}

/** "另外一个", "另一个会", "剩下那个": the other meeting, when only one other is waiting. */
const OTHER_MEETING = /^(?:那)?(?:另外一个|另一个|另外那个|剩下那个|剩下的那个|另一场|另外一场)(?:会)?(?:的话)?[，,\s]*/u;

const AN_HOUR = /(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点/u;

/** How long after an answer a bubble that only adds to it ("对了，我可能九点过几分才到") is read as part of it. */
const FOLLOW_UP_MS = 15 * 60_000;

/** Recorded: the next bubbles, for a short while, may add a note or a reason, or change the answer. */
function recorded(replies: Reply[], noticeIds: number[], kind: Answerable['kind'], now: Date): StepOutcome {
  return { replies, next: { step: 'recorded', data: { noticeIds, kind, at: now.toISOString() } } };
}

function whichNotice(open: Notice[], reading: Answerable): Reply {
  const answer = reading.kind === 'attend' ? '参加' : '请假';
  // In the order they were sent, as "前一个" / "第二个" are read.
  const sorted = [...open].sort((a, b) => a.id - b.id);
  return {
    text: [`您有 ${open.length} 个待回复的会议通知，请问是${answer}哪一个？`, ...sorted.map((n) => `· ${n.id} ${n.fields.title}（${n.fields.time}）`)].join('\n'),
    choices: sorted.map((n) => ({ label: `${n.id} ${n.fields.title}`.slice(0, 30), value: String(n.id) })),
  };
}

/** "是10号的协商会，那天要去区里检查": the bubble saying which meeting may carry the reason or the note too. */
function withTheRest(reading: Answerable, text: string, open: Notice[]): Answerable {
  const rest = namedAndRest(text, open.map(noticeRef))?.rest;
  if (!rest) return reading;
  const earlier = reading.kind === 'leave' ? reading.reason : reading.remark;
  const added = reading.kind === 'leave' ? readLeaveReason(rest) : noteOf(readReply(`参加，${rest}`));
  if (!added || earlier.includes(added)) return reading;
  const said = [earlier, added].filter(Boolean).join('，');
  return reading.kind === 'leave' ? { kind: 'leave', reason: said } : { kind: 'attend', remark: said };
}

function noteOf(reading: ReplyReading): string | null {
  return reading.kind === 'attend' && reading.remark ? reading.remark : null;
}

function address(message: { channel: string; senderId: string }): Address {
  return { channel: message.channel, chatId: message.senderId, isGroup: false };
}
