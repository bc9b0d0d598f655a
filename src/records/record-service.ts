import type { MemberStore } from '../members/member-store.ts';
import type { Member } from '../members/types.ts';
import type { NoticeStore } from '../notices/notice-store.ts';
import type { NoticeParticipation } from '../notices/types.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import type { Opinion } from '../opinions/types.ts';
import { chinaYear, within } from '../shared/china-periods.ts';
import {
  emptyMeetings,
  emptyOpinions,
  isAdopted,
  type MeetingItem,
  type MeetingOutcome,
  type MeetingTally,
  type MemberRecord,
  type OpinionTally,
  type RecordRow,
  type YearTable,
} from './types.ts';

/** The ports the record is counted from; nothing else is read. */
export interface RecordSources {
  members: Pick<MemberStore, 'get' | 'list'>;
  notices: Pick<NoticeStore, 'participation'>;
  opinions: Pick<OpinionStore, 'listByMember' | 'list'>;
}

/** The 委员履职档案 for one member or for the whole registry, per year (China time). */
export class RecordService {
  constructor(
    private readonly sources: RecordSources,
    private readonly now: () => Date,
  ) {}

  /** null when `memberId` is not in the registry. */
  async memberRecord(memberId: string, year: number): Promise<MemberRecord | null> {
    const member = await this.sources.members.get(memberId);
    if (!member) return null;
    const period = chinaYear(year);
    const asOf = this.now();
    const [participation, opinions] = await Promise.all([
      this.sources.notices.participation({ sentFrom: period.from, sentBefore: period.to, memberId }),
      this.sources.opinions.listByMember(memberId),
    ]);
    const own = opinions.filter((o) => within(o.createdAt, period));
    return {
      ...rowOf(member, year, participation, own, asOf),
      asOf,
      meetingItems: participation.map((p) => meetingItem(p, asOf)),
      opinionItems: own.map((o) => ({ number: o.number, title: o.fields.title, status: o.status, adopted: isAdopted(o.status), submittedAt: o.createdAt })),
    };
  }

  /** Every member of the registry (staff entries left out), in id order. */
  async yearTable(year: number): Promise<YearTable> {
    const period = chinaYear(year);
    const asOf = this.now();
    const [members, participation, opinions] = await Promise.all([
      this.sources.members.list(),
      this.sources.notices.participation({ sentFrom: period.from, sentBefore: period.to }),
      // Submissions since the year began, later ones dropped here: the port filters from a date only.
      this.sources.opinions.list({ since: period.from }),
    ]);
    const noticesOf = groupBy(participation, (p) => p.memberId);
    const opinionsOf = groupBy(
      opinions.filter((o) => within(o.createdAt, period)),
      (o) => o.memberId,
    );
    const rows = members
      .filter((m) => m.role === 'member')
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => rowOf(m, year, noticesOf.get(m.id) ?? [], opinionsOf.get(m.id) ?? [], asOf));
    return { year, asOf, rows, totals: totalsOf(rows) };
  }
}

function rowOf(member: Member, year: number, participation: NoticeParticipation[], opinions: Opinion[], asOf: Date): RecordRow {
  const meetings = emptyMeetings();
  for (const p of participation) {
    meetings.notified++;
    const outcome = outcomeOf(p, asOf);
    if (outcome === '参加') meetings.attended++;
    else if (outcome === '请假') meetings.excused++;
    else if (outcome === '未回复') meetings.noReply++;
    else if (outcome === '待回复') meetings.awaitingReply++;
    if (p.delivery === 'failed') meetings.deliveryFailed++;
    else if (p.delivery === 'unreachable') meetings.unreachable++;
  }
  const tally: OpinionTally = { submitted: opinions.length, adopted: opinions.filter((o) => isAdopted(o.status)).length };
  return { memberId: member.id, name: member.name, sector: member.sector, committee: member.committee, year, meetings, opinions: tally };
}

/**
 * A reply given counts even on a notice that asked for none (it cannot be given there today, but
 * the record should not hide one). Unanswered: 待回复 until the deadline, 未回复 after it.
 */
function outcomeOf(p: NoticeParticipation, asOf: Date): MeetingOutcome {
  if (p.answer) return p.answer;
  if (!p.needsReply) return '无需回执';
  return p.replyBy && p.replyBy <= asOf ? '未回复' : '待回复';
}

function meetingItem(p: NoticeParticipation, asOf: Date): MeetingItem {
  return { noticeId: p.noticeId, title: p.title, time: p.time, sentAt: p.sentAt, outcome: outcomeOf(p, asOf), delivery: p.delivery };
}

function totalsOf(rows: RecordRow[]): YearTable['totals'] {
  const meetings = emptyMeetings();
  const opinions = emptyOpinions();
  for (const row of rows) {
    for (const key of Object.keys(meetings) as (keyof MeetingTally)[]) meetings[key] += row.meetings[key];
    opinions.submitted += row.opinions.submitted;
    opinions.adopted += row.opinions.adopted;
  }
  return { meetings, opinions };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
