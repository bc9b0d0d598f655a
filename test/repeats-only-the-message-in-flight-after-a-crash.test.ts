import { describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { NoticeService } from '../src/notices/notice-service.ts';
import { SqliteNoticeStore } from '../src/notices/sqlite-notice-store.ts';
import { committeeOf, FakeRoster } from './support/notice-fakes.ts';
import { freshDatabaseFile, openOutbox, ScriptedSender } from './support/scripted-sender.ts';

const T0 = new Date('2026-12-01T02:00:00Z');
/** Six members: wx-1, wx-3, wx-5 on WeChat, 100001, 100003, 100005 on Telegram. */
const roster = new FakeRoster(committeeOf(6));
const FIELDS = { title: '常委会会议', time: '12月5日上午9:00', place: '市民之家', scope: '全体常委', body: '审议工作报告。', needsReply: false, replyBy: null };
const EVERYONE = { allMembers: true, sectors: [], committees: [], members: [], groups: [] };

type Received = { chatId: string; text: string }[];

/**
 * One run of the bot on the database file: its own connection, dispatcher and senders; what the
 * members received outlives it. `hangOn` chats get their message and then the process "dies"
 * (the send never returns, the connection is dropped without another write).
 */
function start(file: string, received: Received, hangOn: string[] = []) {
  const { db, outbox } = openOutbox(file);
  const store = new SqliteNoticeStore(db);
  const service = new NoticeService({ store, roster, log: silentLogger(), reminderHours: [24] });
  const senders = [new ScriptedSender('wechat', received), new ScriptedSender('telegram', received)];
  for (const sender of senders) for (const chat of hangOn) sender.hangOn.add(chat);
  const dispatcher = new OutboxDispatcher({ outbox, senders, log: silentLogger(), now: () => T0 });
  return { db, outbox, store, service, dispatcher };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

const times = (received: Received) => Object.fromEntries(['wx-1', 'wx-3', 'wx-5', '100001', '100003', '100005'].map((id) => [id, received.filter((r) => r.chatId === id).length]));

describe('a crash while sending duplicates at most the message in flight on each channel', () => {
  it('claims before sending, so after a kill only the two messages in flight are sent again', async () => {
    const file = freshDatabaseFile();
    const received: Received = [];
    const first = start(file, received, ['wx-3', '100003']);
    const notice = await first.service.create(FIELDS, EVERYONE, 'staff', T0);
    await first.service.send(notice.id, 'staff', T0);
    void first.dispatcher.tick();
    await until(() => received.length === 4);

    // Another connection (the next start, or a staff command) already sees the claims on disk.
    const observer = openOutbox(file);
    const owed = await observer.outbox.pending('wechat', 10);
    expect(owed.map((m) => [m.to.chatId, m.claimedAt !== null])).toEqual([
      ['wx-3', true],
      ['wx-5', false],
    ]);
    observer.db.close();
    first.db.close(); // kill -9: the sends in flight never report back

    const second = start(file, received);
    await second.dispatcher.tick();
    expect(times(received)).toEqual({ 'wx-1': 1, 'wx-3': 2, 'wx-5': 1, '100001': 1, '100003': 2, '100005': 1 });
    expect((await second.store.deliveries(notice.id)).every((d) => d.state === 'sent')).toBe(true);
    await second.dispatcher.tick();
    expect(received).toHaveLength(8);
    second.db.close();
  });

  it('sends an interrupted message once more only: interrupted again, it is given up with the reason', async () => {
    const file = freshDatabaseFile();
    const received: Received = [];
    const first = start(file, received, ['100003']);
    const notice = await first.service.create(FIELDS, EVERYONE, 'staff', T0);
    await first.service.send(notice.id, 'staff', T0);
    void first.dispatcher.tick();
    await until(() => received.filter((r) => r.chatId.startsWith('100')).length === 2 && received.length === 5);
    first.db.close();

    // Restarted, and killed again while that same message is being sent.
    const second = start(file, received, ['100003']);
    void second.dispatcher.tick();
    await until(() => times(received)['100003'] === 2 && times(received)['100005'] === 0);
    second.db.close();

    const third = start(file, received);
    await third.dispatcher.tick();
    expect(times(received)).toEqual({ 'wx-1': 1, 'wx-3': 1, 'wx-5': 1, '100001': 1, '100003': 2, '100005': 1 });
    const deliveries = await third.store.deliveries(notice.id);
    expect(deliveries.find((d) => d.memberId === 'M0004')).toMatchObject({ state: 'failed', error: expect.stringContaining('两次中断') });
    third.db.close();
  });
});
