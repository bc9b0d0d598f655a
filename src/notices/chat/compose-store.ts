import type { Database } from '../../storage/database.ts';

/** A notice being written in chat: the fields so far and the step (cursor) the dialog is at. */
export interface ComposeState {
  step: string;
  data: Record<string, string>;
}

/** Persisted per staff account, so a restart resumes the dialog. */
export class ComposeStore {
  constructor(private readonly db: Database) {}

  get(account: string): ComposeState | null {
    const row = this.db.prepare('SELECT step, data FROM notice_compose WHERE account = ?').get(account) as { step: string; data: string } | undefined;
    return row ? { step: row.step, data: JSON.parse(row.data) as Record<string, string> } : null;
  }

  save(account: string, state: ComposeState, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO notice_compose (account, step, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account) DO UPDATE SET step = excluded.step, data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(account, state.step, JSON.stringify(state.data), now.toISOString());
  }

  delete(account: string): void {
    this.db.prepare('DELETE FROM notice_compose WHERE account = ?').run(account);
  }
}
