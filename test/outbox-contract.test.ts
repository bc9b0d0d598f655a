import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outbox, OutboundMessage } from '../src/conversation/outbound.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteOutbox } from '../src/storage/sqlite-outbox.ts';

export interface OutboxUnderTest {
  outbox: Outbox;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);
const NOW = at('2026-05-01T10:00:00');
const seconds = (n: number) => new Date(NOW.getTime() + n * 1000);

const message = (chatId: string, more: Partial<OutboundMessage> = {}): OutboundMessage => ({
  to: { channel: 'wechat', chatId, isGroup: false },
  text: `给 ${chatId} 的消息`,
  reason: 'opinion-status',
  ...more,
});

/** The behaviour every Outbox must show; a PostgreSQL outbox will run the same suite. */
export function describeOutboxContract(name: string, make: () => Promise<OutboxUnderTest>): void {
  describe(`${name} keeps the Outbox contract`, () => {
    let subject: OutboxUnderTest;
    let outbox: Outbox;
    beforeEach(async () => {
      subject = await make();
      outbox = subject.outbox;
    });
    afterEach(() => subject.close());

    const ids = (messages: { id: number }[]) => messages.map((m) => m.id);

    it('queues messages per channel, oldest first, with everything needed to send them', async () => {
      const choices = [{ label: '参加', value: '参加' }, { label: '请假', value: '请假' }];
      const a = await outbox.enqueue(message('wx-a', { choices }), NOW);
      const b = await outbox.enqueue(message('room-1', { to: { channel: 'wechat', chatId: 'room-1', isGroup: true }, reason: 'notice' }), seconds(1));
      const t = await outbox.enqueue(message('42', { to: { channel: 'telegram', chatId: '42', isGroup: false } }), seconds(2));
      expect(b).toBeGreaterThan(a);
      expect(t).toBeGreaterThan(b);

      const pending = await outbox.pending('wechat', 10);
      expect(pending).toEqual([
        { id: a, ...message('wx-a', { choices }), attempts: 0, createdAt: NOW, nextAttemptAt: null, lastError: '', claimedAt: null },
        expect.objectContaining({ id: b, to: { channel: 'wechat', chatId: 'room-1', isGroup: true }, reason: 'notice' }),
      ]);
      expect(pending[1]).not.toHaveProperty('choices');
      expect(ids(await outbox.pending('wechat', 1))).toEqual([a]);
      expect(ids(await outbox.pending('telegram', 10))).toEqual([t]);
      expect(await outbox.pending('console', 10)).toEqual([]);
      expect(ids(await outbox.due('wechat', 10, NOW))).toEqual([a, b]);
      expect(ids(await outbox.due('wechat', 10, NOW, a))).toEqual([b]);
      expect(ids(await outbox.due('wechat', 1, NOW))).toEqual([a]);
    });

    it('claims a message once, and marks it sent', async () => {
      const a = await outbox.enqueue(message('wx-a'), NOW);
      const b = await outbox.enqueue(message('wx-b'), NOW);
      expect(await outbox.claim(a, seconds(1))).toBe(true);
      expect(await outbox.claim(a, seconds(1))).toBe(false);
      expect(await outbox.claim(9999, seconds(1))).toBe(false);
      // Claimed: still owed, but not due to another sender.
      expect((await outbox.pending('wechat', 10)).map((m) => [m.id, m.claimedAt])).toEqual([
        [a, seconds(1)],
        [b, null],
      ]);
      expect(ids(await outbox.due('wechat', 10, seconds(1)))).toEqual([b]);

      await outbox.markSent(a, seconds(2));
      expect(ids(await outbox.pending('wechat', 10))).toEqual([b]);
      expect(await outbox.claim(a, seconds(3))).toBe(false);
    });

    it('backs off one message without holding back the others; a rate limit does not count as a try', async () => {
      const a = await outbox.enqueue(message('wx-a'), NOW);
      const b = await outbox.enqueue(message('wx-b'), NOW);
      await outbox.claim(a, NOW);
      await outbox.retryLater(a, '网络超时', seconds(30), NOW, true);
      const [waiting] = await outbox.pending('wechat', 1);
      expect(waiting).toMatchObject({ id: a, attempts: 1, lastError: '网络超时', nextAttemptAt: seconds(30), claimedAt: null });
      expect(ids(await outbox.due('wechat', 10, seconds(29)))).toEqual([b]);
      expect(ids(await outbox.due('wechat', 10, seconds(30)))).toEqual([a, b]);

      await outbox.claim(a, seconds(30));
      await outbox.retryLater(a, '429 Too Many Requests', seconds(40), seconds(30), false);
      expect((await outbox.pending('wechat', 1))[0]).toMatchObject({ attempts: 1, lastError: '429 Too Many Requests', nextAttemptAt: seconds(40) });
    });

    it('gives a message up for good', async () => {
      const a = await outbox.enqueue(message('wx-a'), NOW);
      await outbox.claim(a, NOW);
      await outbox.giveUp(a, '联系人不存在', seconds(1));
      expect(await outbox.pending('wechat', 10)).toEqual([]);
      expect(await outbox.due('wechat', 10, seconds(2))).toEqual([]);
      expect(await outbox.claim(a, seconds(2))).toBe(false);
      // Late news of the send, e.g. a retry finishing after giving up, changes nothing owed.
      await outbox.retryLater(a, 'late', seconds(5), seconds(2), true);
      expect(await outbox.pending('wechat', 10)).toEqual([]);
    });

    it('after a crash sends the message in flight once more, then gives it up; other channels untouched', async () => {
      const a = await outbox.enqueue(message('wx-a'), NOW);
      const b = await outbox.enqueue(message('wx-b'), NOW);
      const t = await outbox.enqueue(message('42', { to: { channel: 'telegram', chatId: '42', isGroup: false } }), NOW);
      await outbox.claim(a, NOW);
      await outbox.claim(t, NOW);
      expect(await outbox.recover('wechat', seconds(10))).toEqual({ retried: 1, givenUp: 0 });
      expect(ids(await outbox.due('wechat', 10, seconds(10)))).toEqual([a, b]);
      expect((await outbox.pending('wechat', 1))[0]?.lastError).not.toBe('');
      expect(await outbox.due('telegram', 10, seconds(10))).toEqual([]);

      // Interrupted again while sending it: it may have arrived, so it is not sent a third time.
      await outbox.claim(a, seconds(11));
      expect(await outbox.recover('wechat', seconds(20))).toEqual({ retried: 0, givenUp: 1 });
      expect(ids(await outbox.pending('wechat', 10))).toEqual([b]);
      expect(await outbox.recover('wechat', seconds(30))).toEqual({ retried: 0, givenUp: 0 });
      expect(await outbox.recover('telegram', seconds(30))).toEqual({ retried: 1, givenUp: 0 });
    });

    it('hands each message to one of two racing senders', async () => {
      const queued = await Promise.all(Array.from({ length: 20 }, (_, i) => outbox.enqueue(message(`wx-${i}`), NOW)));
      const claims = await Promise.all(queued.flatMap((id) => [outbox.claim(id, NOW), outbox.claim(id, NOW)]));
      expect(claims.filter(Boolean)).toHaveLength(20);
      expect(new Set(queued).size).toBe(20);
    });
  });
}

describeOutboxContract('SqliteOutbox', async () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  return {
    outbox: new SqliteOutbox(db),
    close: () => {
      db.close();
    },
  };
});
