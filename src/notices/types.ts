import type { Address } from '../conversation/outbound.ts';

/** 会议通知: what staff push, whom it reaches, and who answered. */

export const REPLY_ANSWERS = ['参加', '请假'] as const;
export type ReplyAnswer = (typeof REPLY_ANSWERS)[number];

export type NoticeStatus = '草稿' | '已发送' | '已取消';

/** Whom a notice is for; the union of every part. */
export interface NoticeTargets {
  allMembers: boolean;
  sectors: string[];
  committees: string[];
  /** Member ids or names as staff typed them; resolved when sending. */
  members: string[];
  /** Groups the notice is posted in (in addition to, or instead of, members privately). */
  groups: Address[];
}

export interface NoticeFields {
  title: string;
  /** 会议时间, as staff wrote it (e.g. 2026年12月5日上午9:00). */
  time: string;
  place: string;
  /** 参会范围, as staff wrote it. */
  scope: string;
  body: string;
  needsReply: boolean;
  /** 回执截止时间; null when no reply is needed. */
  replyBy: Date | null;
}

export interface Notice {
  id: number;
  fields: NoticeFields;
  targets: NoticeTargets;
  status: NoticeStatus;
  createdBy: string;
  createdAt: Date;
  sentBy: string | null;
  sentAt: Date | null;
}

/** A member the notice reaches, through one chat account. */
export interface Recipient {
  memberId: string;
  name: string;
  /** Where the member is reached privately; null when they have no bound chat account. */
  address: Address | null;
}

export interface NoticeReply {
  memberId: string;
  name: string;
  answer: ReplyAnswer;
  reason: string;
  at: Date;
}

export type DeliveryState = 'pending' | 'sent' | 'failed';

export interface Delivery {
  memberId: string | null;
  name: string;
  to: Address | null;
  state: DeliveryState;
  error: string;
  kind: DeliveryKind;
}

export type DeliveryKind = 'notice' | 'reminder' | 'change' | 'cancel';

/** The roll staff look at: who is coming, who is excused, who has not answered. */
export interface NoticeRoll {
  notice: Notice;
  attending: NoticeReply[];
  excused: NoticeReply[];
  unanswered: { memberId: string; name: string }[];
  deliveries: { sent: number; failed: number; pending: number; unreachable: number };
}

/**
 * What one sent notice came to for one recipient: the material of the 委员履职档案. `delivery` is
 * the notice message itself (reminders and changes aside): sent if any copy reached the member,
 * pending while one is still owed, failed when every copy failed, unreachable when the member had
 * no bound chat account at sending time.
 */
export interface NoticeParticipation {
  noticeId: number;
  title: string;
  /** 会议时间 as staff wrote it. */
  time: string;
  sentAt: Date;
  needsReply: boolean;
  replyBy: Date | null;
  memberId: string;
  name: string;
  answer: ReplyAnswer | null;
  delivery: DeliveryState | 'unreachable';
}
