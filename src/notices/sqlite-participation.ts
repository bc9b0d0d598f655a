import type { Database } from '../storage/database.ts';
import type { NoticeParticipation, ReplyAnswer } from './types.ts';

interface ParticipationRow {
  notice_id: number;
  title: string;
  time: string;
  sent_at: string;
  needs_reply: number;
  reply_by: string | null;
  member_id: string;
  name: string;
  channel: string | null;
  answer: ReplyAnswer | null;
  sent: number;
  owed: number;
  failed: number;
}

// The notice message's copies for this recipient; reminders, changes and cancellations are other kinds.
const COPIES = `FROM outbox o WHERE o.notice_id = p.notice_id AND o.member_id = p.member_id AND o.kind = 'notice'`;

/**
 * One statement for the 履职档案: recipients of sent notices with their reply and how the notice
 * reached them. Times are ISO-8601 UTC text, so text order is time order. An absent member filter
 * is a NULL parameter, so no SQL is assembled at run time.
 */
export class SqliteParticipation {
  private readonly select;

  constructor(db: Database) {
    this.select = db.prepare(
      `SELECT p.notice_id, n.title, n.time, n.sent_at, n.needs_reply, n.reply_by, p.member_id, p.name, p.channel, r.answer,
              (SELECT COUNT(*) ${COPIES} AND o.sent_at IS NOT NULL) AS sent,
              (SELECT COUNT(*) ${COPIES} AND o.sent_at IS NULL AND o.failed_at IS NULL) AS owed,
              (SELECT COUNT(*) ${COPIES} AND o.sent_at IS NULL AND o.failed_at IS NOT NULL) AS failed
         FROM notice_recipients p
         JOIN notices n ON n.id = p.notice_id
         LEFT JOIN notice_replies r ON r.notice_id = p.notice_id AND r.member_id = p.member_id
        WHERE n.status = '已发送' AND n.sent_at >= @from AND n.sent_at < @before
          AND (@member IS NULL OR p.member_id = @member)
        ORDER BY n.sent_at, p.notice_id, p.member_id`,
    );
  }

  list(query: { sentFrom: Date; sentBefore: Date; memberId?: string }): NoticeParticipation[] {
    const rows = this.select.all({ from: query.sentFrom.toISOString(), before: query.sentBefore.toISOString(), member: query.memberId ?? null }) as ParticipationRow[];
    return rows.map((row) => ({
      noticeId: row.notice_id,
      title: row.title,
      time: row.time,
      sentAt: new Date(row.sent_at),
      needsReply: row.needs_reply === 1,
      replyBy: row.reply_by ? new Date(row.reply_by) : null,
      memberId: row.member_id,
      name: row.name,
      answer: row.answer,
      delivery: row.sent > 0 ? 'sent' : row.owed > 0 ? 'pending' : row.failed > 0 ? 'failed' : row.channel ? 'pending' : 'unreachable',
    }));
  }
}
