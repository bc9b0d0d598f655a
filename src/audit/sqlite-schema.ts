import type { Migration } from '../storage/database.ts';

/** The audit log: one row per change, never updated or deleted by the program. */
export const AUDIT_SCHEMA: Migration = {
  version: 10,
  name: 'audit log',
  up: `
    CREATE TABLE audit_log (
      id     INTEGER PRIMARY KEY AUTOINCREMENT,
      at     TEXT NOT NULL,
      actor  TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL,
      detail TEXT NOT NULL
    );
    CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
    CREATE INDEX audit_log_by_action ON audit_log (action, id);
  `,
};
