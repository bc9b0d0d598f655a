import type { Migration } from '../storage/database.ts';

/**
 * The staff capability's tables: how office staff sign in to the workbench, and the 编报稿 they
 * write from a submission. The submission itself stays as the member sent it in `opinions` (owned
 * by the opinions capability); an edition only names it by number (no foreign key: a capability's
 * tables must be able to move to another engine alone). Times are ISO-8601 UTC text, secrets are
 * SHA-256 hex (tokens.ts), passwords scrypt strings (passwords.ts).
 */
export const STAFF_SCHEMA: Migration = {
  version: 9,
  name: 'staff workbench',
  up: `
      CREATE TABLE staff_sign_in_links (
        token_hash TEXT PRIMARY KEY,
        account    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at    TEXT
      );
      CREATE INDEX staff_sign_in_links_by_expiry ON staff_sign_in_links (expires_at);

      CREATE TABLE staff_sessions (
        id_hash        TEXT PRIMARY KEY,
        principal_kind TEXT NOT NULL CHECK (principal_kind IN ('account', 'admin')),
        principal_id   TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        expires_at     TEXT NOT NULL,
        ended_at       TEXT
      );
      CREATE INDEX staff_sessions_by_expiry ON staff_sessions (expires_at);
      CREATE INDEX staff_sessions_by_principal ON staff_sessions (principal_kind, principal_id);

      CREATE TABLE staff_admins (
        name          TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );

      CREATE TABLE staff_opinion_editions (
        id         INTEGER PRIMARY KEY,
        number     TEXT NOT NULL,
        title      TEXT NOT NULL,
        category   TEXT NOT NULL,
        situation  TEXT NOT NULL,
        suggestion TEXT NOT NULL,
        editor     TEXT NOT NULL,
        edited_at  TEXT NOT NULL
      );
      CREATE INDEX staff_opinion_editions_by_number ON staff_opinion_editions (number, id);
    `,
};
