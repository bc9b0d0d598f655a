import type { Database } from '../storage/database.ts';
import type { NoticeTally } from './notice-store.ts';

interface TallyRow {
  id: number;
  recipients: number;
  attending: number;
  excused: number;
  failed: number;
}

/**
 * One statement counting every notice's recipients, replies and undeliverable notice messages,
 * for the workbench's list: a few hundred notices a year, each counted through its own indexes.
 */
export class SqliteNoticeTallies {
  private readonly select;

  constructor(db: Database) {
    this.select = db.prepare(
      `SELECT n.id,
              (SELECT COUNT(*) FROM notice_recipients p WHERE p.notice_id = n.id) AS recipients,
              (SELECT COUNT(*) FROM notice_replies r WHERE r.notice_id = n.id AND r.answer = '参加') AS attending,
              (SELECT COUNT(*) FROM notice_replies r WHERE r.notice_id = n.id AND r.answer = '请假') AS excused,
              (SELECT COUNT(*) FROM outbox o WHERE o.notice_id = n.id AND o.kind = 'notice' AND o.sent_at IS NULL AND o.failed_at IS NOT NULL) AS failed
         FROM notices n`,
    );
  }

  all(): Map<number, NoticeTally> {
    const rows = this.select.all() as TallyRow[];
    return new Map(rows.map(({ id, ...tally }) => [id, tally]));
  }
}
