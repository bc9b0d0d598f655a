import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import type { NoticeFields, NoticeTargets } from '../src/notices/types.ts';
import { writeYearTableXlsx } from '../src/records/export-xlsx.ts';
import { allFields, ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { RecordingSender } from './support/notice-fakes.ts';
import { testConfig } from './support/test-app.ts';

const at = (text: string) => new Date(`${text}+08:00`);
let now = at('2025-12-01T09:00:00');
let app: App;
const wechat = new RecordingSender('wechat');

const chat = (id: string, name?: string) => new ChatDriver(() => app, id, name, 'wechat');
const zhang = chat('wx-zhang', '张三');
const li = chat('wx-li', '李四');
const BOTH: NoticeTargets = { allMembers: false, sectors: [], committees: [], members: ['张三', '李四'], groups: [] };

const meeting = (title: string, replyBy: string | null): NoticeFields => ({
  title,
  time: '2026年11月28日上午9:00',
  place: '市民之家三楼会议室',
  scope: '有关委员',
  body: '请准时参加。',
  needsReply: replyBy !== null,
  replyBy: replyBy ? at(replyBy) : null,
});

async function sendNotice(fields: NoticeFields, when: string): Promise<number> {
  now = at(when);
  const draft = await app.notices.create(fields, BOTH, '赵秘书', now);
  await app.notices.send(draft.id, '赵秘书', now);
  await new OutboxDispatcher({ outbox: app.storage.outbox, senders: [wechat], log: silentLogger(), now: () => now, batch: 100 }).tick();
  return draft.id;
}

async function submit(member: ChatDriver, title: string): Promise<string> {
  await member.say('我想反映社情民意');
  await member.say(allFields({ title }));
  return receiptNumber(await member.say('确认提交'));
}

let openNotice: number;
beforeAll(async () => {
  // One member asks a lot within the test's frozen minute.
  app = await createApp(testConfig({ RATE_LIMIT_USER_PER_MINUTE: '1000' }), silentLogger(), { now: () => now });
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
  expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
  expect(await li.say('绑定 李四 5678')).toContain('绑定成功');

  // 2025: one meeting, 张三 attends.
  await sendNotice(meeting('2025年度总结会', '2025-12-03T18:00:00'), '2025-12-01T09:00:00');
  expect(await zhang.say('参加')).toContain('已登记');

  // 2026: three meetings, one cancelled, one needing no reply.
  await sendNotice(meeting('提案工作座谈会', '2026-11-03T18:00:00'), '2026-11-01T09:00:00');
  expect(await zhang.say('参加')).toContain('已登记');
  expect(await li.say('请假 外出调研')).toContain('已登记');
  await sendNotice(meeting('专题协商会', '2026-11-12T18:00:00'), '2026-11-10T09:00:00');
  expect(await li.say('参加')).toContain('已登记');
  const cancelled = await sendNotice(meeting('已取消的调研', '2026-11-16T18:00:00'), '2026-11-14T09:00:00');
  await app.notices.cancel(cancelled, '赵秘书', now);
  await sendNotice(meeting('情况通报会', null), '2026-11-18T09:00:00');
  // 李四's copy of the last one cannot be delivered.
  wechat.failFor.add('wx-li');
  openNotice = await sendNotice(meeting('常委会第十次会议', '2026-11-25T18:00:00'), '2026-11-22T09:00:00');

  now = at('2026-11-23T10:00:00');
  const first = await submit(zhang, '关于在城南小学门口增设红绿灯的建议');
  await submit(zhang, '关于老旧小区加装电梯的建议');
  await submit(li, '关于社区养老服务的建议');
  await app.storage.opinions.changeStatus({ number: first, to: '已受理', note: '', actor: '赵秘书', now });
  await app.storage.opinions.changeStatus({ number: first, to: '已采用', note: '', actor: '赵秘书', now });
}, 60_000);
afterAll(() => app.close());

describe('a member asks for their own 履职档案 in chat', () => {
  it('shows this year: meetings notified, replies as given in chat, reports submitted and adopted', async () => {
    const text = await zhang.say('我的履职情况');
    expect(text).toContain('张三委员，您2026年的履职情况（截至11月23日）');
    expect(text).toContain('收到会议通知 4 次：参加 1 次，请假 0 次，未回复 1 次，待回复 1 次。');
    expect(text).toContain('【社情民意】提交 2 条，其中被采用 1 条。');
    expect(text).toContain('· 提案工作座谈会（2026年11月28日上午9:00）：参加');
    expect(text).toContain('· 情况通报会（2026年11月28日上午9:00）：无需回执');
    expect(text).toContain('关于在城南小学门口增设红绿灯的建议（已采用）');
    expect(text).not.toContain('已取消的调研');
    expect(text).not.toContain('2025年度总结会');
    expect(text).not.toContain('李四');
  });

  it('understands everyday ways of asking, and each member sees only their own', async () => {
    const text = await li.say('我今年履职情况怎么样？');
    expect(text).toContain('李四委员，您2026年的履职情况');
    expect(text).toContain('收到会议通知 4 次：参加 1 次，请假 1 次，未回复 0 次，待回复 1 次。');
    expect(text).toContain('其中 1 次通知未能送达您的聊天账号');
    expect(text).toContain('【社情民意】提交 1 条，其中被采用 0 条。');
    expect(text).not.toContain('张三');
    expect(await zhang.say('查一下我的履职档案')).toContain('张三委员，您2026年的履职情况');
  });

  it('never shows another member’s record, however it is asked', async () => {
    for (const question of ['张三的履职情况', '查一下张三委员的履职档案', '张三参加了几次会', '他的履职情况', '全体委员的履职情况']) {
      const text = await li.say(question);
      expect(text, question).toContain('履职档案只能查询本人的');
      expect(text, question).not.toMatch(/收到会议通知|提交 \d+ 条/);
    }
    // A name that is no member's is a question for the knowledge base, not a refusal.
    expect(await li.say('常委会开了几次会')).not.toContain('履职档案只能查询本人的');
  });

  it('“我参加了几次会” is a question, not a reply to the notice still open', async () => {
    const text = await zhang.say('我参加了几次会');
    expect(text).toContain('参加 1 次');
    const roll = await app.notices.roll(openNotice);
    expect(roll.unanswered.map((u) => u.name).sort()).toEqual(['张三', '李四']);
    // The open notice still takes a real reply.
    expect(await zhang.say('参加')).toContain('已登记');
    expect((await app.notices.roll(openNotice)).attending.map((r) => r.name)).toEqual(['张三']);
  });

  it('answers for a year the member names', async () => {
    for (const question of ['2025年的履职情况', '去年的履职情况呢？']) {
      const text = await zhang.say(question);
      expect(text, question).toContain('张三委员，您2025年的履职情况：');
      expect(text, question).toContain('收到会议通知 1 次：参加 1 次，请假 0 次，未回复 0 次。');
      expect(text, question).toContain('· 2025年度总结会');
    }
    expect(await li.say('2024年的履职情况')).toContain('2024年暂无会议通知和社情民意记录');
    expect(await li.say('2030年的履职情况')).toContain('2030年还没有到');
  });

  it('tells a member who is not bound how to bind first', async () => {
    const text = await chat('wx-stranger', '王五').say('我的履职情况');
    expect(text).toContain('查询履职情况需要先绑定委员身份');
    expect(text).toContain('绑定 张三 1234');
  });

  it('in a group, answers privately', async () => {
    const replies = await zhang.send('我的履职情况', { isGroup: true, chatId: 'room-1', addressed: true });
    expect(replies[0]).toMatchObject({ text: expect.stringContaining('已私信发给您'), mention: ['wx-zhang'] });
    expect(replies[1]).toMatchObject({ private: true, text: expect.stringContaining('张三委员，您2026年的履职情况') });
  });

  it('leaves answers to a dialog step to the dialog', async () => {
    await zhang.say('我想反映社情民意');
    const text = await zhang.say('关于完善委员履职档案的建议');
    expect(text).not.toContain('履职情况（');
    // Asking for the record mid-way answers it and leaves the draft as it was.
    expect(await zhang.say('我的履职情况')).toContain('张三委员，您2026年的履职情况');
    expect(await zhang.say('预览')).toContain('完善委员履职档案');
    expect(await zhang.say('取消')).toContain('取消');
  });
});

describe('staff see the year table', () => {
  it('counts every registry member the same way and exports it for Excel', async () => {
    const table = await app.records.yearTable(2026);
    const row = (name: string) => table.rows.find((r) => r.name === name);
    expect(row('张三')).toMatchObject({ meetings: { notified: 4, attended: 2, excused: 0, noReply: 1, awaitingReply: 0 }, opinions: { submitted: 2, adopted: 1 } });
    expect(row('李四')).toMatchObject({ meetings: { notified: 4, attended: 1, excused: 1, deliveryFailed: 1 }, opinions: { submitted: 1, adopted: 0 } });
    // Members who were not among the recipients are listed with nothing; staff entries are not members.
    expect(row('王五')).toMatchObject({ meetings: { notified: 0 }, opinions: { submitted: 0 } });
    expect(row('赵秘书')).toBeUndefined();
    expect(table.totals.meetings.notified).toBe(8);
    expect(table.totals.opinions).toEqual({ submitted: 3, adopted: 1 });

    await app.storage.members.upsert({ name: '=HYPERLINK("x")', sector: '+民盟' }, now);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'liaison-records-')), '履职档案.xlsx');
    await writeYearTableXlsx(await app.records.yearTable(2026), file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('2026年履职档案')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '姓名', '界别', '专委会', '会议通知', '参加', '请假', '未回复', '待回复', '送达失败', '未绑定无法送达', '社情民意提交', '社情民意采用']);
    const names = sheet.getColumn(2).values;
    expect(names).toContain('张三');
    expect(names).toContain(`'=HYPERLINK("x")`);
    expect(sheet.getColumn(3).values).toContain("'+民盟");
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(5).value).toBe(8);
  });
});
