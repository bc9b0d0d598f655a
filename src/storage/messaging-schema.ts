import type { Migration } from './database.ts';

/** Messages the bot owes someone (outbox) and inbound messages already handled (redelivery guard). */
export const MESSAGING_SCHEMA: Migration = {
  version: 2,
  name: 'outbox and handled messages',
  up: `
    CREATE TABLE outbox (
      id         INTEGER PRIMARY KEY,
      channel    TEXT NOT NULL,
      chat_id    TEXT NOT NULL,
      is_group   INTEGER NOT NULL CHECK (is_group IN (0, 1)),
      text       TEXT NOT NULL,
      reason     TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      attempts   INTEGER NOT NULL DEFAULT 0,
      sent_at    TEXT,
      failed_at  TEXT,
      last_error TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outbox_pending ON outbox (channel, sent_at, failed_at, id);

    CREATE TABLE handled_messages (
      channel    TEXT NOT NULL,
      message_id TEXT NOT NULL,
      at         TEXT NOT NULL,
      PRIMARY KEY (channel, message_id)
    );
    CREATE INDEX handled_messages_by_time ON handled_messages (at);
  `,
};
