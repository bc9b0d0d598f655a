import { describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { NoticeService } from '../src/notices/notice-service.ts';
import { SqliteNoticeStore } from '../src/notices/sqlite-notice-store.ts';
import { committeeOf, FakeRoster } from './support/notice-fakes.ts';
import { freshDatabaseFile, manualClock, openOutbox, permanent, rateLimited, ScriptedSender, to, transient } from './support/scripted-sender.ts';

const T0 = new Date('2026-12-01T02:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function setUp(senders: ScriptedSender[], options: { batch?: number } = {}) {
  const file = freshDatabaseFile();
  const { db, outbox } = openOutbox(file);
  const clock = manualClock(T0);
  const dispatcher = new OutboxDispatcher({ outbox, senders, log: silentLogger(), now: clock.now, batch: options.batch ?? 50 });
  const queue = async (channel: string, ...chatIds: string[]) => {
    for (const chatId of chatIds) await outbox.enqueue({ to: to(channel, chatId), text: `给 ${chatId} 的消息`, reason: 'test' }, clock.now());
  };
  return { db, outbox, clock, queue, tick: () => dispatcher.tick() };
}

describe('the outbox does with a failed send what its error type says', () => {
  it('a permanent refusal is recorded at once with its reason and never tried again', async () => {
    const file = freshDatabaseFile();
    const { db, outbox } = openOutbox(file);
    const store = new SqliteNoticeStore(db);
    const service = new NoticeService({ store, roster: new FakeRoster(committeeOf(4)), log: silentLogger(), reminderHours: [24] });
    const clock = manualClock(T0);
    const wechat = new ScriptedSender('wechat').fail('wx-1', permanent('找不到联系人 wx-1'));
    const telegram = new ScriptedSender('telegram').fail('100001', permanent('Telegram 拒绝发送：403 Forbidden: bot was blocked by the user'));
    const dispatcher = new OutboxDispatcher({ outbox, senders: [wechat, telegram], log: silentLogger(), now: clock.now });
    const notice = await service.create(
      { title: '常委会会议', time: '12月5日上午9:00', place: '市民之家', scope: '全体常委', body: '审议工作报告。', needsReply: false, replyBy: null },
      { allMembers: true, sectors: [], committees: [], members: [], groups: [] },
      'staff',
      T0,
    );
    await service.send(notice.id, 'staff', T0);

    await dispatcher.tick();
    for (const later of [1, 10, 60, 600]) {
      clock.advance(later * MINUTE);
      await dispatcher.tick();
    }

    expect(wechat.calls).toEqual(['wx-1', 'wx-3']);
    expect(telegram.calls).toEqual(['100001', '100003']);
    const deliveries = await store.deliveries(notice.id);
    expect(deliveries.map((d) => [d.memberId, d.state, d.error])).toEqual([
      ['M0001', 'failed', '找不到联系人 wx-1'],
      ['M0002', 'failed', 'Telegram 拒绝发送：403 Forbidden: bot was blocked by the user'],
      ['M0003', 'sent', ''],
      ['M0004', 'sent', ''],
    ]);
    expect(await outbox.pending('wechat', 10)).toEqual([]);
    db.close();
  });

  it('a transient failure backs off for that recipient only; the rest of the batch and the next batch go out', async () => {
    const telegram = new ScriptedSender('telegram').fail('B', transient('Telegram 暂时无法发送：502 Bad Gateway'));
    const { outbox, clock, queue, tick, db } = setUp([telegram], { batch: 2 });
    await queue('telegram', 'A', 'B', 'C', 'D');

    await tick();
    expect(telegram.delivered).toEqual(['A', 'C', 'D']);
    expect(await outbox.pending('telegram', 10)).toEqual([
      expect.objectContaining({ to: to('telegram', 'B'), attempts: 1, lastError: 'Telegram 暂时无法发送：502 Bad Gateway', nextAttemptAt: new Date(T0.getTime() + 30 * SECOND) }),
    ]);

    // Not before its back-off is over.
    clock.advance(10 * SECOND);
    await tick();
    expect(telegram.calls).toEqual(['A', 'B', 'C', 'D']);

    clock.advance(20 * SECOND);
    await tick();
    expect(telegram.delivered).toEqual(['A', 'C', 'D', 'B']);
    expect(await outbox.pending('telegram', 10)).toEqual([]);
    db.close();
  });

  it('waits 30 s, 2 min, 10 min, 30 min between tries and gives up after the fifth, keeping the last reason', async () => {
    const telegram = new ScriptedSender('telegram').fail('A', ...Array.from({ length: 9 }, (_, i) => transient(`网络错误 ${i + 1}`)));
    const { outbox, clock, queue, tick, db } = setUp([telegram]);
    await queue('telegram', 'A');
    const triedAt: number[] = [];
    for (let elapsed = 0; elapsed <= 3 * 3600; elapsed += 10) {
      const before = telegram.calls.length;
      await tick();
      if (telegram.calls.length > before) triedAt.push(elapsed);
      clock.advance(10 * SECOND);
    }
    expect(triedAt).toEqual([0, 30, 150, 750, 2550]);
    expect(await outbox.pending('telegram', 10)).toEqual([]);
    db.close();
  });

  it('a channel that fails three times in a row is left until the next pass, without using up the others’ attempts', async () => {
    const wechat = new ScriptedSender('wechat');
    for (const id of ['A', 'B', 'C', 'D', 'E']) wechat.fail(id, transient('微信发送失败：网络中断'));
    const { outbox, queue, tick, db } = setUp([wechat]);
    await queue('wechat', 'A', 'B', 'C', 'D', 'E');
    await tick();
    expect(wechat.calls).toEqual(['A', 'B', 'C']);
    expect((await outbox.pending('wechat', 10)).map((m) => [m.to.chatId, m.attempts])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
      ['D', 0],
      ['E', 0],
    ]);
    db.close();
  });

  it('a rate limit holds the whole channel for retry_after, without counting an attempt; other channels go on', async () => {
    const telegram = new ScriptedSender('telegram').fail('A', rateLimited(20 * SECOND));
    const wechat = new ScriptedSender('wechat');
    const { outbox, clock, queue, tick, db } = setUp([telegram, wechat]);
    await queue('telegram', 'A', 'B');
    await queue('wechat', 'W');

    await tick();
    expect(telegram.calls).toEqual(['A']);
    expect(wechat.delivered).toEqual(['W']);
    expect((await outbox.pending('telegram', 10)).map((m) => [m.to.chatId, m.attempts])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);

    clock.advance(10 * SECOND);
    await tick();
    expect(telegram.calls).toEqual(['A']);

    clock.advance(10 * SECOND);
    await tick();
    expect(telegram.delivered).toEqual(['A', 'B']);
    db.close();
  });

  it('an error the adapter did not type is treated as transient', async () => {
    const { outbox, queue, db } = setUp([]);
    let calls = 0;
    const dispatcher = new OutboxDispatcher({
      outbox,
      senders: [{ channel: 'telegram', send: async () => Promise.reject(new Error(`socket hang up`, { cause: ++calls })) }],
      log: silentLogger(),
      now: () => T0,
    });
    await queue('telegram', 'A');
    await dispatcher.tick();
    await dispatcher.tick();
    expect(calls).toBe(1);
    expect(await outbox.pending('telegram', 10)).toEqual([expect.objectContaining({ attempts: 1, lastError: 'socket hang up', nextAttemptAt: new Date(T0.getTime() + 30 * SECOND) })]);
    db.close();
  });
});
