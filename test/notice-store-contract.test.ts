import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Address, Outbox } from '../src/conversation/outbound.ts';
import { NoticeStoreError, type NoticeMessage, type NoticeStore } from '../src/notices/notice-store.ts';
import { SqliteNoticeStore } from '../src/notices/sqlite-notice-store.ts';
import type { NoticeFields, NoticeTargets, Recipient } from '../src/notices/types.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteOutbox } from '../src/storage/sqlite-outbox.ts';

/** A notice's deliveries are outbox messages: the store comes with the outbox of the same engine. */
export interface NoticesUnderTest {
  store: NoticeStore;
  outbox: Outbox;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);
const NOW = at('2026-11-20T10:00:00');
const hours = (n: number) => new Date(NOW.getTime() + n * 3600_000);

const fields = (more: Partial<NoticeFields> = {}): NoticeFields => ({
  title: '关于召开提案委员会全体会议的通知',
  time: '2026年12月5日上午9:00',
  place: '市民之家三楼会议室',
  scope: '提案委全体委员',
  body: '审议年度提案工作报告，请准时参加。',
  needsReply: true,
  replyBy: hours(48),
  ...more,
});
const targets: NoticeTargets = { allMembers: false, sectors: [], committees: ['提案委'], members: ['M0003'], groups: [{ channel: 'wechat', chatId: 'room-1', isGroup: true }] };
const wx = (chatId: string): Address => ({ channel: 'wechat', chatId, isGroup: false });
const recipients: Recipient[] = [
  { memberId: 'M0001', name: '张三', address: wx('wx-zhang') },
  { memberId: 'M0002', name: '李四', address: { channel: 'telegram', chatId: '42', isGroup: false } },
  { memberId: 'M0003', name: '王五', address: null },
];
const choices = [{ label: '参加', value: '参加' }, { label: '请假', value: '请假' }];
const messagesFor = (text: string): NoticeMessage[] => [
  ...recipients.flatMap((r) => (r.address ? [{ to: r.address, memberId: r.memberId, text, choices }] : [])),
  { to: targets.groups[0]!, memberId: null, text },
];

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(NoticeStoreError);
  return (error as NoticeStoreError).code;
}

/** The behaviour every NoticeStore must show; a PostgreSQL store will run the same suite. */
export function describeNoticeStoreContract(name: string, make: () => Promise<NoticesUnderTest>): void {
  describe(`${name} keeps the NoticeStore contract`, () => {
    let subject: NoticesUnderTest;
    let store: NoticeStore;
    let outbox: Outbox;
    beforeEach(async () => {
      subject = await make();
      ({ store, outbox } = subject);
    });
    afterEach(() => subject.close());

    const sendOne = async (more: Partial<NoticeFields> = {}) => {
      const draft = await store.create({ fields: fields(more), targets, by: '赵秘书', now: NOW });
      return store.send({ id: draft.id, by: '赵秘书', now: hours(1), recipients, messages: messagesFor('通知正文'), remindAt: [hours(24), hours(46)] });
    };
    /** Delivers every message owed on a channel, as the dispatcher would. */
    const deliverAll = async (channel: string, when: Date) => {
      for (const m of await outbox.pending(channel, 100)) if (await outbox.claim(m.id, when)) await outbox.markSent(m.id, when);
    };

    it('keeps drafts with their fields and targets, numbered in order', async () => {
      const first = await store.create({ fields: fields(), targets, by: '赵秘书', now: NOW });
      const second = await store.create({ fields: fields({ title: '第二份', needsReply: false, replyBy: null }), targets, by: 'office', now: hours(1) });
      expect(first).toEqual({ id: first.id, fields: fields(), targets, status: '草稿', createdBy: '赵秘书', createdAt: NOW, sentBy: null, sentAt: null });
      expect(second.id).toBeGreaterThan(first.id);
      expect(await store.get(second.id)).toEqual(second);
      expect(await store.get(9999)).toBeNull();
      expect((await store.list()).map((n) => n.fields.title)).toEqual([fields().title, '第二份']);
    });

    it('sends once: recipients recorded, one message queued per reachable recipient and group', async () => {
      const sent = await sendOne();
      expect(sent).toMatchObject({ status: '已发送', sentBy: '赵秘书', sentAt: hours(1) });
      expect(await refusal(store.send({ id: sent.id, by: 'x', now: hours(2), recipients, messages: messagesFor('again'), remindAt: [] }))).toBe('not_draft');
      expect(await refusal(store.send({ id: 9999, by: 'x', now: hours(2), recipients, messages: [], remindAt: [] }))).toBe('not_found');
      expect(await store.recipients(sent.id)).toEqual(recipients);

      const wechat = await outbox.pending('wechat', 10);
      expect(wechat.map((m) => [m.to.chatId, m.text, m.choices ?? null])).toEqual([
        ['wx-zhang', '通知正文', choices],
        ['room-1', '通知正文', null],
      ]);
      expect(await outbox.pending('telegram', 10)).toHaveLength(1);
      expect(await store.deliveries(sent.id)).toEqual([
        { memberId: 'M0001', name: '张三', to: wx('wx-zhang'), state: 'pending', error: '', kind: 'notice' },
        { memberId: 'M0002', name: '李四', to: { channel: 'telegram', chatId: '42', isGroup: false }, state: 'pending', error: '', kind: 'notice' },
        { memberId: null, name: '群 room-1', to: targets.groups[0], state: 'pending', error: '', kind: 'notice' },
      ]);
    });

    it('reports what reached whom; a change and a cancellation go to those reached', async () => {
      const sent = await sendOne();
      expect(await store.reached(sent.id)).toEqual([]);
      await deliverAll('wechat', hours(2));
      const [tg] = await outbox.pending('telegram', 1);
      await outbox.claim(tg!.id, hours(2));
      await outbox.giveUp(tg!.id, '用户已停用机器人', hours(2));
      expect((await store.deliveries(sent.id)).map((d) => [d.name, d.state, d.error])).toEqual([
        ['张三', 'sent', ''],
        ['李四', 'failed', '用户已停用机器人'],
        ['群 room-1', 'sent', ''],
      ]);
      expect(await store.reached(sent.id)).toEqual([
        { memberId: 'M0001', to: wx('wx-zhang') },
        { memberId: null, to: targets.groups[0] },
      ]);

      const reached = (await store.reached(sent.id)).map(({ memberId, to }) => ({ memberId, to, text: '时间改了' }));
      const changed = await store.change({ id: sent.id, fields: fields({ time: '2026年12月6日上午9:00' }), by: '赵秘书', now: hours(3), messages: reached });
      expect(changed).toMatchObject({ status: '已发送', fields: { time: '2026年12月6日上午9:00' } });
      expect((await store.deliveries(sent.id)).filter((d) => d.kind === 'change').map((d) => [d.name, d.state])).toEqual([
        ['张三', 'pending'],
        ['群 room-1', 'pending'],
      ]);
      // Only the notice itself counts as reached, not the messages about it.
      await deliverAll('wechat', hours(4));
      expect(await store.reached(sent.id)).toHaveLength(2);
    });

    it('cancels: what was not delivered never will be, reminders stop, a second cancel is refused', async () => {
      const sent = await sendOne();
      await deliverAll('wechat', hours(2));
      const cancelled = await store.cancel({ id: sent.id, by: '赵秘书', now: hours(3), messages: [{ to: wx('wx-zhang'), memberId: 'M0001', text: '会议取消' }] });
      expect(cancelled.status).toBe('已取消');
      expect((await store.deliveries(sent.id)).map((d) => [d.kind, d.name, d.state, d.error])).toEqual([
        ['notice', '张三', 'sent', ''],
        ['notice', '李四', 'failed', '通知已取消'],
        ['notice', '群 room-1', 'sent', ''],
        ['cancel', '张三', 'pending', ''],
      ]);
      expect(await outbox.pending('telegram', 10)).toEqual([]);
      expect(await store.fireDueReminders(hours(30), () => ({ text: '提醒' }))).toEqual([]);
      expect(await refusal(store.cancel({ id: sent.id, by: 'x', now: hours(4), messages: [] }))).toBe('not_sent');
      expect(await refusal(store.change({ id: sent.id, fields: fields(), by: 'x', now: hours(4), messages: [] }))).toBe('not_sent');
      expect(await store.openFor('M0001', hours(4))).toEqual([]);
    });

    it('takes one reply per recipient until the deadline, the latest replacing the earlier', async () => {
      const sent = await sendOne();
      const reply = (memberId: string, answer: '参加' | '请假', when: Date, reason = '') => store.reply({ id: sent.id, memberId, answer, reason, now: when });
      expect(await reply('M0001', '参加', hours(2))).toBe(true);
      expect(await reply('M0002', '请假', hours(3), '外出调研')).toBe(true);
      expect(await reply('M0001', '请假', hours(4), '临时有事')).toBe(true);
      expect(await reply('M0009', '参加', hours(4))).toBe(false);
      expect(await reply('M0003', '参加', hours(49))).toBe(false);
      expect(await store.replies(sent.id)).toEqual([
        { memberId: 'M0002', name: '李四', answer: '请假', reason: '外出调研', at: hours(3) },
        { memberId: 'M0001', name: '张三', answer: '请假', reason: '临时有事', at: hours(4) },
      ]);

      const draft = await store.create({ fields: fields(), targets, by: 'x', now: NOW });
      expect(await store.reply({ id: draft.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(2) })).toBe(false);
      const noReply = await sendOne({ needsReply: false, replyBy: null });
      expect(await store.reply({ id: noReply.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(2) })).toBe(false);
      expect(await store.reply({ id: 9999, memberId: 'M0001', answer: '参加', reason: '', now: hours(2) })).toBe(false);
    });

    it('takes a reply back until the deadline, and only one that was given', async () => {
      const sent = await sendOne();
      await store.reply({ id: sent.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(2) });
      expect(await store.withdraw({ id: sent.id, memberId: 'M0001', now: hours(3) })).toBe(true);
      expect(await store.replies(sent.id)).toEqual([]);
      expect(await store.withdraw({ id: sent.id, memberId: 'M0001', now: hours(3) })).toBe(false);
      await store.reply({ id: sent.id, memberId: 'M0002', answer: '请假', reason: '出差', now: hours(2) });
      expect(await store.withdraw({ id: sent.id, memberId: 'M0002', now: hours(49) })).toBe(false);
      expect((await store.replies(sent.id)).map((r) => r.memberId)).toEqual(['M0002']);
    });

    it('finds the notices a member may still answer, newest first, and members by chat account', async () => {
      const older = await sendOne();
      const newer = await sendOne({ replyBy: hours(100) });
      await sendOne({ needsReply: false, replyBy: null });
      await store.create({ fields: fields(), targets, by: 'x', now: NOW });
      expect((await store.openFor('M0001', hours(2))).map((n) => n.id)).toEqual([newer.id, older.id]);
      expect((await store.openFor('M0001', hours(60))).map((n) => n.id)).toEqual([newer.id]);
      expect(await store.openFor('M0009', hours(2))).toEqual([]);
      expect(await store.memberIdsFor(wx('wx-zhang'))).toEqual(['M0001']);
      expect(await store.memberIdsFor(wx('nobody'))).toEqual([]);
    });

    it('fires each reminder once, to reachable recipients who have not answered, and drops late ones', async () => {
      const sent = await sendOne();
      await deliverAll('wechat', hours(2));
      await deliverAll('telegram', hours(2));
      await store.reply({ id: sent.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(3) });
      expect(await store.fireDueReminders(hours(23), () => ({ text: '提醒' }))).toEqual([]);

      const render = (n: { fields: NoticeFields }) => ({ text: `请回复：${n.fields.title}`, choices });
      const racing = await Promise.all([store.fireDueReminders(hours(24), render), store.fireDueReminders(hours(24), render)]);
      expect(racing.flat()).toEqual([{ noticeId: sent.id, queued: 1 }]);
      const [reminder] = await outbox.pending('telegram', 10);
      expect(reminder).toMatchObject({ to: { chatId: '42' }, text: `请回复：${fields().title}`, choices });
      expect((await store.deliveries(sent.id)).filter((d) => d.kind === 'reminder').map((d) => d.name)).toEqual(['李四']);

      // The second reminder is due at hour 46 but looked for only after the deadline: dropped for good.
      expect(await store.fireDueReminders(hours(50), render)).toEqual([]);
      expect(await store.fireDueReminders(hours(51), render)).toEqual([]);
    });

    it('reminds now, on staff’s word, those who have not answered, leaving the scheduled reminders armed', async () => {
      const sent = await sendOne();
      await store.reply({ id: sent.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(3) });
      const render = (n: { fields: NoticeFields }) => ({ text: `请回复：${n.fields.title}`, choices });
      expect(await store.remindNow({ id: sent.id, now: hours(4), render })).toBe(1);
      expect((await store.deliveries(sent.id)).filter((d) => d.kind === 'reminder').map((d) => d.name)).toEqual(['李四']);
      expect(await store.fireDueReminders(hours(24), render)).toEqual([{ noticeId: sent.id, queued: 1 }]);
      expect(await refusal(store.remindNow({ id: sent.id, now: hours(49), render }))).toBe('not_sent');
      const draft = await store.create({ fields: fields(), targets, by: 'x', now: NOW });
      expect(await refusal(store.remindNow({ id: draft.id, now: hours(4), render }))).toBe('not_sent');
      const noReply = await sendOne({ needsReply: false, replyBy: null });
      expect(await refusal(store.remindNow({ id: noReply.id, now: hours(4), render }))).toBe('not_sent');
      await store.cancel({ id: sent.id, by: 'x', now: hours(5), messages: [] });
      expect(await refusal(store.remindNow({ id: sent.id, now: hours(6), render }))).toBe('not_sent');
      expect(await refusal(store.remindNow({ id: 999, now: hours(6), render }))).toBe('not_found');
    });

    it('counts every notice’s recipients, replies and notice messages given up', async () => {
      const sent = await sendOne();
      const draft = await store.create({ fields: fields(), targets, by: 'x', now: NOW });
      await deliverAll('wechat', hours(2));
      const [tg] = await outbox.pending('telegram', 1);
      await outbox.claim(tg!.id, hours(2));
      await outbox.giveUp(tg!.id, '用户已停用机器人', hours(2));
      await store.reply({ id: sent.id, memberId: 'M0001', answer: '请假', reason: '出差', now: hours(3) });
      const tallies = await store.tallies();
      expect(tallies.get(sent.id)).toEqual({ recipients: 3, attending: 0, excused: 1, failed: 1 });
      expect(tallies.get(draft.id)).toEqual({ recipients: 0, attending: 0, excused: 0, failed: 0 });
    });

    it('lets one of two racing sends of a draft through', async () => {
      const draft = await store.create({ fields: fields(), targets, by: 'x', now: NOW });
      const send = () => store.send({ id: draft.id, by: 'x', now: hours(1), recipients, messages: messagesFor('正文'), remindAt: [hours(24)] });
      const outcomes = await Promise.allSettled([send(), send()]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await store.deliveries(draft.id)).toHaveLength(3);
    });

    it('tells, per recipient of the notices sent in a period, the reply and whether the notice reached them', async () => {
      const first = await sendOne();
      await deliverAll('wechat', hours(2));
      const [tg] = await outbox.pending('telegram', 1);
      await outbox.claim(tg!.id, hours(2));
      await outbox.giveUp(tg!.id, '用户已停用机器人', hours(2));
      await store.reply({ id: first.id, memberId: 'M0001', answer: '参加', reason: '', now: hours(3) });
      await store.reply({ id: first.id, memberId: 'M0002', answer: '请假', reason: '外出调研', now: hours(3) });
      const noReply = await sendOne({ title: '情况通报会', needsReply: false, replyBy: null });
      // Neither a cancelled notice nor a draft is a meeting anyone was asked to.
      const cancelled = await sendOne({ title: '已取消的会' });
      await store.cancel({ id: cancelled.id, by: '赵秘书', now: hours(2), messages: [] });
      await store.create({ fields: fields({ title: '草稿' }), targets, by: '赵秘书', now: NOW });

      const period = { sentFrom: NOW, sentBefore: hours(24) };
      const all = await store.participation(period);
      expect(all.map((p) => [p.noticeId, p.memberId, p.name, p.answer, p.delivery])).toEqual([
        [first.id, 'M0001', '张三', '参加', 'sent'],
        [first.id, 'M0002', '李四', '请假', 'failed'],
        [first.id, 'M0003', '王五', null, 'unreachable'],
        [noReply.id, 'M0001', '张三', null, 'pending'],
        [noReply.id, 'M0002', '李四', null, 'pending'],
        [noReply.id, 'M0003', '王五', null, 'unreachable'],
      ]);
      expect(all[0]).toEqual({
        noticeId: first.id,
        title: fields().title,
        time: fields().time,
        sentAt: hours(1),
        needsReply: true,
        replyBy: hours(48),
        memberId: 'M0001',
        name: '张三',
        answer: '参加',
        delivery: 'sent',
      });
      expect(all[3]).toMatchObject({ title: '情况通报会', needsReply: false, replyBy: null });

      expect((await store.participation({ ...period, memberId: 'M0002' })).map((p) => [p.noticeId, p.answer])).toEqual([
        [first.id, '请假'],
        [noReply.id, null],
      ]);
      expect(await store.participation({ ...period, memberId: 'M0009' })).toEqual([]);
      // Sent at hour 1: inside [hour 1, hour 2), outside [NOW, hour 1).
      expect(await store.participation({ sentFrom: hours(1), sentBefore: hours(2) })).toHaveLength(6);
      expect(await store.participation({ sentFrom: NOW, sentBefore: hours(1) })).toEqual([]);
    });

    it('keeps text verbatim, whatever it contains', async () => {
      const odd = fields({ title: "'); DROP TABLE notices; --", body: '%_\\ 😀 ?1 $1 :x @y', place: '"' });
      const draft = await store.create({ fields: odd, targets: { ...targets, members: ["O'Neil"] }, by: "x'y", now: NOW });
      expect(await store.get(draft.id)).toMatchObject({ fields: odd, targets: { members: ["O'Neil"] }, createdBy: "x'y" });
    });
  });
}

describeNoticeStoreContract('SqliteNoticeStore', async () => {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS);
  return {
    store: new SqliteNoticeStore(db),
    outbox: new SqliteOutbox(db),
    close: () => {
      db.close();
    },
  };
});
