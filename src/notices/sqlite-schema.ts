import type { Migration } from '../storage/database.ts';

/**
 * Notices, their recipients (one row per member, so a member is counted and reminded once however
 * many accounts they have), replies (one per member, replaced until the deadline) and reminder
 * schedules (fired_at claimed atomically, so a reminder fires once across restarts). Deliveries are
 * outbox rows tagged with the notice, so every send is logged with its outcome.
 */
export const NOTICES_SCHEMA: Migration = {
  version: 4,
  name: 'notices',
  up: `
    CREATE TABLE notices (
      id          INTEGER PRIMARY KEY,
      title       TEXT NOT NULL,
      time        TEXT NOT NULL,
      place       TEXT NOT NULL,
      scope       TEXT NOT NULL,
      body        TEXT NOT NULL,
      needs_reply INTEGER NOT NULL CHECK (needs_reply IN (0, 1)),
      reply_by    TEXT,
      targets     TEXT NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('草稿', '已发送', '已取消')),
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      sent_by     TEXT,
      sent_at     TEXT
    );

    CREATE TABLE notice_recipients (
      notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
      member_id TEXT NOT NULL,
      name      TEXT NOT NULL,
      channel   TEXT,
      chat_id   TEXT,
      PRIMARY KEY (notice_id, member_id)
    );

    CREATE TABLE notice_replies (
      notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
      member_id TEXT NOT NULL,
      answer    TEXT NOT NULL CHECK (answer IN ('参加', '请假')),
      reason    TEXT NOT NULL DEFAULT '',
      at        TEXT NOT NULL,
      PRIMARY KEY (notice_id, member_id)
    );

    CREATE TABLE notice_reminders (
      notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
      due_at    TEXT NOT NULL,
      fired_at  TEXT,
      PRIMARY KEY (notice_id, due_at)
    );
    CREATE INDEX notice_reminders_due ON notice_reminders (fired_at, due_at);

    -- A notice being written by staff in chat, so a restart resumes it (one per staff account).
    CREATE TABLE notice_compose (
      account    TEXT PRIMARY KEY,
      step       TEXT NOT NULL,
      data       TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    ALTER TABLE outbox ADD COLUMN notice_id INTEGER;
    ALTER TABLE outbox ADD COLUMN member_id TEXT;
    ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT '';
    ALTER TABLE outbox ADD COLUMN choices TEXT;
    CREATE INDEX outbox_by_notice ON outbox (notice_id, member_id);
  `,
};
