import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeTargets } from '../src/notices/types.ts';
import { allFields, receiptNumber } from './support/chat-driver.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staff: WebClient;
let report: string;
const THREE: NoticeTargets = { allMembers: false, sectors: [], committees: [], members: ['张三', '李四', '王五'], groups: [] };

/** The figures of the home page's cards, by label. */
function statsOn(html: string): Record<string, number> {
  return Object.fromEntries([...html.matchAll(/<a class="stat" href="[^"]*"><span class="muted">([^<]+)<\/span><strong>(\d+)<\/strong><\/a>/g)].map((m) => [m[1]!, Number(m[2])]));
}

function chartsOn(html: string): { title?: { text: string }; series: { name: string; data: unknown[] }[] }[] {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/data-chart="([^"]*)"/g)].map((m) => JSON.parse(decode(m[1]!)));
}

/** The 操作 and 操作人 columns of the audit page, row by row. */
function auditRows(html: string): { actor: string; action: string; target: string }[] {
  return [...html.matchAll(/<td data-label="操作人">([^<]*)<\/td>\s*<td data-label="操作">([^<]*)<\/td>\s*<td data-label="对象">([^<]*)<\/td>/g)].map((m) => ({ actor: m[1]!, action: m[2]!, target: m[3]! }));
}

beforeAll(async () => {
  world = await workbenchWorld({ RATE_LIMIT_USER_PER_MINUTE: '1000' });
  const now = world.clock.now();
  const zhang = world.chat('zhang', '张三');
  expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
  expect(await world.chat('li', '李四').say('绑定 李四 5678')).toContain('绑定成功');
  expect(await zhang.say('十堰市政协党组向市委请示报告了多少次？')).toContain('16次');
  await zhang.say('提案怎么写');
  await zhang.say('我想反映社情民意');
  await zhang.say(allFields());
  report = receiptNumber(await zhang.say('确认提交'));
  // A notice still taking replies: to three members (王五 unbound, so unreached), one answers.
  const draft = await world.app.notices.create(
    { title: '提案工作座谈会', time: '12月5日上午9:00', place: '市民之家', scope: '有关委员', body: '请准时参加。', needsReply: true, replyBy: new Date(now.getTime() + 2 * 86400_000) },
    THREE,
    '赵秘书',
    now,
  );
  await world.app.notices.send(draft.id, '赵秘书', now);
  expect(await zhang.say('参加')).toContain('已登记');
  // What the command line recorded earlier, 35 entries for paging.
  for (let i = 1; i <= 35; i++) await world.app.storage.audit.record({ actor: '命令行（zhao）', action: i % 7 === 0 ? 'members.import' : 'notice.send', target: `通知 ${i}`, detail: '', at: new Date(now.getTime() - (40 - i) * 60_000) });
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
});
afterAll(() => world.app.close());

describe('the home page shows the office’s week', () => {
  it('counts this week’s questions, declines and reports, and who still owes a reply', async () => {
    const { status, html } = await staff.page('/');
    expect(status).toBe(200);
    expect(statsOn(html)).toEqual({ 本周提问: 2, 未答上: 1, 社情民意: 1, '待回执（人）': 2 });
    expect(html).toMatch(/<td data-label="通知">\d+ 提案工作座谈会<\/td>[\s\S]*?<td data-label="已回复 \/ 应回复">1 \/ 3<\/td>/);
    // The notice went out as messages the running bot has not delivered yet.
    expect(html).toMatch(/待发消息 [1-9]\d* 条/);
  });

  it('draws the week as charts: questions, reports by status and category, the outbox and the open notices', async () => {
    const charts = chartsOn((await staff.page('/')).html);
    expect(charts.map((c) => c.title?.text)).toEqual([
      '委员提问（2 个，未答上 1 个）',
      '本周社情民意（1 条）按状态',
      '本周社情民意按类别',
      expect.stringMatching(/^待发消息（\d+ 条）$/),
      '待回执（2 人未回复）',
    ]);
    const [questions, byStatus] = charts;
    expect((questions!.series[0]!.data as number[]).reduce((a, b) => a + b, 0)).toBe(2);
    expect(byStatus!.series[0]!.data[0]).toBe(1);
  });

  it('shows an earlier week on request, never a week to come', async () => {
    const lastWeek = new Date(world.clock.now().getTime() - 7 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const earlier = await staff.page(`/?week=${lastWeek}`);
    expect(statsOn(earlier.html)).toMatchObject({ 本周提问: 0, 社情民意: 0 });
    expect(earlier.html).toContain('>下一周</a>');
    const future = await staff.page('/?week=2999-01-01');
    expect(statsOn(future.html)).toMatchObject({ 本周提问: 2 });
  });
});

describe('the audit shows every change with who made it', () => {
  it('lists changes made on the web with the staff member signed in, newest first', async () => {
    const changed = await staff.post(`/opinions/${report}/status`, { to: '已受理', note: '转研究室' });
    expect(changed.status).toBe(303);
    const { html } = await staff.page('/audit');
    expect(auditRows(html)[0]).toEqual({ actor: '赵秘书', action: '社情民意改状态', target: report });
    expect(html).toContain('已提交 → 已受理；说明：转研究室');
    expect(auditRows(html)).toHaveLength(30);
  });

  it('pages back through the log’s cursor, keeping the filters', async () => {
    const first = await staff.page('/audit');
    const before = /name="before" value="(\d+)"/.exec(first.html)![1]!;
    const second = await staff.post('/audit', { before });
    const rows = auditRows(await second.text());
    expect(rows).toHaveLength(6);
    expect(rows.at(-1)).toEqual({ actor: '命令行（zhao）', action: '发送会议通知', target: '通知 1' });
  });

  it('filters by action from a link and by who from a posted form', async () => {
    const imports = auditRows((await staff.page('/audit?action=members.import')).html);
    expect(imports.map((r) => r.target)).toEqual(['通知 35', '通知 28', '通知 21', '通知 14', '通知 7']);
    const byZhao = await staff.post('/audit', { actor: '赵秘书' });
    const html = await byZhao.text();
    expect(auditRows(html).map((r) => r.actor)).toEqual(['赵秘书']);
    expect(html).not.toMatch(/href="[^"]*(赵秘书|%E8%B5%B5)/);
    // From a link the name is ignored.
    expect(auditRows((await staff.page(`/audit?actor=${encodeURIComponent('赵秘书')}`)).html)).toHaveLength(30);
    expect(auditRows(await (await staff.post('/audit', { actor: '赵秘书', action: 'members.import' })).text())).toEqual([]);
  });
});
