import type { Address } from '../conversation/outbound.ts';
import type { Choice } from '../conversation/types.ts';
import type { Delivery, DeliveryKind, Notice, NoticeFields, NoticeParticipation, NoticeReply, NoticeTargets, Recipient, ReplyAnswer } from './types.ts';

/** A message to queue for one recipient or group as part of a notice's fan-out. */
export interface NoticeMessage {
  to: Address;
  memberId: string | null;
  text: string;
  choices?: Choice[];
}

/** The notices port; the SQLite store implements it, a PostgreSQL one could. */
export interface NoticeStore {
  create(request: { fields: NoticeFields; targets: NoticeTargets; by: string; now: Date }): Promise<Notice>;
  get(id: number): Promise<Notice | null>;
  list(): Promise<Notice[]>;

  /**
   * Records the recipients, queues one message per reachable recipient and per group, and arms the
   * reminders — all in one transaction, and only from 草稿, so a notice goes out once.
   */
  send(request: { id: number; by: string; now: Date; recipients: Recipient[]; messages: NoticeMessage[]; remindAt: Date[] }): Promise<Notice>;

  /** Replaces the fields and queues `messages` (built for everyone the notice reached). */
  change(request: { id: number; fields: NoticeFields; by: string; now: Date; messages: NoticeMessage[] }): Promise<Notice>;
  /** Marks it cancelled, drops deliveries not yet made, queues `messages`. */
  cancel(request: { id: number; by: string; now: Date; messages: NoticeMessage[] }): Promise<Notice>;

  recipients(id: number): Promise<Recipient[]>;
  /** Recipients and groups the notice itself was delivered to (what change/cancel must tell). */
  reached(id: number): Promise<{ memberId: string | null; to: Address }[]>;

  /** false when the member is not a recipient or the deadline has passed. Replaces an earlier reply. */
  reply(request: { id: number; memberId: string; answer: ReplyAnswer; reason: string; now: Date }): Promise<boolean>;
  /** Takes a reply back ("发错了"): false when there is none or the deadline has passed. */
  withdraw(request: { id: number; memberId: string; now: Date }): Promise<boolean>;
  replies(id: number): Promise<NoticeReply[]>;
  /** Sent notices needing a reply whose deadline is ahead, that reached this member: newest first. */
  openFor(memberId: string, now: Date): Promise<Notice[]>;
  /** The member's recipient entries by account, to find them from a chat. */
  memberIdsFor(address: Address): Promise<string[]>;

  /**
   * Claims every reminder due at `now` (each exactly once, across restarts and processes) and
   * queues, for each, the message `render` returns to every recipient who has not answered.
   * A reminder whose deadline has passed is claimed and dropped.
   */
  fireDueReminders(now: Date, render: (notice: Notice) => { text: string; choices?: Choice[] }): Promise<{ noticeId: number; queued: number }[]>;

  /**
   * Staff remind now (the workbench's 提醒未回复): queues `render`'s message to every reachable
   * recipient who has not answered, as a due reminder does; the scheduled reminders stay armed.
   * Throws `not_sent` unless the notice is sent, needs a reply and its deadline is ahead.
   */
  remindNow(request: { id: number; now: Date; render: (notice: Notice) => { text: string; choices?: Choice[] } }): Promise<number>;

  /** Every notice's recipients, replies and failed deliveries counted, for a list of notices. */
  tallies(): Promise<Map<number, NoticeTally>>;

  deliveries(id: number): Promise<Delivery[]>;

  /**
   * Every recipient of every notice sent (not cancelled, not a draft) within `sentFrom` (inclusive)
   * to `sentBefore` (exclusive), one entry per notice and member, optionally for one member only;
   * ordered by sending time, then notice, then member id.
   */
  participation(query: { sentFrom: Date; sentBefore: Date; memberId?: string }): Promise<NoticeParticipation[]>;
}

/** One notice in figures: recipients, 参加, 请假, and notice messages given up as undeliverable. */
export interface NoticeTally {
  recipients: number;
  attending: number;
  excused: number;
  failed: number;
}

export class NoticeStoreError extends Error {
  constructor(
    readonly code: 'not_found' | 'not_draft' | 'not_sent',
    message: string,
  ) {
    super(message);
    this.name = 'NoticeStoreError';
  }
}

export type { DeliveryKind };
