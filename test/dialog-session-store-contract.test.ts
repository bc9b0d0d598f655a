import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogSession, DialogSessionStore } from '../src/conversation/dialog/session.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteDialogSessions } from '../src/storage/sqlite-dialog-sessions.ts';

export interface SessionsUnderTest {
  store: DialogSessionStore;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);

const session = (owner: string, expiresAt: string, more: Partial<DialogSession> = {}): DialogSession => ({
  owner,
  id: `id-${owner}`,
  kind: 'opinion',
  step: 'situation',
  data: { title: '老旧小区充电难', signed: false },
  startedAt: at('2026-05-01T09:00:00'),
  updatedAt: at('2026-05-01T10:00:00'),
  expiresAt: at(expiresAt),
  channel: 'wechat',
  chatId: `wx-${owner}`,
  ...more,
});

/** The behaviour every DialogSessionStore must show; a PostgreSQL store will run the same suite. */
export function describeDialogSessionContract(name: string, make: () => Promise<SessionsUnderTest>): void {
  describe(`${name} keeps the DialogSessionStore contract`, () => {
    let subject: SessionsUnderTest;
    let store: DialogSessionStore;
    beforeEach(async () => {
      subject = await make();
      store = subject.store;
    });
    afterEach(() => subject.close());

    it('saves, replaces and deletes one session per owner', async () => {
      expect(await store.get('u1')).toBeNull();
      await store.save(session('u1', '2026-05-02T10:00:00'));
      expect(await store.get('u1')).toEqual(session('u1', '2026-05-02T10:00:00'));

      const notice = session('u1', '2026-05-03T10:00:00', { id: 'other', kind: 'notice-compose', step: 'place', data: { title: '常委会', time: '12月5日' } });
      await store.save(notice);
      expect(await store.get('u1')).toEqual(notice);

      expect(await store.delete('u1', 'stale-id')).toBe(false);
      expect(await store.get('u1')).toEqual(notice);
      expect(await store.delete('u1')).toBe(true);
      expect(await store.delete('u1')).toBe(false);
      expect(await store.get('u1')).toBeNull();
    });

    it('hands each lapsed session back exactly once', async () => {
      await store.save(session('u1', '2026-05-03T10:00:00'));
      await store.save(session('u2', '2026-05-01T12:00:00'));
      const expired = await store.expire(at('2026-05-02T00:00:00'));
      expect(expired).toEqual([session('u2', '2026-05-01T12:00:00')]);
      expect(await store.expire(at('2026-05-02T00:00:00'))).toEqual([]);
      expect(await store.get('u2')).toBeNull();
      expect(await store.get('u1')).not.toBeNull();
    });

    it("moves an account's session to the member it was bound to, keeping the member's own", async () => {
      await store.save(session('wechat:wx1', '2026-05-03T10:00:00'));
      await store.reassign('wechat:wx1', 'M0001');
      expect(await store.get('wechat:wx1')).toBeNull();
      expect((await store.get('M0001'))?.id).toBe('id-wechat:wx1');

      await store.save(session('telegram:42', '2026-05-03T10:00:00'));
      await store.reassign('telegram:42', 'M0001');
      expect(await store.get('telegram:42')).toBeNull();
      expect((await store.get('M0001'))?.id).toBe('id-wechat:wx1');
    });
  });
}

describeDialogSessionContract('SqliteDialogSessions', async () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  return {
    store: new SqliteDialogSessions(db),
    close: () => {
      db.close();
    },
  };
});
