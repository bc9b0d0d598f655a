import type { Address } from '../conversation/outbound.ts';
import type { Choice } from '../conversation/types.ts';
import type { Database } from '../storage/database.ts';
import { fieldParams, toNotice, type NoticeRow } from './notice-rows.ts';
import { NoticeStoreError, type NoticeMessage, type NoticeStore, type NoticeTally } from './notice-store.ts';
import { SqliteNoticeTallies } from './sqlite-notice-tallies.ts';
import { SqliteParticipation } from './sqlite-participation.ts';
import type { Delivery, DeliveryKind, Notice, NoticeFields, NoticeParticipation, NoticeReply, NoticeTargets, Recipient, ReplyAnswer } from './types.ts';

interface RecipientRow {
  member_id: string;
  name: string;
  channel: string | null;
  chat_id: string | null;
}

interface DeliveryRow {
  member_id: string | null;
  channel: string;
  chat_id: string;
  is_group: number;
  kind: string;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string;
  name: string | null;
}

const addressOf = (row: { channel: string | null; chat_id: string | null }): Address | null =>
  row.channel && row.chat_id ? { channel: row.channel, chatId: row.chat_id, isGroup: false } : null;

/** Notices in the shared SQLite file. Every multi-step change is one transaction; values are bound. */
export class SqliteNoticeStore implements NoticeStore {
  private readonly participations: SqliteParticipation;
  private readonly talliesOf: SqliteNoticeTallies;

  constructor(private readonly db: Database) {
    this.participations = new SqliteParticipation(db);
    this.talliesOf = new SqliteNoticeTallies(db);
  }

  async create({ fields, targets, by, now }: { fields: NoticeFields; targets: NoticeTargets; by: string; now: Date }): Promise<Notice> {
    const info = this.db
      .prepare(
        `INSERT INTO notices (title, time, place, scope, body, needs_reply, reply_by, targets, status, created_by, created_at)
         VALUES (@title, @time, @place, @scope, @body, @needs_reply, @reply_by, @targets, '草稿', @by, @now)`,
      )
      .run({ ...fieldParams(fields), targets: JSON.stringify(targets), by, now: now.toISOString() });
    return this.must(Number(info.lastInsertRowid));
  }

  async get(id: number): Promise<Notice | null> {
    const row = this.db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as NoticeRow | undefined;
    return row ? toNotice(row) : null;
  }

  async list(): Promise<Notice[]> {
    return (this.db.prepare('SELECT * FROM notices ORDER BY id').all() as NoticeRow[]).map(toNotice);
  }

  async send(request: { id: number; by: string; now: Date; recipients: Recipient[]; messages: NoticeMessage[]; remindAt: Date[] }): Promise<Notice> {
    const { id, by, now } = request;
    this.db.transaction(() => {
      const notice = this.must(id);
      if (notice.status !== '草稿') throw new NoticeStoreError('not_draft', `通知 ${id} 已经发送或已取消，不能重复发送。`);
      this.db.prepare(`UPDATE notices SET status = '已发送', sent_by = ?, sent_at = ? WHERE id = ?`).run(by, now.toISOString(), id);
      const addRecipient = this.db.prepare('INSERT OR IGNORE INTO notice_recipients (notice_id, member_id, name, channel, chat_id) VALUES (?, ?, ?, ?, ?)');
      for (const r of request.recipients) addRecipient.run(id, r.memberId, r.name, r.address?.channel ?? null, r.address?.chatId ?? null);
      this.queue(id, 'notice', request.messages, now);
      const arm = this.db.prepare('INSERT OR IGNORE INTO notice_reminders (notice_id, due_at) VALUES (?, ?)');
      for (const at of request.remindAt) arm.run(id, at.toISOString());
    }).immediate();
    return this.must(id);
  }

  async change(request: { id: number; fields: NoticeFields; by: string; now: Date; messages: NoticeMessage[] }): Promise<Notice> {
    this.db.transaction(() => {
      const notice = this.must(request.id);
      if (notice.status === '已取消') throw new NoticeStoreError('not_sent', `通知 ${request.id} 已取消，不能再修改。`);
      this.db
        .prepare('UPDATE notices SET title = @title, time = @time, place = @place, scope = @scope, body = @body, needs_reply = @needs_reply, reply_by = @reply_by WHERE id = @id')
        .run({ ...fieldParams(request.fields), id: request.id });
      this.queue(request.id, 'change', request.messages, request.now);
    }).immediate();
    return this.must(request.id);
  }

  async cancel(request: { id: number; by: string; now: Date; messages: NoticeMessage[] }): Promise<Notice> {
    this.db.transaction(() => {
      const notice = this.must(request.id);
      if (notice.status === '已取消') throw new NoticeStoreError('not_sent', `通知 ${request.id} 已经取消。`);
      this.db.prepare(`UPDATE notices SET status = '已取消' WHERE id = ?`).run(request.id);
      // Whoever has not received it yet never will: nothing to take back from them.
      this.db
        .prepare(`UPDATE outbox SET failed_at = ?, last_error = '通知已取消' WHERE notice_id = ? AND sent_at IS NULL AND failed_at IS NULL`)
        .run(request.now.toISOString(), request.id);
      this.db.prepare('UPDATE notice_reminders SET fired_at = ? WHERE notice_id = ? AND fired_at IS NULL').run(request.now.toISOString(), request.id);
      this.queue(request.id, 'cancel', request.messages, request.now);
    }).immediate();
    return this.must(request.id);
  }

  async recipients(id: number): Promise<Recipient[]> {
    const rows = this.db.prepare('SELECT * FROM notice_recipients WHERE notice_id = ? ORDER BY rowid').all(id) as RecipientRow[];
    return rows.map((row) => ({ memberId: row.member_id, name: row.name, address: addressOf(row) }));
  }

  async reached(id: number): Promise<{ memberId: string | null; to: Address }[]> {
    const rows = this.db
      .prepare(`SELECT member_id, channel, chat_id, is_group FROM outbox WHERE notice_id = ? AND kind = 'notice' AND sent_at IS NOT NULL ORDER BY id`)
      .all(id) as DeliveryRow[];
    return rows.map((row) => ({ memberId: row.member_id, to: { channel: row.channel, chatId: row.chat_id, isGroup: row.is_group === 1 } }));
  }

  async reply(request: { id: number; memberId: string; answer: ReplyAnswer; reason: string; now: Date }): Promise<boolean> {
    const notice = await this.get(request.id);
    if (!notice || notice.status !== '已发送' || !notice.fields.needsReply) return false;
    if (notice.fields.replyBy && request.now > notice.fields.replyBy) return false;
    const known = this.db.prepare('SELECT 1 FROM notice_recipients WHERE notice_id = ? AND member_id = ?').get(request.id, request.memberId);
    if (!known) return false;
    this.db
      .prepare(
        `INSERT INTO notice_replies (notice_id, member_id, answer, reason, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (notice_id, member_id) DO UPDATE SET answer = excluded.answer, reason = excluded.reason, at = excluded.at`,
      )
      .run(request.id, request.memberId, request.answer, request.reason, request.now.toISOString());
    return true;
  }

  async withdraw(request: { id: number; memberId: string; now: Date }): Promise<boolean> {
    const notice = await this.get(request.id);
    if (!notice || notice.status !== '已发送' || (notice.fields.replyBy && request.now > notice.fields.replyBy)) return false;
    return this.db.prepare('DELETE FROM notice_replies WHERE notice_id = ? AND member_id = ?').run(request.id, request.memberId).changes > 0;
  }

  async replies(id: number): Promise<NoticeReply[]> {
    const rows = this.db
      .prepare(
        `SELECT r.member_id, p.name, r.answer, r.reason, r.at FROM notice_replies r
         JOIN notice_recipients p ON p.notice_id = r.notice_id AND p.member_id = r.member_id
         WHERE r.notice_id = ? ORDER BY r.at`,
      )
      .all(id) as { member_id: string; name: string; answer: ReplyAnswer; reason: string; at: string }[];
    return rows.map((row) => ({ memberId: row.member_id, name: row.name, answer: row.answer, reason: row.reason, at: new Date(row.at) }));
  }

  async openFor(memberId: string, now: Date): Promise<Notice[]> {
    const rows = this.db
      .prepare(
        `SELECT n.* FROM notices n JOIN notice_recipients p ON p.notice_id = n.id
         WHERE p.member_id = ? AND n.status = '已发送' AND n.needs_reply = 1 AND (n.reply_by IS NULL OR n.reply_by >= ?)
         ORDER BY n.id DESC`,
      )
      .all(memberId, now.toISOString()) as NoticeRow[];
    return rows.map(toNotice);
  }

  async memberIdsFor(address: Address): Promise<string[]> {
    return this.db
      .prepare('SELECT DISTINCT member_id FROM notice_recipients WHERE channel = ? AND chat_id = ?')
      .pluck()
      .all(address.channel, address.chatId) as string[];
  }

  async fireDueReminders(now: Date, render: (notice: Notice) => { text: string; choices?: Choice[] }): Promise<{ noticeId: number; queued: number }[]> {
    return this.db.transaction(() => {
      const due = this.db
        .prepare('UPDATE notice_reminders SET fired_at = ? WHERE fired_at IS NULL AND due_at <= ? RETURNING notice_id')
        .pluck()
        .all(now.toISOString(), now.toISOString()) as number[];
      const fired: { noticeId: number; queued: number }[] = [];
      for (const noticeId of new Set(due)) {
        const notice = this.must(noticeId);
        // Too late to be useful, or nothing to remind of: claimed, so never fired later either.
        if (notice.status !== '已发送' || (notice.fields.replyBy && notice.fields.replyBy <= now)) continue;
        fired.push({ noticeId, queued: this.remindSilent(notice, now, render) });
      }
      return fired;
    }).immediate();
  }

  async remindNow(request: { id: number; now: Date; render: (notice: Notice) => { text: string; choices?: Choice[] } }): Promise<number> {
    const { id, now, render } = request;
    return this.db.transaction(() => {
      const notice = this.must(id);
      if (notice.status !== '已发送') throw new NoticeStoreError('not_sent', `通知 ${id} ${notice.status === '草稿' ? '尚未发送' : '已取消'}，不能提醒。`);
      if (!notice.fields.needsReply) throw new NoticeStoreError('not_sent', `通知 ${id} 不需要回执，没有可提醒的内容。`);
      if (notice.fields.replyBy && notice.fields.replyBy <= now) throw new NoticeStoreError('not_sent', `通知 ${id} 的回执已截止，不再提醒。`);
      return this.remindSilent(notice, now, render);
    }).immediate();
  }

  async tallies(): Promise<Map<number, NoticeTally>> {
    return this.talliesOf.all();
  }

  /** Queues the reminder to every reachable recipient without a reply; the one path of both kinds of reminder. */
  private remindSilent(notice: Notice, now: Date, render: (notice: Notice) => { text: string; choices?: Choice[] }): number {
    const silent = this.db
      .prepare(
        `SELECT * FROM notice_recipients p WHERE p.notice_id = ? AND p.channel IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM notice_replies r WHERE r.notice_id = p.notice_id AND r.member_id = p.member_id)`,
      )
      .all(notice.id) as RecipientRow[];
    const message = render(notice);
    const messages = silent.flatMap((row) => {
      const to = addressOf(row);
      return to ? [{ to, memberId: row.member_id, ...message }] : [];
    });
    this.queue(notice.id, 'reminder', messages, now);
    return messages.length;
  }

  async deliveries(id: number): Promise<Delivery[]> {
    const rows = this.db
      .prepare(
        `SELECT o.member_id, o.channel, o.chat_id, o.is_group, o.kind, o.sent_at, o.failed_at, o.last_error, p.name
         FROM outbox o LEFT JOIN notice_recipients p ON p.notice_id = o.notice_id AND p.member_id = o.member_id
         WHERE o.notice_id = ? ORDER BY o.id`,
      )
      .all(id) as DeliveryRow[];
    return rows.map((row) => ({
      memberId: row.member_id,
      name: row.name ?? (row.is_group ? `群 ${row.chat_id}` : row.chat_id),
      to: { channel: row.channel, chatId: row.chat_id, isGroup: row.is_group === 1 },
      state: row.sent_at ? 'sent' : row.failed_at ? 'failed' : 'pending',
      error: row.last_error,
      kind: row.kind as DeliveryKind,
    }));
  }

  async participation(query: { sentFrom: Date; sentBefore: Date; memberId?: string }): Promise<NoticeParticipation[]> {
    return this.participations.list(query);
  }

  private queue(noticeId: number, kind: DeliveryKind, messages: NoticeMessage[], now: Date): void {
    const insert = this.db.prepare(
      `INSERT INTO outbox (channel, chat_id, is_group, text, reason, created_at, notice_id, member_id, kind, choices) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of messages) {
      const choices = m.choices?.length ? JSON.stringify(m.choices) : null;
      insert.run(m.to.channel, m.to.chatId, m.to.isGroup ? 1 : 0, m.text, `notice-${kind}`, now.toISOString(), noticeId, m.memberId, kind, choices);
    }
  }

  private must(id: number): Notice {
    const row = this.db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as NoticeRow | undefined;
    if (!row) throw new NoticeStoreError('not_found', `没有编号为 ${id} 的通知。`);
    return toNotice(row);
  }
}
