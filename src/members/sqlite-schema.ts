import type { Migration } from '../storage/database.ts';

/**
 * The member registry: members (re-imported in place: a member is found again by phone, or by
 * name and 界别 when there is no phone), the chat accounts bound to them, one-time binding codes
 * and failed binding attempts (to slow down guessing).
 */
export const MEMBERS_SCHEMA: Migration = {
  version: 3,
  name: 'member registry',
  up: `
    CREATE TABLE members (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      sector      TEXT NOT NULL DEFAULT '',
      committee   TEXT NOT NULL DEFAULT '',
      position    TEXT NOT NULL DEFAULT '',
      phone       TEXT NOT NULL DEFAULT '',
      wechat      TEXT NOT NULL DEFAULT '',
      telegram_id TEXT NOT NULL DEFAULT '',
      role        TEXT NOT NULL CHECK (role IN ('member', 'staff')),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );
    CREATE UNIQUE INDEX members_by_phone ON members (phone) WHERE phone <> '';
    CREATE INDEX members_by_name ON members (name, sector);

    CREATE TABLE member_accounts (
      account   TEXT PRIMARY KEY,
      member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
      bound_at  TEXT NOT NULL
    );
    CREATE INDEX member_accounts_by_member ON member_accounts (member_id);

    CREATE TABLE member_bind_codes (
      code       TEXT PRIMARY KEY,
      member_id  TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL,
      used_at    TEXT
    );

    CREATE TABLE member_bind_failures (
      account TEXT NOT NULL,
      at      TEXT NOT NULL
    );
    CREATE INDEX member_bind_failures_by_account ON member_bind_failures (account, at);
  `,
};

/**
 * Guarding phone-digit binding (bind-guard.ts): codes kept as a sha256 hash (codes issued before
 * this migration are dropped: staff issue new ones), failures recorded with their kind and the
 * name they named, and names locked for phone-digit binding until staff unlock them.
 */
export const MEMBERS_BIND_GUARD_SCHEMA: Migration = {
  version: 5,
  name: 'member binding guard',
  up: `
    DROP TABLE member_bind_codes;
    CREATE TABLE member_bind_codes (
      code_hash  TEXT PRIMARY KEY,
      member_id  TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL,
      used_at    TEXT
    );
    CREATE INDEX member_bind_codes_by_member ON member_bind_codes (member_id);

    ALTER TABLE member_bind_failures ADD COLUMN kind TEXT NOT NULL DEFAULT '';
    ALTER TABLE member_bind_failures ADD COLUMN target TEXT NOT NULL DEFAULT '';
    CREATE INDEX member_bind_failures_by_target ON member_bind_failures (target, kind, at);
    CREATE INDEX member_bind_failures_by_kind ON member_bind_failures (kind, at);

    CREATE TABLE member_bind_locks (
      target      TEXT PRIMARY KEY,
      locked_at   TEXT,
      unlocked_at TEXT
    );
  `,
};
