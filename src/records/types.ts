import type { OpinionStatus } from '../opinions/types.ts';

/**
 * 委员履职档案: what a member did in a year, counted from the notices that reached them and the
 * 社情民意 they submitted. A notice belongs to the year (China time) it was sent in, a submission to
 * the year it was submitted in (the year of its SQMY number), whatever happened to it later.
 */

/**
 * The statuses that count as 采用. In committee practice a report is adopted when the office takes
 * it up: compiled into the 社情民意 bulletin (已编报), adopted as such (已采用) or forwarded to the
 * departments concerned (已转有关部门). 已办结 is reachable only from those three (see `canMove` in
 * opinions/types.ts), so a concluded report was adopted first. 已提交 and 已受理 are still open;
 * 不予采用 is the refusal.
 */
export const ADOPTED_STATUSES: readonly OpinionStatus[] = ['已编报', '已采用', '已转有关部门', '已办结'];

export function isAdopted(status: OpinionStatus): boolean {
  return ADOPTED_STATUSES.includes(status);
}

export interface MeetingTally {
  /** Sent notices that named the member (cancelled ones do not count). */
  notified: number;
  /** Replied 参加. */
  attended: number;
  /** Replied 请假. */
  excused: number;
  /** A reply was asked for and the deadline passed without one. */
  noReply: number;
  /** A reply is asked for and the deadline is still ahead. */
  awaitingReply: number;
  /** Every copy of the notice failed to send. */
  deliveryFailed: number;
  /** The member had no bound chat account when the notice was sent. */
  unreachable: number;
}

export interface OpinionTally {
  submitted: number;
  /** Of those submitted in the year, how many are adopted now (ADOPTED_STATUSES). */
  adopted: number;
}

/** One line of the year table. */
export interface RecordRow {
  memberId: string;
  name: string;
  sector: string;
  committee: string;
  year: number;
  meetings: MeetingTally;
  opinions: OpinionTally;
}

export type MeetingOutcome = '参加' | '请假' | '未回复' | '待回复' | '无需回执';

export interface MeetingItem {
  noticeId: number;
  title: string;
  /** 会议时间 as staff wrote it. */
  time: string;
  sentAt: Date;
  outcome: MeetingOutcome;
  delivery: 'sent' | 'pending' | 'failed' | 'unreachable';
}

export interface OpinionItem {
  number: string;
  title: string;
  status: OpinionStatus;
  adopted: boolean;
  submittedAt: Date;
}

/** One member's year, with the notices and submissions behind the counts. */
export interface MemberRecord extends RecordRow {
  /** When it was counted: replies still awaited depend on it. */
  asOf: Date;
  meetingItems: MeetingItem[];
  opinionItems: OpinionItem[];
}

/** Every registry member (not staff) for a year, in member id order, with the column totals. */
export interface YearTable {
  year: number;
  asOf: Date;
  rows: RecordRow[];
  totals: { meetings: MeetingTally; opinions: OpinionTally };
}

export const emptyMeetings = (): MeetingTally => ({ notified: 0, attended: 0, excused: 0, noReply: 0, awaitingReply: 0, deliveryFailed: 0, unreachable: 0 });
export const emptyOpinions = (): OpinionTally => ({ submitted: 0, adopted: 0 });
