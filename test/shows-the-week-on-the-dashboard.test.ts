import { beforeEach, describe, expect, it } from 'vitest';
import type { QuestionOutcome } from '../src/answering/question-log.ts';
import { dashboardCharts } from '../src/dashboard/charts.ts';
import { weekDashboard, type DashboardSources } from '../src/dashboard/week-stats.ts';
import type { NoticeFields, NoticeTargets, Recipient } from '../src/notices/types.ts';
import type { OpinionCategory, OpinionFields } from '../src/opinions/types.ts';
import { openStorage, type Storage } from '../src/storage/open-store.ts';
import { testConfig } from './support/test-app.ts';

/** China time, as staff read the dashboard. */
const at = (text: string) => new Date(`${text}+08:00`);
// A Wednesday afternoon; the week runs from Monday 23 to Sunday 29 November 2026.
const NOW = at('2026-11-25T15:00:00');

let storage: Storage;
let sources: DashboardSources;
beforeEach(() => {
  storage = openStorage(testConfig());
  sources = { questions: storage.questionLog, opinions: storage.opinions, notices: storage.notices, status: storage.status, outbox: storage.outbox };
  return () => storage.close();
});

const ask = (when: string, outcome: QuestionOutcome) =>
  storage.questionLog.record({ askedAt: at(when), asker: 'wechat:wx-1', question: '问题', resolved: '问题', followUp: false, outcome });

let message = 0;
async function submit(when: string, category: OpinionCategory): Promise<string> {
  const fields: OpinionFields = { title: `建议${++message}`, situation: `情况${message}`, suggestion: '建议', category, name: '李明', sector: '民盟', phone: '', signed: true };
  return (await storage.opinions.submit({ memberId: `m${message}`, channel: 'wechat', messageId: `x${message}`, fields, now: at(when) })).opinion.number;
}

const wx = (chatId: string) => ({ channel: 'wechat', chatId, isGroup: false });
const recipients: Recipient[] = [
  { memberId: 'M0001', name: '张三', address: wx('wx-1') },
  { memberId: 'M0002', name: '李四', address: wx('wx-2') },
  { memberId: 'M0003', name: '王五', address: null },
];
const TARGETS: NoticeTargets = { allMembers: true, sectors: [], committees: [], members: [], groups: [] };
async function sendNotice(title: string, replyBy: string | null, needsReply = true): Promise<number> {
  const fields: NoticeFields = { title, time: '12月5日上午9:00', place: '会议室', scope: '全体', body: '正文', needsReply, replyBy: replyBy ? at(replyBy) : null };
  const draft = await storage.notices.create({ fields, targets: TARGETS, by: '赵秘书', now: at('2026-11-20T09:00:00') });
  const messages = recipients.flatMap((r) => (r.address ? [{ to: r.address, memberId: r.memberId, text: title }] : []));
  await storage.notices.send({ id: draft.id, by: '赵秘书', now: at('2026-11-20T09:00:00'), recipients, messages, remindAt: [] });
  return draft.id;
}

describe('the dashboard shows the office’s week', () => {
  it('counts this week’s questions per day in China time, with the declined ones', async () => {
    await ask('2026-11-22T23:59:00', 'answered'); // Sunday before: last week
    await ask('2026-11-23T00:30:00', 'answered'); // Monday 00:30 in China is still Sunday in UTC
    await ask('2026-11-23T10:00:00', 'declined');
    await ask('2026-11-25T09:00:00', 'curated');
    await ask('2026-11-25T14:00:00', 'declined');
    await ask('2026-11-30T00:00:00', 'answered'); // next Monday

    const d = await weekDashboard(sources, NOW);
    expect(d.week).toMatchObject({ from: at('2026-11-23T00:00:00'), to: at('2026-11-30T00:00:00'), label: '2026-11-23 至 2026-11-29' });
    expect(d.week.days).toEqual(['11-23 周一', '11-24 周二', '11-25 周三', '11-26 周四', '11-27 周五', '11-28 周六', '11-29 周日']);
    expect(d.questions).toEqual({ asked: 4, answered: 2, declined: 2, perDay: { asked: [2, 0, 2, 0, 0, 0, 0], declined: [1, 0, 1, 0, 0, 0, 0] } });

    // Another week on request: the week before holds only the Sunday question.
    const before = await weekDashboard(sources, NOW, at('2026-11-18T12:00:00'));
    expect(before.week.label).toBe('2026-11-16 至 2026-11-22');
    expect(before.questions.perDay.asked).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('shows this week’s submissions by status and by category, every one listed', async () => {
    await submit('2026-11-20T10:00:00', '民生保障'); // last week
    const a = await submit('2026-11-23T09:00:00', '民生保障');
    const b = await submit('2026-11-24T09:00:00', '民生保障');
    await submit('2026-11-25T09:00:00', '生态环境');
    await storage.opinions.changeStatus({ number: a, to: '已受理', note: '', actor: '赵秘书', now: NOW });
    await storage.opinions.changeStatus({ number: b, to: '不予采用', note: '已有同类信息', actor: '赵秘书', now: NOW });

    const { opinions } = await weekDashboard(sources, NOW);
    expect(opinions.submitted).toBe(3);
    expect(opinions.perDay).toEqual([1, 1, 1, 0, 0, 0, 0]);
    expect(opinions.byStatus).toEqual([
      { status: '已提交', count: 1 },
      { status: '已受理', count: 1 },
      { status: '已编报', count: 0 },
      { status: '已采用', count: 0 },
      { status: '已转有关部门', count: 0 },
      { status: '已办结', count: 0 },
      { status: '不予采用', count: 1 },
    ]);
    expect(opinions.byCategory.map((c) => c.category)).toEqual(['经济发展', '民生保障', '社会治理', '生态环境', '教育文化', '医疗卫生', '城乡建设', '其他']);
    expect(opinions.byCategory.filter((c) => c.count > 0)).toEqual([
      { category: '民生保障', count: 2 },
      { category: '生态环境', count: 1 },
    ]);
  });

  it('lists the notices still taking replies with how many have not answered, and the outbox backlog', async () => {
    const later = await sendNotice('常委会', '2026-11-28T18:00:00');
    const sooner = await sendNotice('座谈会', '2026-11-26T18:00:00');
    await sendNotice('已截止的会', '2026-11-24T18:00:00');
    await sendNotice('情况通报', null, false);
    const cancelled = await sendNotice('取消的会', '2026-11-28T18:00:00');
    await storage.notices.reply({ id: later, memberId: 'M0001', answer: '参加', reason: '', now: at('2026-11-24T09:00:00') });

    // Everything queued so far goes out but one message, which fails for good; a Telegram message waits.
    const queued = await storage.outbox.pending('wechat', 100);
    for (const m of queued.slice(1)) if (await storage.outbox.claim(m.id, NOW)) await storage.outbox.markSent(m.id, NOW);
    await storage.outbox.giveUp(queued[0]!.id, '对方账号不存在', NOW);
    await storage.notices.cancel({ id: cancelled, by: '赵秘书', now: NOW, messages: [] });
    await storage.outbox.enqueue({ to: { channel: 'telegram', chatId: '42', isGroup: false }, text: '状态变更', reason: 'opinion-status' }, at('2026-11-25T08:00:00'));
    await storage.outbox.enqueue({ to: { channel: 'telegram', chatId: '43', isGroup: false }, text: '状态变更', reason: 'opinion-status' }, at('2026-11-25T09:00:00'));

    const d = await weekDashboard(sources, NOW);
    expect(d.notices.open).toEqual([
      { id: sooner, title: '座谈会', time: '12月5日上午9:00', replyBy: at('2026-11-26T18:00:00'), recipients: 3, replied: 0, awaiting: 3 },
      { id: later, title: '常委会', time: '12月5日上午9:00', replyBy: at('2026-11-28T18:00:00'), recipients: 3, replied: 1, awaiting: 2 },
    ]);
    expect(d.notices.awaiting).toBe(5);
    expect(d.outbox).toEqual({
      channels: [
        { channel: 'telegram', pending: 2, failed: 0, oldestPendingAt: at('2026-11-25T08:00:00') },
        { channel: 'wechat', pending: 0, failed: 1, oldestPendingAt: null },
      ],
      pending: 2,
      failed: 1,
    });
  });

  it('gives ECharts options a page can embed as JSON', async () => {
    await ask('2026-11-24T10:00:00', 'declined');
    await submit('2026-11-24T10:00:00', '其他');
    const charts = dashboardCharts(await weekDashboard(sources, NOW));
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
    expect(charts.questions).toMatchObject({
      xAxis: { data: ['11-23 周一', '11-24 周二', '11-25 周三', '11-26 周四', '11-27 周五', '11-28 周六', '11-29 周日'] },
      series: [
        { name: '提问', data: [0, 1, 0, 0, 0, 0, 0] },
        { name: '未答上', data: [0, 1, 0, 0, 0, 0, 0] },
      ],
    });
    expect(charts.opinionsByCategory).toMatchObject({ series: [{ type: 'pie', data: expect.arrayContaining([{ name: '其他', value: 1 }]) }] });
    expect(charts.outbox).toMatchObject({ xAxis: { data: [] }, series: [{ data: [] }, { data: [] }] });
  });
});
