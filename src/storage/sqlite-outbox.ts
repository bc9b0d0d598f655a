import type { Choice } from '../conversation/types.ts';
import type { HandledMessages, Outbox, OutboundMessage, QueuedMessage } from '../conversation/outbound.ts';
import type { Database } from './database.ts';

interface OutboxRow {
  id: number;
  channel: string;
  chat_id: string;
  is_group: number;
  text: string;
  reason: string;
  created_at: string;
  attempts: number;
  choices: string | null;
}

/** Queues a message from inside another store's transaction (better-sqlite3 runs it synchronously). */
export class OutboxWriter {
  private readonly insertRow;

  constructor(db: Database) {
    this.insertRow = db.prepare('INSERT INTO outbox (channel, chat_id, is_group, text, reason, created_at, choices) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  insert(message: OutboundMessage, now: Date): number {
    const { to } = message;
    const choices = message.choices?.length ? JSON.stringify(message.choices) : null;
    return Number(this.insertRow.run(to.channel, to.chatId, to.isGroup ? 1 : 0, message.text, message.reason, now.toISOString(), choices).lastInsertRowid);
  }
}

/** The outbox in the shared SQLite file: a staff command in another process can enqueue safely. */
export class SqliteOutbox implements Outbox {
  private readonly writer: OutboxWriter;
  private readonly selectPending;
  private readonly sent;
  private readonly failed;

  constructor(db: Database) {
    this.writer = new OutboxWriter(db);
    this.selectPending = db.prepare(
      'SELECT * FROM outbox WHERE channel = ? AND sent_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT ?',
    );
    this.sent = db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?');
    this.failed = db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?,
         failed_at = CASE WHEN attempts + 1 >= ? THEN ? ELSE NULL END
       WHERE id = ?`,
    );
  }

  async enqueue(message: OutboundMessage, now: Date): Promise<number> {
    return this.writer.insert(message, now);
  }

  async pending(channel: string, limit: number): Promise<QueuedMessage[]> {
    return (this.selectPending.all(channel, limit) as OutboxRow[]).map((row) => ({
      id: row.id,
      to: { channel: row.channel, chatId: row.chat_id, isGroup: row.is_group === 1 },
      text: row.text,
      ...(row.choices ? { choices: JSON.parse(row.choices) as Choice[] } : {}),
      reason: row.reason,
      attempts: row.attempts,
      createdAt: new Date(row.created_at),
    }));
  }

  async markSent(id: number, now: Date): Promise<void> {
    this.sent.run(now.toISOString(), id);
  }

  async markFailed(id: number, error: string, now: Date, maxAttempts: number): Promise<void> {
    this.failed.run(error.slice(0, 500), maxAttempts, now.toISOString(), id);
  }
}

/** Handled inbound message ids, kept a while (platforms redeliver within minutes, not weeks). */
export class SqliteHandledMessages implements HandledMessages {
  private readonly insert;
  private readonly prune;
  private claims = 0;

  constructor(db: Database, private readonly keepMs = 7 * 24 * 3600 * 1000) {
    this.insert = db.prepare('INSERT OR IGNORE INTO handled_messages (channel, message_id, at) VALUES (?, ?, ?)');
    this.prune = db.prepare('DELETE FROM handled_messages WHERE at < ?');
  }

  async claim(channel: string, messageId: string, now: Date): Promise<boolean> {
    const fresh = this.insert.run(channel, messageId, now.toISOString()).changes === 1;
    // Cheap amortised clean-up instead of a timer.
    if (fresh && ++this.claims % 500 === 0) this.prune.run(new Date(now.getTime() - this.keepMs).toISOString());
    return fresh;
  }
}
