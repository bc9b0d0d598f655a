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
  next_attempt_at: string | null;
  last_error: string;
  claimed_at: string | null;
}

const OWED = 'sent_at IS NULL AND failed_at IS NULL';
/** Said to staff (delivery records) about a message whose sending a crash cut short twice. */
const INTERRUPTED_TWICE = '发送时程序两次中断，可能已送达，为免重复不再重发';
const INTERRUPTED_ONCE = '发送时程序中断，重启后重发一次';

const toQueued = (row: OutboxRow): QueuedMessage => ({
  id: row.id,
  to: { channel: row.channel, chatId: row.chat_id, isGroup: row.is_group === 1 },
  text: row.text,
  ...(row.choices ? { choices: JSON.parse(row.choices) as Choice[] } : {}),
  reason: row.reason,
  attempts: row.attempts,
  createdAt: new Date(row.created_at),
  nextAttemptAt: row.next_attempt_at ? new Date(row.next_attempt_at) : null,
  lastError: row.last_error,
  claimedAt: row.claimed_at ? new Date(row.claimed_at) : null,
});

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

/**
 * The outbox in the shared SQLite file: a staff command in another process can enqueue safely.
 * Each state change is one statement, committed (synchronous = FULL) before the dispatcher goes on,
 * so the claim is on disk before the platform is asked to send.
 */
export class SqliteOutbox implements Outbox {
  private readonly writer: OutboxWriter;
  private readonly selectPending;
  private readonly selectDue;
  private readonly claimRow;
  private readonly sent;
  private readonly later;
  private readonly failed;
  private readonly recoverAll;

  constructor(db: Database) {
    this.writer = new OutboxWriter(db);
    this.selectPending = db.prepare(`SELECT * FROM outbox WHERE channel = ? AND ${OWED} ORDER BY id LIMIT ?`);
    this.selectDue = db.prepare(
      `SELECT * FROM outbox WHERE channel = @channel AND ${OWED} AND id > @after AND claimed_at IS NULL
         AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
       ORDER BY id LIMIT @limit`,
    );
    this.claimRow = db.prepare(`UPDATE outbox SET claimed_at = ? WHERE id = ? AND ${OWED} AND claimed_at IS NULL`);
    this.sent = db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?');
    this.later = db.prepare(
      `UPDATE outbox SET claimed_at = NULL, next_attempt_at = @retryAt, last_error = @error, attempts = attempts + @counted
       WHERE id = @id AND ${OWED}`,
    );
    this.failed = db.prepare(`UPDATE outbox SET failed_at = ?, last_error = ?, attempts = attempts + 1 WHERE id = ? AND ${OWED}`);
    const left = `channel = @channel AND ${OWED} AND claimed_at IS NOT NULL`;
    const giveUpTwice = db.prepare(`UPDATE outbox SET failed_at = @now, last_error = @twice WHERE ${left} AND interrupted >= 1`);
    const retryOnce = db.prepare(
      `UPDATE outbox SET claimed_at = NULL, next_attempt_at = NULL, interrupted = interrupted + 1, last_error = @once WHERE ${left}`,
    );
    this.recoverAll = db.transaction((channel: string, now: string) => {
      const givenUp = giveUpTwice.run({ channel, now, twice: INTERRUPTED_TWICE }).changes;
      const retried = retryOnce.run({ channel, once: INTERRUPTED_ONCE }).changes;
      return { retried, givenUp };
    });
  }

  async enqueue(message: OutboundMessage, now: Date): Promise<number> {
    return this.writer.insert(message, now);
  }

  async pending(channel: string, limit: number): Promise<QueuedMessage[]> {
    return (this.selectPending.all(channel, limit) as OutboxRow[]).map(toQueued);
  }

  async due(channel: string, limit: number, now: Date, afterId = 0): Promise<QueuedMessage[]> {
    return (this.selectDue.all({ channel, limit, now: now.toISOString(), after: afterId }) as OutboxRow[]).map(toQueued);
  }

  async claim(id: number, now: Date): Promise<boolean> {
    return this.claimRow.run(now.toISOString(), id).changes === 1;
  }

  async markSent(id: number, now: Date): Promise<void> {
    // Unconditional: a notice cancelled while this message was in flight still reached its reader.
    this.sent.run(now.toISOString(), id);
  }

  async retryLater(id: number, error: string, retryAt: Date, _now: Date, counted: boolean): Promise<void> {
    this.later.run({ id, error: error.slice(0, 500), retryAt: retryAt.toISOString(), counted: counted ? 1 : 0 });
  }

  async giveUp(id: number, error: string, now: Date): Promise<void> {
    this.failed.run(now.toISOString(), error.slice(0, 500), id);
  }

  async recover(channel: string, now: Date): Promise<{ retried: number; givenUp: number }> {
    return this.recoverAll.immediate(channel, now.toISOString());
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
