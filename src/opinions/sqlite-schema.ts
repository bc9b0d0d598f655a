import type { Migration } from '../storage/database.ts';

/**
 * Portable on purpose, so a PostgreSQL schema is a transliteration: times are ISO-8601 UTC text
 * (timestamptz there), booleans 0/1 (boolean), the history id an integer key (bigserial).
 * Category has no CHECK: the office may adjust that list, and SQLite cannot alter a CHECK without
 * rebuilding the table; the store validates it instead. Statuses are tied to code (canMove).
 */
export const OPINIONS_SCHEMA: Migration = {
  version: 1,
  name: 'opinions',
  up: `
      CREATE TABLE opinion_counters (
        year     INTEGER PRIMARY KEY,
        last_seq INTEGER NOT NULL CHECK (last_seq > 0)
      );

      CREATE TABLE opinions (
        number      TEXT PRIMARY KEY,
        year        INTEGER NOT NULL,
        seq         INTEGER NOT NULL,
        member_id   TEXT NOT NULL,
        channel     TEXT NOT NULL,
        message_id  TEXT NOT NULL,
        title       TEXT NOT NULL,
        situation   TEXT NOT NULL,
        suggestion  TEXT NOT NULL,
        category    TEXT NOT NULL,
        name        TEXT NOT NULL,
        sector      TEXT NOT NULL,
        phone       TEXT NOT NULL,
        signed      INTEGER NOT NULL CHECK (signed IN (0, 1)),
        status      TEXT NOT NULL CHECK (status IN ('已提交', '已受理', '已编报', '已采用', '已转有关部门', '已办结', '不予采用')),
        status_note TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (year, seq),
        UNIQUE (channel, member_id, message_id)
      );
      CREATE INDEX opinions_by_member ON opinions (member_id, year, seq);
      CREATE INDEX opinions_by_status ON opinions (status, created_at);
      CREATE INDEX opinions_by_created ON opinions (created_at);

      CREATE TABLE opinion_status_history (
        id          INTEGER PRIMARY KEY,
        number      TEXT NOT NULL REFERENCES opinions (number) ON DELETE CASCADE,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        actor       TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX opinion_status_history_by_number ON opinion_status_history (number, id);

      CREATE TABLE opinion_drafts (
        member_id  TEXT PRIMARY KEY,
        channel    TEXT,
        chat_id    TEXT,
        step       TEXT NOT NULL,
        title      TEXT,
        situation  TEXT,
        suggestion TEXT,
        category   TEXT,
        name       TEXT,
        sector     TEXT,
        phone      TEXT,
        signed     INTEGER CHECK (signed IN (0, 1)),
        updated_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX opinion_drafts_by_expiry ON opinion_drafts (expires_at);
    `,
};
