import type { DialogStarts } from '../../conversation/dialog/dialog.ts';
import type { Feature, InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { Identity, MemberDirectory } from '../../members/directory.ts';
import type { NoticeService } from '../notice-service.ts';
import type { Notice } from '../types.ts';
import { noticeRef } from './notice-mentions.ts';
import { saysAWeek, weeksAsDays } from './notice-calendar.ts';
import { readAgainstHours } from './meeting-hours.ts';
import { answerAboutNotice, readLeaveReason, readReply, UNCLEAR, type ReplyReading } from './read-reply.ts';
import { backOnlyAfter, namesAnotherDay, namesAnotherWeekday, namesOtherHalf } from './another-day.ts';
import { ATTEND, cleanMessage, SAYS_AN_ANSWER } from './reply-vocabulary.ts';
import { namesAMeeting, pointsAtADay, withoutDaysNotWaiting, withoutWeekdaysNotWaiting, withoutMeetingsNotWaiting } from './meetings-not-waiting.ts';
import { couldBeTheOwner, relayedFrom } from './whose-answer.ts';
import { pickNotice, readNamedReply, splitPerNotice } from './several-notices.ts';
import { NOTICE_REPLY_DIALOG, recordReading, type ReplyStart } from './reply-dialog.ts';
import { pastedNotice, quotesTheNotice } from './notice-words.ts';

export interface NoticeReplyOptions {
  service: NoticeService;
  dialogs: DialogStarts<Identity>;
  directory: MemberDirectory;
  now: () => Date;
  log: Logger;
}

/** About the member or their family, not a report about the city: 我…, 我爱人…, 家里…. */
// "10号学校期末教研": what the meeting's day holds for the member, the day said first.
// "常委会那天我要去北京开会": the meeting's day named before the member.
const CIRCUMSTANCE = /^(?:[^，。！？]{0,8}[，,])?(?:(?:常委会|协商会|座谈会|那个会|这个会|开会)?(?:那天|那两天|那几天|当天)?)(?:我|本人|家里|我家|我爱人|爱人|老伴|孩子|我妈|我爸|父亲|母亲)|^(?:\d{1,2}月)?\d{1,2}[号日](?:[上下]午|那天|当天)?(?![^，。！？]*[？?吗])/u;

const NOTHING_OPEN = '目前没有需要您回复的会议通知。';
const IN_PRIVATE = '会议回执请在与我的私聊中回复，群里的“参加”“请假”不作为回执登记。';

/**
 * Replies to meeting notices read in context: when a member has a notice waiting, everyday words
 * for 参加 and 请假 are recorded, an acknowledgement gets one short question, a question about the
 * meeting is answered from the notice itself.
 */
// (Pastimes too: "晚上的羽毛球我去不了了" is about the game, not a meeting.)
const EVENT_KINDS = '调研|活动|培训|学习|讲座|考察|视察|羽毛球|乒乓球|篮球|足球|球赛|球局|球|钓鱼|麻将|电影|酒席|婚宴|生日宴|饭局|聚餐|聚会|酒局|喜酒|同学会|牌局|笔会|书画会|联谊会|茶话会|年会|读书会|音乐会|演出';
// ("今天下午书画院的笔会我参加": going to another kind of event is no answer to ours either; "周三的调研活动" is one too.)
const ANOTHER_KIND = new RegExp(
  `(?:的(?:那个|那场|那次)?|那个|那场|那次)(${EVENT_KINDS})(?:活动|会)?(?:我|我们)?(?:就|也)?(?:去不了|不去了?|参加不了|来不了|请假了?|参加|去)|(?:去不了|不去|参加不了|来不了)的(?:那个|那场|那次)?(${EVENT_KINDS})`,
  'u',
);

export class NoticeReplyFeature implements Feature {
  readonly name = 'notice-replies';

  constructor(private readonly options: NoticeReplyOptions) {}

  async handle(received: InboundMessage): Promise<Reply[] | null> {
    if (received.suspicious) return null;
    const unpasted = received.isGroup ? null : await this.withoutPastedNotice(received);
    if (unpasted && 'replies' in unpasted) return unpasted.replies;
    const dated = received.isGroup ? received : await this.withWeeksAsDays(unpasted?.message ?? received);
    const narrowed = dated.isGroup ? null : await this.aboutWaitingMeetings(dated);
    if (narrowed && 'replies' in narrowed) return narrowed.replies;
    const message = narrowed?.message ?? dated;
    const relayed = message.isGroup ? null : await this.fromSomeoneElse(message);
    if (relayed) return relayed;
    let reading = await this.awayPastTheMeetings(message, await this.byTheHours(message, readReply(message.text)));
    if (reading.kind === 'none') return message.isGroup ? null : this.noSingleAnswer(message);
    const explicit = (reading.kind === 'attend' || reading.kind === 'leave') && /^(?:参加|请假)/.test(message.text.trim());
    if (message.isGroup) return explicit ? [{ text: IN_PRIVATE, mention: [message.senderId] }] : null;
    const { service, now } = this.options;
    const from = { channel: message.channel, chatId: message.senderId, isGroup: false };
    const { open } = await service.openFor(from, now());
    if (open.length === 0) return explicit && message.text.trim().length <= 30 ? [{ text: NOTHING_OPEN }] : null;
    // "请提前15分钟到场，着正装。": the notice's own words, quoted back, answer nothing.
    if (open.some((notice) => quotesTheNotice(message.text, notice.fields))) return null;
    // "下周三的调研去不了": staying away from an event of a kind no waiting notice is about is no answer to them.
    const kind = ANOTHER_KIND.exec(message.text);
    const event = kind?.[1] ?? kind?.[2];
    // ("上周的调研我请假了，这次肯定到", "…那个笔会我不去了，常委会照常": ours is answered beside it.)
    const rest = message.text.replace(kind?.[0] ?? '', '');
    if (kind && event && !open.some((n) => n.fields.title.includes(event)) && !SAYS_AN_ANSWER.test(rest) && !ATTEND.test(rest)) return null;
    // "6号可以参加", "明天我们去村里调研": said of a day no waiting meeting is on. An answer in so
    // many words is asked about; an absence only implied is not ours at all.
    // ("我6号才回来": the day they are back on tells of the meeting's day too.)
    if ((reading.kind === 'attend' || reading.kind === 'leave') && namesAnotherDay(message.text, open.map(noticeRef), now()) && !backOnlyAfter(message.text, open.map(noticeRef))) {
      if (!SAYS_AN_ANSWER.test(message.text)) return null;
      reading = UNCLEAR;
    }
    if ((reading.kind === 'attend' || reading.kind === 'leave') && SAYS_AN_ANSWER.test(message.text) && namesAnotherWeekday(message.text, open.map(noticeRef))) reading = UNCLEAR;

    const me = await this.options.directory.identify(message);
    const active = await this.options.dialogs.engaged(me);
    // A follow-up of a reply in progress is that dialog's to read; an acknowledgement or a question
    // while another dialog is open belongs to that dialog.
    if (active?.kind === NOTICE_REPLY_DIALOG) return null;
    if (active && (reading.kind === 'unclear' || reading.kind === 'question')) return null;

    const chosen = reading.noticeId !== undefined ? open.find((n) => n.id === reading.noticeId) : open.length === 1 ? open[0] : undefined;
    if (reading.noticeId !== undefined && !chosen) return [{ text: '这个通知已经截止回复，或不需要回执。如有特殊情况，请直接联系市政协办公室。' }];
    // "两个都参加，常委会可能晚到": every meeting answered, though one is named.
    if (!chosen && open.length > 1 && reading.kind !== 'question') {
      const every = await this.recordPerNotice(message, open, open.length);
      if (every) return every;
    }
    const picked = chosen ?? this.pick(message, open);
    if (reading.kind === 'attend' && picked && namesOtherHalf(message.text, picked.fields.time)) reading = UNCLEAR;
    if (reading.kind === 'question') {
      const about = picked ? [picked] : open;
      return [{ text: about.map((n) => `${about.length > 1 ? `【${n.fields.title}】` : ''}${answerAboutNotice(reading.topic, n.fields, message.text)}`).join('\n') }];
    }
    // "常委会参加；协商会看情况": each named meeting gets its own answer, an unsure one none yet.
    if (!picked) {
      const replies = await this.recordPerNotice(message, open);
      if (replies) return replies;
    }
    if (active) {
      // Recorded without a follow-up question: the member's other dialog keeps its place.
      if (!picked || (reading.kind !== 'attend' && reading.kind !== 'leave')) return null;
      return (await recordReading(service, from, reading, picked.id, now())).replies;
    }
    // An unsure message is kept: the next bubble may finish it ("我是赵委员的秘书", "赵委员这边确认参加").
    const start: ReplyStart = { reading, noticeIds: picked ? [picked.id] : open.map((n) => n.id), ...(reading.kind === 'unclear' && { said: message.text }) };
    return this.options.dialogs.start(NOTICE_REPLY_DIALOG, message, me, start);
  }

  /**
   * "老李托我跟你们说一声，他5号请假" on another member's account: the answer of whoever is named,
   * unless the registry shows that is the account's owner, is theirs to give; nothing is recorded.
   */
  private async fromSomeoneElse(message: InboundMessage): Promise<Reply[] | null> {
    const named = relayedFrom(message.text);
    if (!named) return null;
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    if (open.length === 0) return null;
    const me = await this.options.directory.identify(message);
    if (couldBeTheOwner(named, me.profile.name) || (await this.options.dialogs.engaged(me))) return null;
    return [{ text: `收到。${named}的回执请由本人回复，或直接告知市政协办公室，这里不替${named}登记。如果是您本人的回执，请直接回复“参加”或“请假”。` }];
  }

  /** "常委会我请假" with only the 协商会 waiting: what is said of a meeting not waiting is set apart. */
  private async aboutWaitingMeetings(message: InboundMessage): Promise<{ replies: Reply[] } | { message: InboundMessage } | null> {
    if (!namesAMeeting(message.text) && !pointsAtADay(message.text) && !/(?:周|星期|礼拜)[一二三四五六日天]/u.test(message.text)) return null;
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    const refs = open.map(noticeRef);
    const narrowed = withoutMeetingsNotWaiting(message.text, refs) ?? withoutDaysNotWaiting(message.text, refs) ?? withoutWeekdaysNotWaiting(message.text, refs);
    if (!narrowed) return null;
    if (narrowed.rest !== '') return { message: { ...message, text: narrowed.rest } };
    if (await this.options.dialogs.engaged(await this.options.directory.identify(message))) return null;
    const titles = open.map((n) => `《${n.fields.title}》`).join('、');
    return { replies: [{ text: `您目前需要回复的会议通知是${titles}，没有您说的这个会议，未作登记。如果说的就是这个会，请回复“参加”或“请假”；如有疑问请联系市政协办公室。` }] };
  }

  /**
   * A waiting notice pasted back ("关于召开……的通知 / 时间：…… / 地点：……"): its words answer nothing.
   * What the member wrote beside it answers that notice, as a quote-reply would; with nothing
   * beside it, 参加 or 请假 is asked.
   */
  private async withoutPastedNotice(message: InboundMessage): Promise<{ replies: Reply[] | null } | { message: InboundMessage } | null> {
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    const pasted = pastedNotice(message.text, open.map((n) => ({ ...n.fields, id: n.id })));
    if (pasted === null) return null;
    if (pasted.own !== '') return { message: { ...message, text: pasted.own, quoted: pasted.notice.title } };
    const me = await this.options.directory.identify(message);
    if (await this.options.dialogs.engaged(me)) return { replies: null };
    const start: ReplyStart = { reading: UNCLEAR, noticeIds: [pasted.notice.id] };
    return { replies: await this.options.dialogs.start(NOTICE_REPLY_DIALOG, message, me, start) };
  }

  /** "我6号才从深圳回来" to a meeting on the 5th: back only after every waiting meeting's day is a leave, the trip its reason. */
  private async awayPastTheMeetings(message: InboundMessage, reading: ReplyReading & { noticeId?: number }): Promise<ReplyReading & { noticeId?: number }> {
    if (message.isGroup || reading.kind === 'question' || reading.kind === 'leave' || SAYS_AN_ANSWER.test(message.text)) return reading;
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    if (open.length !== 1 || !backOnlyAfter(message.text, open.map(noticeRef))) return reading;
    // ("12月7号才能赶回来" reads as coming back in time; the whole of it is the reason.)
    return { kind: 'leave', reason: readLeaveReason(message.text) ?? cleanMessage(message.text).text };
  }

  /** "5号上午我有门诊，下午的话可以": read against the hours of the one notice it answers, busy then is a leave. */
  private async byTheHours(message: InboundMessage, reading: ReplyReading & { noticeId?: number }): Promise<ReplyReading & { noticeId?: number }> {
    // Short, naming a half of the day, and outside any other dialog: a story told to another feature keeps its own hours.
    if (message.isGroup || reading.kind === 'question' || Array.from(message.text).length > 40 || !/[上下]午/u.test(message.text)) return reading;
    if (await this.options.dialogs.engaged(await this.options.directory.identify(message))) return reading;
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    const notice = reading.noticeId !== undefined ? open.find((n) => n.id === reading.noticeId) : open.length === 1 ? open[0] : undefined;
    const hours = notice ? readAgainstHours(message.text, notice.fields.time) : null;
    // A leave stands unless the hours show it is from the other half of the day.
    if (reading.kind === 'leave' && hours?.kind !== 'attend' && hours?.kind !== 'unclear') return reading;
    // "两点半赶不上，估计三点多到，上午有个现场会": coming late, said in so many words, is an answer about our half.
    if (reading.kind === 'attend' && reading.remark !== '' && hours?.kind === 'unclear') return reading;
    return hours ? { ...hours, ...(reading.noticeId === undefined ? {} : { noticeId: reading.noticeId }) } : reading;
  }

  /**
   * A message that reads as no single answer, outside any other dialog (that dialog's, then): it may
   * still answer several meetings by name, tell the member's circumstance on a meeting's day
   * ("我爱人预产期就是12月5号前后", kept while 参加 or 请假 is asked so that a leave has its reason), or
   * send a notice back ("转发：关于召开……的通知"), which is asked about the same way.
   */
  private async noSingleAnswer(message: InboundMessage): Promise<Reply[] | null> {
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    if (open.length === 0) return null;
    const me = await this.options.directory.identify(message);
    if (await this.options.dialogs.engaged(me)) return null;
    const several = open.length > 1 ? await this.recordPerNotice(message, open) : null;
    if (several) return several;
    const forwarded = open.find((n) => message.text.includes(n.fields.title));
    const about = CIRCUMSTANCE.test(message.text) && Array.from(message.text.trim()).length <= 50;
    const id = forwarded?.id ?? (about ? pickNotice(message.text, open.map(noticeRef)) : null);
    // "家里老人住院了，这几天都在医院陪护" with two meetings waiting: held for whichever is answered next.
    // ("我那两天在省委党校轮训" with one meeting waiting: held for it, when said of the meeting's day.)
    const ofTheDay = open.length > 1 || /那天|那两天|那几天|当天|届时|\d{1,2}[号日]|周[一二三四五六日]|星期/u.test(message.text);
    const ids = id === null && about && ofTheDay ? open.map((n) => n.id) : id === null || id === undefined ? [] : [id];
    if (ids.length === 0) return null;
    const start: ReplyStart = { reading: { kind: 'unclear' }, noticeIds: ids, ...(!forwarded && { said: message.text }) };
    return this.options.dialogs.start(NOTICE_REPLY_DIALOG, message, me, start);
  }

  /** Records the answers a message gives meeting by meeting; null when it gives fewer than `least`. */
  private async recordPerNotice(message: InboundMessage, open: Notice[], least = 1): Promise<Reply[] | null> {
    const refs = open.map(noticeRef);
    const split = splitPerNotice(message.text, refs);
    // "五号的去": one meeting named, and the rest of the message the answer to it.
    const one = !split && least <= 1 ? readNamedReply(message.text, refs) : null;
    const parts = split ?? (one ? [one] : null);
    const answered = parts?.filter((part) => part.reading.kind === 'attend' || part.reading.kind === 'leave') ?? [];
    if (answered.length === 0 || answered.length < least) return null;
    // "都去不成", "❌5号 ✅10号" with no reason yet: recorded, and the reason asked for once.
    // (Inside another dialog they are only recorded: that dialog keeps its place.)
    const first = answered[0]?.reading;
    if (first && answered.length > 1 && answered.some(({ reading }) => reading.kind === 'leave' && !reading.reason)) {
      const me = await this.options.directory.identify(message);
      if (!(await this.options.dialogs.engaged(me))) {
        const start: ReplyStart = { reading: first, noticeIds: answered.map((part) => part.noticeId), answered };
        return this.options.dialogs.start(NOTICE_REPLY_DIALOG, message, me, start);
      }
    }
    const from = { channel: message.channel, chatId: message.senderId, isGroup: false };
    const replies: Reply[] = [];
    for (const { reading, noticeId } of answered) {
      if (reading.kind === 'attend' || reading.kind === 'leave') replies.push(...(await recordReading(this.options.service, from, reading, noticeId, this.options.now())).replies);
    }
    return replies;
  }

  /** "这周的", "下周那个会": the week, counted from today, as the day of the waiting meeting held in it. */
  private async withWeeksAsDays(message: InboundMessage): Promise<InboundMessage> {
    if (!saysAWeek(message.text)) return message;
    const { open } = await this.options.service.openFor({ channel: message.channel, chatId: message.senderId, isGroup: false }, this.options.now());
    const text = weeksAsDays(message.text, open.map(noticeRef), this.options.now());
    return text === message.text ? message : { ...message, text };
  }

  private pick(message: InboundMessage, open: Notice[]): Notice | undefined {
    const id = pickNotice(message.text, open.map(noticeRef), message.quoted);
    return id === null ? undefined : open.find((n) => n.id === id);
  }
}
