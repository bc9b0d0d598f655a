import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandledMessages } from '../src/conversation/outbound.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteHandledMessages } from '../src/storage/sqlite-outbox.ts';

export interface HandledUnderTest {
  handled: HandledMessages;
  close(): Promise<void> | void;
}

const NOW = new Date('2026-05-01T02:00:00Z');

/** The behaviour every HandledMessages must show; a PostgreSQL one will run the same suite. */
export function describeHandledMessagesContract(name: string, make: () => Promise<HandledUnderTest>): void {
  describe(`${name} keeps the HandledMessages contract`, () => {
    let subject: HandledUnderTest;
    let handled: HandledMessages;
    beforeEach(async () => {
      subject = await make();
      handled = subject.handled;
    });
    afterEach(() => subject.close());

    it('claims a message the first time only, per channel', async () => {
      expect(await handled.claim('wechat', 'm1', NOW)).toBe(true);
      expect(await handled.claim('wechat', 'm1', NOW)).toBe(false);
      expect(await handled.claim('wechat', 'm1', new Date(NOW.getTime() + 60_000))).toBe(false);
      expect(await handled.claim('telegram', 'm1', NOW)).toBe(true);
      expect(await handled.claim('wechat', 'm2', NOW)).toBe(true);
    });

    it('lets one of several racing deliveries of a message through', async () => {
      const ids = Array.from({ length: 50 }, (_, i) => `wx-${i}`);
      const claims = await Promise.all(ids.flatMap((id) => [handled.claim('wechat', id, NOW), handled.claim('wechat', id, NOW)]));
      expect(claims.filter(Boolean)).toHaveLength(50);
    });

    it('keeps ids verbatim, whatever they contain', async () => {
      for (const id of ["1' OR '1'='1", '%', '_', '😀', '']) {
        expect(await handled.claim('wechat', id, NOW)).toBe(true);
        expect(await handled.claim('wechat', id, NOW)).toBe(false);
      }
    });
  });
}

describeHandledMessagesContract('SqliteHandledMessages', async () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  return {
    handled: new SqliteHandledMessages(db),
    close: () => {
      db.close();
    },
  };
});
