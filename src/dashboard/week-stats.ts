import type { QuestionLog } from '../answering/question-log.ts';
import type { Outbox } from '../conversation/outbound.ts';
import type { NoticeStore } from '../notices/notice-store.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import { OPINION_CATEGORIES, OPINION_STATUSES, type OpinionCategory, type OpinionStatus } from '../opinions/types.ts';
import { chinaWeek, dayIndex, dayLabels, periodLabel, within, type Period } from '../shared/china-periods.ts';
import type { StorageStatus } from '../storage/sqlite-status.ts';

/** The ports the dashboard reads; it writes nothing. */
export interface DashboardSources {
  questions: Pick<QuestionLog, 'list'>;
  opinions: Pick<OpinionStore, 'list'>;
  notices: Pick<NoticeStore, 'list' | 'recipients' | 'replies'>;
  status: Pick<StorageStatus, 'outboxBacklog'>;
  outbox: Pick<Outbox, 'pending'>;
}

export interface OpenNotice {
  id: number;
  title: string;
  /** 会议时间 as staff wrote it. */
  time: string;
  replyBy: Date | null;
  recipients: number;
  replied: number;
  /** Recipients who have not answered yet. */
  awaiting: number;
}

export interface ChannelBacklog {
  channel: string;
  /** Waiting, backing off or being sent now. */
  pending: number;
  /** Given up, since the database began (not only this week). */
  failed: number;
  /** When the oldest message still owed was queued; null when none is. */
  oldestPendingAt: Date | null;
}

/**
 * The office's week at a glance, as plain data: series are aligned with `week.days` (Monday
 * first), counts by status and category list every status and category in their usual order, so
 * a chart shows a zero rather than leaving a bar out. Dates are Date objects; JSON turns them into
 * ISO text.
 */
export interface WeekDashboard {
  week: { from: Date; to: Date; label: string; days: string[] };
  questions: {
    asked: number;
    /** Answered from the knowledge base or with a staff answer. */
    answered: number;
    declined: number;
    perDay: { asked: number[]; declined: number[] };
  };
  opinions: {
    submitted: number;
    /** Of this week's submissions, by their status now. */
    byStatus: { status: OpinionStatus; count: number }[];
    byCategory: { category: OpinionCategory; count: number }[];
    perDay: number[];
  };
  notices: { open: OpenNotice[]; awaiting: number };
  outbox: { channels: ChannelBacklog[]; pending: number; failed: number };
  generatedAt: Date;
}

/**
 * This week's figures (China time) for the workbench's home page. `weekOf` picks another week
 * (any moment in it); notices awaiting replies and the outbox are as they are now, whatever week.
 */
export async function weekDashboard(sources: DashboardSources, now: Date, weekOf: Date = now): Promise<WeekDashboard> {
  const week = chinaWeek(weekOf);
  const [questions, opinions, notices, outbox] = await Promise.all([
    questionFigures(sources, week),
    opinionFigures(sources, week),
    openNotices(sources, now),
    backlog(sources),
  ]);
  return {
    week: { from: week.from, to: week.to, label: periodLabel(week), days: dayLabels(week) },
    questions,
    opinions,
    notices: { open: notices, awaiting: notices.reduce((sum, n) => sum + n.awaiting, 0) },
    outbox: { channels: outbox, pending: outbox.reduce((sum, c) => sum + c.pending, 0), failed: outbox.reduce((sum, c) => sum + c.failed, 0) },
    generatedAt: now,
  };
}

async function questionFigures(sources: DashboardSources, week: Period): Promise<WeekDashboard['questions']> {
  // The log filters from a date only; a later week's questions are dropped here.
  const asked = (await sources.questions.list({ since: week.from })).filter((q) => within(q.askedAt, week));
  const perDay = { asked: new Array<number>(7).fill(0), declined: new Array<number>(7).fill(0) };
  for (const q of asked) {
    const day = dayIndex(q.askedAt, week);
    perDay.asked[day]! += 1;
    if (q.outcome === 'declined') perDay.declined[day]! += 1;
  }
  const declined = asked.filter((q) => q.outcome === 'declined').length;
  return { asked: asked.length, answered: asked.length - declined, declined, perDay };
}

async function opinionFigures(sources: DashboardSources, week: Period): Promise<WeekDashboard['opinions']> {
  const submitted = (await sources.opinions.list({ since: week.from })).filter((o) => within(o.createdAt, week));
  const perDay = new Array<number>(7).fill(0);
  for (const o of submitted) perDay[dayIndex(o.createdAt, week)]! += 1;
  return {
    submitted: submitted.length,
    byStatus: OPINION_STATUSES.map((status) => ({ status, count: submitted.filter((o) => o.status === status).length })),
    byCategory: OPINION_CATEGORIES.map((category) => ({ category, count: submitted.filter((o) => o.fields.category === category).length })),
    perDay,
  };
}

/** Sent notices still taking replies, soonest deadline first. */
async function openNotices(sources: DashboardSources, now: Date): Promise<OpenNotice[]> {
  const open = (await sources.notices.list()).filter(
    (n) => n.status === '已发送' && n.fields.needsReply && (n.fields.replyBy === null || n.fields.replyBy > now),
  );
  const figures = await Promise.all(
    open.map(async (n) => {
      const [recipients, replies] = await Promise.all([sources.notices.recipients(n.id), sources.notices.replies(n.id)]);
      return { id: n.id, title: n.fields.title, time: n.fields.time, replyBy: n.fields.replyBy, recipients: recipients.length, replied: replies.length, awaiting: recipients.length - replies.length };
    }),
  );
  const deadline = (n: OpenNotice) => n.replyBy?.getTime() ?? Number.POSITIVE_INFINITY;
  return figures.sort((a, b) => deadline(a) - deadline(b) || a.id - b.id);
}

async function backlog(sources: DashboardSources): Promise<ChannelBacklog[]> {
  const channels = await sources.status.outboxBacklog();
  return Promise.all(
    channels.map(async (c) => {
      const [oldest] = c.pending > 0 ? await sources.outbox.pending(c.channel, 1) : [];
      return { channel: c.channel, pending: c.pending, failed: c.failed, oldestPendingAt: oldest?.createdAt ?? null };
    }),
  );
}
