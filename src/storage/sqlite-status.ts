import type { Database } from './database.ts';

/** Outbox messages of one channel: still to send, and given up after too many failures. */
export interface OutboxBacklog {
  channel: string;
  pending: number;
  failed: number;
}

/** The storage's side of the health check: is the database answering, and what is owed. */
export interface StorageStatus {
  /** true when the database answers a trivial query; false once closed or broken. */
  ping(): boolean;
  /** Per channel; throws when the database is unavailable. */
  outboxBacklog(): OutboxBacklog[];
}

/** Both queries are prepared lazily, so a closed database makes `ping()` false rather than throw. */
export class SqliteStatus implements StorageStatus {
  constructor(private readonly db: Database) {}

  ping(): boolean {
    try {
      return this.db.prepare('SELECT 1').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  outboxBacklog(): OutboxBacklog[] {
    return this.db
      .prepare(
        `SELECT channel,
                SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END) AS pending,
                SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END) AS failed
           FROM outbox GROUP BY channel ORDER BY channel`,
      )
      .all() as OutboxBacklog[];
  }
}
