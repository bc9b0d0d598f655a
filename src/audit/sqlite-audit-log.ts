import type { Database } from '../storage/database.ts';
import { MAX_AUDIT_PAGE, type AuditEntry, type AuditLog, type AuditQuery, type AuditRecord } from './audit-log.ts';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({ id: row.id, actor: row.actor, action: row.action, target: row.target, detail: row.detail, at: new Date(row.at) });

/**
 * The audit log in the shared SQLite file. AUTOINCREMENT, so an id is never reused and the id
 * order is the order recorded, across processes (the bot, the workbench, staff commands). One
 * fixed statement per method: an absent filter is a NULL parameter.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly insert;
  private readonly select;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, detail) VALUES (@at, @actor, @action, @target, @detail) RETURNING *');
    this.select = db.prepare(
      `SELECT * FROM audit_log
        WHERE (@before IS NULL OR id < @before) AND (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action)
        ORDER BY id DESC LIMIT @limit`,
    );
  }

  async record(entry: AuditRecord): Promise<AuditEntry> {
    const row = this.insert.get({ at: entry.at.toISOString(), actor: entry.actor, action: entry.action, target: entry.target, detail: entry.detail }) as AuditRow;
    return toEntry(row);
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    const limit = Math.min(MAX_AUDIT_PAGE, Math.max(1, Math.floor(query.limit) || 1));
    const rows = this.select.all({ before: query.before ?? null, actor: query.actor ?? null, action: query.action ?? null, limit }) as AuditRow[];
    return rows.map(toEntry);
  }
}
