import type { Database } from './database.ts';

/** Outbox messages of one channel: still to send, and given up after too many failures. */
export interface OutboxBacklog {
  channel: string;
  pending: number;
  failed: number;
}

/** What `liaison doctor` reports of the database. */
export interface StorageSummary {
  /** The newest migration applied. */
  schemaVersion: number;
  opinions: number;
  notices: number;
  /** Outbox messages neither sent nor given up. */
  pendingMessages: number;
}

/** The storage's side of the health check: is the database answering, and what is owed. */
export interface StorageStatus {
  /** true when the database answers a trivial query; false once closed or broken (never throws). */
  ping(): Promise<boolean>;
  /** Per channel; throws when the database is unavailable. */
  outboxBacklog(): Promise<OutboxBacklog[]>;
  /** Throws when the database is unavailable. */
  summary(): Promise<StorageSummary>;
}

/** The queries are prepared on each call, so a closed database makes `ping()` false rather than throw. */
export class SqliteStatus implements StorageStatus {
  constructor(private readonly db: Database) {}

  async ping(): Promise<boolean> {
    try {
      return this.db.prepare('SELECT 1').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  async outboxBacklog(): Promise<OutboxBacklog[]> {
    return this.db
      .prepare(
        `SELECT channel,
                SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END) AS pending,
                SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END) AS failed
           FROM outbox GROUP BY channel ORDER BY channel`,
      )
      .all() as OutboxBacklog[];
  }

  async summary(): Promise<StorageSummary> {
    const count = (sql: string) => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    return {
      schemaVersion: count('SELECT MAX(version) FROM schema_migrations'),
      opinions: count('SELECT COUNT(*) FROM opinions'),
      notices: count('SELECT COUNT(*) FROM notices'),
      pendingMessages: count('SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL'),
    };
  }
}
