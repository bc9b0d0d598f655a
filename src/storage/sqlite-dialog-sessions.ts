import type { DialogSession, DialogSessionStore } from '../conversation/dialog/session.ts';
import type { Database } from './database.ts';

interface SessionRow {
  owner: string;
  id: string;
  kind: string;
  step: string;
  data: string;
  started_at: string;
  updated_at: string;
  expires_at: string;
  channel: string;
  chat_id: string;
}

function toSession(row: SessionRow): DialogSession {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  // JSON null marks a field not given yet (rows moved from the old drafts table).
  for (const key of Object.keys(data)) if (data[key] === null) delete data[key];
  return {
    owner: row.owner,
    id: row.id,
    kind: row.kind,
    step: row.step,
    data,
    startedAt: new Date(row.started_at),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
    channel: row.channel,
    chatId: row.chat_id,
  };
}

export class SqliteDialogSessions implements DialogSessionStore {
  private readonly sql;

  constructor(private readonly db: Database) {
    this.sql = {
      get: db.prepare('SELECT * FROM dialog_sessions WHERE owner = ?'),
      upsert: db.prepare(
        `INSERT INTO dialog_sessions (owner, id, kind, step, data, started_at, updated_at, expires_at, channel, chat_id)
         VALUES (@owner, @id, @kind, @step, @data, @started_at, @updated_at, @expires_at, @channel, @chat_id)
         ON CONFLICT (owner) DO UPDATE SET id = excluded.id, kind = excluded.kind, step = excluded.step, data = excluded.data,
           started_at = excluded.started_at, updated_at = excluded.updated_at, expires_at = excluded.expires_at,
           channel = excluded.channel, chat_id = excluded.chat_id`,
      ),
      delete: db.prepare('DELETE FROM dialog_sessions WHERE owner = ?'),
      deleteById: db.prepare('DELETE FROM dialog_sessions WHERE owner = ? AND id = ?'),
      expire: db.prepare('DELETE FROM dialog_sessions WHERE expires_at <= ? RETURNING *'),
      moveIfFree: db.prepare('UPDATE OR IGNORE dialog_sessions SET owner = ? WHERE owner = ?'),
    };
  }

  async get(owner: string): Promise<DialogSession | null> {
    const row = this.sql.get.get(owner) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  async save(session: DialogSession): Promise<void> {
    this.sql.upsert.run({
      owner: session.owner,
      id: session.id,
      kind: session.kind,
      step: session.step,
      data: JSON.stringify(session.data),
      started_at: session.startedAt.toISOString(),
      updated_at: session.updatedAt.toISOString(),
      expires_at: session.expiresAt.toISOString(),
      channel: session.channel,
      chat_id: session.chatId,
    });
  }

  async delete(owner: string, id?: string): Promise<boolean> {
    return (id === undefined ? this.sql.delete.run(owner) : this.sql.deleteById.run(owner, id)).changes > 0;
  }

  async expire(now: Date): Promise<DialogSession[]> {
    return (this.sql.expire.all(now.toISOString()) as SessionRow[]).map(toSession);
  }

  async reassign(from: string, to: string): Promise<void> {
    this.db.transaction(() => {
      this.sql.moveIfFree.run(to, from);
      this.sql.delete.run(from);
    })();
  }
}
