import type { Migration } from './database.ts';

/**
 * Delivery states of the outbox beyond sent / given up: a message is claimed ('sending') in its
 * own committed write before it is sent, so a crash leaves at most the one in flight per channel
 * to send again (`interrupted` counts such restarts, so it is sent again only once); a transient
 * failure waits until `next_attempt_at` without holding back the messages after it.
 */
export const OUTBOX_DELIVERY_SCHEMA: Migration = {
  version: 7,
  name: 'outbox claims and back-off',
  up: `
    ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
    ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
    ALTER TABLE outbox ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX outbox_owed ON outbox (channel, id) WHERE sent_at IS NULL AND failed_at IS NULL;
  `,
};
