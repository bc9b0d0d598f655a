import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeFields, NoticeTargets } from '../src/notices/types.ts';
import { chinaYearOf } from '../src/shared/china-periods.ts';
import { allFields, receiptNumber } from './support/chat-driver.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staff: WebClient;
let year: number;
let zhangReport: string;
const THREE: NoticeTargets = { allMembers: false, sectors: [], committees: [], members: ['张三', '李四', '王五'], groups: [] };

const meeting = (title: string, replyBy: Date): NoticeFields => ({ title, time: '12月5日上午9:00', place: '市民之家三楼会议室', scope: '有关委员', body: '请准时参加。', needsReply: true, replyBy });

/** A row of the year table as staff read it: the name, then the eight counts. */
function rowOf(html: string, name: string): number[] {
  const row = new RegExp(`<td data-label="姓名"><a href="[^"]*">${name}</a></td>([\\s\\S]*?)</tr>`).exec(html);
  if (!row) throw new Error(`no row for ${name}`);
  return [...row[1]!.matchAll(/<td class="num" data-label="[^"]*">(\d+)<\/td>/g)].map((m) => Number(m[1]));
}

/** The ECharts options a page embeds, decoded from their data-chart attributes. */
function chartsOn(html: string): { title: { text: string }; series: { data: unknown[] }[] }[] {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/data-chart="([^"]*)"/g)].map((m) => JSON.parse(decode(m[1]!)));
}

beforeAll(async () => {
  world = await workbenchWorld({ RATE_LIMIT_USER_PER_MINUTE: '1000' });
  const now = world.clock.now();
  year = chinaYearOf(now);
  const zhang = world.chat('zhang', '张三');
  const li = world.chat('li', '李四');
  expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
  expect(await li.say('绑定 李四 5678')).toContain('绑定成功');
  // Last year's meeting, which only last year's table counts.
  const lastYear = new Date(Date.UTC(year - 1, 5, 1, 2));
  const old = await world.app.notices.create(meeting('去年的座谈会', new Date(lastYear.getTime() + 86400_000)), THREE, '赵秘书', lastYear);
  await world.app.notices.send(old.id, '赵秘书', lastYear);
  // This year's, through the core as staff send it; 王五 is not bound and cannot be reached.
  const draft = await world.app.notices.create(meeting('提案工作座谈会', new Date(now.getTime() + 2 * 86400_000)), THREE, '赵秘书', now);
  await world.app.notices.send(draft.id, '赵秘书', now);
  expect(await zhang.say('参加')).toContain('已登记');
  expect(await li.say('请假 外出调研')).toContain('已登记');
  await zhang.say('我想反映社情民意');
  await zhang.say(allFields());
  zhangReport = receiptNumber(await zhang.say('确认提交'));
  await world.app.storage.opinions.changeStatus({ number: zhangReport, to: '已受理', note: '', actor: '赵秘书', now });
  await world.app.storage.opinions.changeStatus({ number: zhangReport, to: '已采用', note: '', actor: '赵秘书', now });
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
});
afterAll(() => world.app.close());

describe('staff see every member’s year in one table', () => {
  it('counts meetings notified, attended, excused, unanswered, failed, and reports submitted and adopted', async () => {
    const { status, html } = await staff.page('/records');
    expect(status).toBe(200);
    expect(html).toContain(`<option value="${year}" selected>${year}年</option>`);
    // 会议通知, 参加, 请假, 未回复, 待回复, 送达失败, 社情民意提交, 社情民意采用
    expect(rowOf(html, '张三')).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
    expect(rowOf(html, '李四')).toEqual([1, 0, 1, 0, 0, 0, 0, 0]);
    expect(rowOf(html, '王五')).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    // Staff are not members: 赵秘书 has no row.
    expect(html).not.toContain('>赵秘书</a>');
    expect(html).toMatch(/<strong>合计<\/strong>/);
  });

  it('draws the year as charts', async () => {
    const [meetings, reports] = chartsOn((await staff.page('/records')).html);
    expect(meetings!.title.text).toContain(`${year}年会议通知回执`);
    expect(meetings!.series[0]!.data).toEqual(expect.arrayContaining([expect.objectContaining({ name: '参加', value: 1 }), expect.objectContaining({ name: '请假', value: 1 })]));
    expect(reports!.series.map((s) => s.data)).toEqual([[1], [1]]);
  });

  it('shows another year on request, and this year for a year that makes no sense', async () => {
    const last = await staff.page(`/records?year=${year - 1}`);
    expect(rowOf(last.html, '张三')).toEqual([1, 0, 0, 1, 0, 0, 0, 0]);
    expect(rowOf((await staff.page('/records?year=1999')).html, '张三')).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('finds a member by a name posted, never put in a URL', async () => {
    const found = await staff.post('/records', { year: String(year), q: '李四' });
    const html = await found.text();
    expect(html).toContain('找到 <strong>1</strong> 位委员');
    expect(rowOf(html, '李四')).toEqual([1, 0, 1, 0, 0, 0, 0, 0]);
    expect(html).not.toContain('>张三</a>');
    expect(html).not.toMatch(/href="[^"]*(李四|%E6%9D%8E)/);
  });

  it('exports the year table as a workbook', async () => {
    const response = await staff.get(`/records/export?year=${year}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(`委员履职档案-${year}.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(`${year}年履职档案`)!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const zhang = rows.find((r) => r.includes('张三'))!;
    expect(zhang.slice(1)).toEqual(['M0001', '张三', '民盟', '提案委', 1, 1, 0, 0, 0, 0, 0, 1, 1]);
  });
});

describe('staff open one member’s record', () => {
  it('lists the member’s meetings with their replies and their reports, with charts', async () => {
    const { status, html } = await staff.page(`/records/M0002?year=${year}`);
    expect(status).toBe(200);
    expect(html).toContain(`<h1>李四 · ${year}年履职档案</h1>`);
    expect(html).toMatch(/<td data-label="会议">提案工作座谈会<\/td>[\s\S]*?<td data-label="回执"><span class="badge">请假<\/span><\/td>/);
    expect(html).not.toContain('去年的座谈会');
    expect(chartsOn(html)).toHaveLength(2);
    const zhang = await staff.page(`/records/M0001?year=${year}`);
    expect(zhang.html).toContain(`<a href="/opinions/${zhangReport}">${zhangReport}</a>`);
    expect(zhang.html).toContain('<span class="badge badge-done">采用</span>');
    expect(zhang.html).toMatch(/<td data-label="回执"><span class="badge badge-done">参加<\/span><\/td>\s*<td data-label="送达">待发送<\/td>/);
  });

  it('says so for someone not in the registry', async () => {
    const missing = await staff.page('/records/M9999');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('名单中没有这位委员');
  });
});
