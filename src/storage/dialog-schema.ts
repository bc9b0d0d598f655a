import type { Migration } from './database.ts';

/**
 * One dialog session per member, for every kind of dialog. The opinion drafts and notice drafts
 * of earlier versions move in here; their old tables stay (empty) as earlier migrations made them.
 */
export const DIALOG_SCHEMA: Migration = {
  version: 6,
  name: 'dialog sessions',
  up: `
    CREATE TABLE dialog_sessions (
      owner      TEXT PRIMARY KEY,
      id         TEXT NOT NULL,
      kind       TEXT NOT NULL,
      step       TEXT NOT NULL,
      data       TEXT NOT NULL,
      started_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      channel    TEXT NOT NULL,
      chat_id    TEXT NOT NULL
    );
    CREATE INDEX dialog_sessions_by_expiry ON dialog_sessions (expires_at);

    INSERT INTO dialog_sessions (owner, id, kind, step, data, started_at, updated_at, expires_at, channel, chat_id)
      SELECT member_id, 'draft-' || member_id, 'opinion', step,
             json_object('title', title, 'situation', situation, 'suggestion', suggestion, 'category', category,
                         'name', name, 'sector', sector, 'phone', phone,
                         'signed', CASE signed WHEN 1 THEN json('true') WHEN 0 THEN json('false') END),
             updated_at, updated_at, expires_at, COALESCE(channel, ''), COALESCE(chat_id, '')
      FROM opinion_drafts;
    DELETE FROM opinion_drafts;

    INSERT OR IGNORE INTO dialog_sessions (owner, id, kind, step, data, started_at, updated_at, expires_at, channel, chat_id)
      SELECT account, 'compose-' || account, 'notice-compose', step, data, updated_at, updated_at,
             strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+1 day'),
             substr(account, 1, instr(account, ':') - 1), substr(account, instr(account, ':') + 1)
      FROM notice_compose;
    DELETE FROM notice_compose;
  `,
};
