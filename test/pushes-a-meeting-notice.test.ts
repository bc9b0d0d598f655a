import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { NoticeService } from '../src/notices/notice-service.ts';
import { SqliteNoticeStore } from '../src/notices/sqlite-notice-store.ts';
import type { NoticeFields, NoticeTargets } from '../src/notices/types.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteOutbox } from '../src/storage/sqlite-outbox.ts';
import { committeeOf, FakeRoster, RecordingSender } from './support/notice-fakes.ts';

const T0 = new Date('2026-12-01T02:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);

const FIELDS: NoticeFields = {
  title: '市政协十四届常委会第十次会议',
  time: '2026年12月5日上午9:00',
  place: '市民之家三楼会议室',
  scope: '全体常委',
  body: '会议议程：审议年度工作报告。请携带履职手册。',
  needsReply: true,
  replyBy: hours(48),
};
const EVERYONE: NoticeTargets = { allMembers: true, sectors: [], committees: [], members: [], groups: [] };

function setUp(file = path.join(mkdtempSync(path.join(tmpdir(), 'liaison-notices-')), 'liaison.db'), roster = new FakeRoster(committeeOf(300))) {
  const db = openDatabase(file);
  migrate(db, MIGRATIONS);
  const store = new SqliteNoticeStore(db);
  const outbox = new SqliteOutbox(db);
  const service = new NoticeService({ store, roster, log: silentLogger(), reminderHours: [24, 2] });
  const wechat = new RecordingSender('wechat');
  const telegram = new RecordingSender('telegram');
  const dispatcher = new OutboxDispatcher({ outbox, senders: [wechat, telegram], log: silentLogger(), now: () => T0, batch: 1000 });
  return { file, db, store, service, roster, wechat, telegram, deliver: () => dispatcher.tick() };
}

describe('staff push a meeting notice', () => {
  it('reaches each of 300 members across both channels exactly once', async () => {
    const { service, roster, wechat, telegram, deliver } = setUp();
    const notice = await service.create(FIELDS, EVERYONE, 'staff:王秘书', T0);
    await service.send(notice.id, 'staff:王秘书', T0);
    await deliver();
    await deliver();
    expect(wechat.sent.length + telegram.sent.length).toBe(300);
    for (const m of roster.members) {
      const account = m.accounts[0]!;
      const inbox = (account.channel === 'wechat' ? wechat : telegram).to(account.chatId);
      expect(inbox).toHaveLength(1);
      expect(inbox[0]).toContain('市政协十四届常委会第十次会议');
    }
    await expect(service.send(notice.id, 'staff:王秘书', T0)).rejects.toThrow(/不能重复发送/);
    expect((await service.roll(notice.id)).deliveries).toEqual({ sent: 300, failed: 0, pending: 0, unreachable: 0 });
  });

  it('targets by 界别 and 专委会 and logs failed deliveries with the reason', async () => {
    const { service, wechat, store, deliver } = setUp();
    wechat.failFor.add('wx-1');
    const notice = await service.create(FIELDS, { ...EVERYONE, allMembers: false, sectors: ['民盟'], committees: ['经济委'] }, 'staff', T0);
    const { recipients } = await service.send(notice.id, 'staff', T0);
    // 民盟 is every third member; 经济委 every second: 100 + 150 - 50 in both.
    expect(recipients).toHaveLength(200);
    for (let i = 0; i < 5; i++) await deliver();
    const failed = (await store.deliveries(notice.id)).filter((d) => d.state === 'failed');
    expect(failed).toEqual([expect.objectContaining({ memberId: 'M0001', error: '对方账号不存在' })]);
  });

  it('tallies replies, a changed reply replacing the first, until the deadline', async () => {
    const { service, deliver } = setUp();
    const notice = await service.create(FIELDS, EVERYONE, 'staff', T0);
    await service.send(notice.id, 'staff', T0);
    await deliver();
    const wx = (n: number) => ({ channel: 'wechat', chatId: `wx-${n}`, isGroup: false });
    expect(await service.reply(wx(1), '参加', '', hours(1))).toMatchObject({ ok: true });
    expect(await service.reply(wx(3), '请假', '外出调研', hours(1))).toMatchObject({ ok: true });
    expect(await service.reply(wx(5), '参加', '', hours(1))).toMatchObject({ ok: true });
    expect(await service.reply(wx(5), '请假', '临时出差', hours(2))).toMatchObject({ ok: true });
    expect(await service.reply(wx(7), '参加', '', hours(49))).toMatchObject({ ok: false });
    const roll = await service.roll(notice.id);
    expect(roll.attending.map((r) => r.name)).toEqual(['委员1']);
    expect(roll.excused.map((r) => [r.name, r.reason])).toEqual([
      ['委员3', '外出调研'],
      ['委员5', '临时出差'],
    ]);
    expect(roll.unanswered).toHaveLength(297);
  });

  it('reminds only those who have not answered, once, even across a restart', async () => {
    const first = setUp();
    const notice = await first.service.create(FIELDS, EVERYONE, 'staff', T0);
    await first.service.send(notice.id, 'staff', T0);
    await first.deliver();
    for (let n = 1; n <= 299; n += 2) await first.service.reply({ channel: 'wechat', chatId: `wx-${n}`, isGroup: false }, '参加', '', hours(1));
    expect(await first.service.remind(hours(23))).toBe(0);
    first.db.close();

    // The bot was down when the 24-hours-before reminder fell due; it fires once on start.
    const second = setUp(first.file, first.roster);
    expect(await second.service.remind(hours(30))).toBe(150);
    expect(await second.service.remind(hours(30))).toBe(0);
    await second.deliver();
    expect(second.wechat.sent).toHaveLength(0);
    expect(second.telegram.sent).toHaveLength(150);
    expect(second.telegram.sent[0]?.text).toContain('您还没有回复');
    second.db.close();

    const third = setUp(first.file, first.roster);
    expect(await third.service.remind(hours(47))).toBe(150);
    // Past the deadline nothing is useful any more.
    expect(await third.service.remind(hours(60))).toBe(0);
  });

  it('a change and a cancellation reach everyone the notice reached', async () => {
    const { service, wechat, telegram, deliver } = setUp();
    const notice = await service.create(FIELDS, EVERYONE, 'staff', T0);
    await service.send(notice.id, 'staff', T0);
    await deliver();
    await service.change(notice.id, { ...FIELDS, place: '市政协二楼报告厅' }, 'staff', hours(1));
    await deliver();
    await service.cancel(notice.id, 'staff', hours(2));
    await deliver();
    const texts = [...wechat.sent, ...telegram.sent].map((s) => s.text);
    expect(texts.filter((t) => t.includes('【通知变更】') && t.includes('市政协二楼报告厅'))).toHaveLength(300);
    expect(texts.filter((t) => t.includes('【通知取消】'))).toHaveLength(300);
  });
});
