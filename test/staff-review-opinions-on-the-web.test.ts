import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusNotice } from '../src/opinions/status-notice.ts';
import type { OpinionFields } from '../src/opinions/types.ts';
import { allFields, receiptNumber } from './support/chat-driver.ts';
import { generated, SIGNED, UNSIGNED } from './fixtures/opinions/sample-opinions.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staff: WebClient;
/** Submitted in chat by the member 李明 on the console account `li`. */
let fromChat: string;
let similarOne: string;
let hostile: string;

const at = (text: string) => new Date(`${text}+08:00`);
let message = 0;
async function submit(memberId: string, fields: OpinionFields, when: Date): Promise<string> {
  const { opinion } = await world.app.storage.opinions.submit({ memberId, channel: 'console', messageId: `seed-${++message}`, fields, now: when });
  return opinion.number;
}

/** The numbers a list page shows, in order. */
function numbersOn(html: string): string[] {
  return [...html.matchAll(/<td data-label="编号"><a href="\/opinions\/(SQMY-\d{4}-\d{4})">/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  world = await workbenchWorld();
  // 24 older submissions from several members, spread over May, for paging and the date filter.
  for (let i = 0; i < 24; i++) await submit(`console:seed${i % 3}`, { ...generated(i), sector: i % 2 ? '农工党' : '民盟', category: i % 4 === 0 ? '社会治理' : '城乡建设' }, at(`2026-05-${String(1 + i).padStart(2, '0')}T10:00:00`));
  hostile = await submit('console:seed9', { ...SIGNED, title: '<script>alert("x")</script>关于路灯的建议', situation: '<img src=x onerror=alert(1)> 路灯坏了三个月。' }, at('2026-05-26T10:00:00'));
  const li = world.chat('li', '李明');
  await li.say('我想反映社情民意');
  await li.say(allFields());
  fromChat = receiptNumber(await li.say('确认提交'));
  // Another member reporting the same case in nearly the same words.
  similarOne = await submit('console:wang', { ...UNSIGNED, title: '城南小学路口需要红绿灯', situation: '城南路与学府街交叉口紧邻城南小学，每天上下学时段约800名学生过马路，路口没有红绿灯，今年以来已发生3起剐蹭事故！' }, world.clock.now());
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
});
afterAll(() => world.app.close());

describe('staff find submissions in the list', () => {
  it('lists the newest first, twenty to a page, and pages on with the filters kept', async () => {
    const first = await staff.page('/opinions');
    expect(first.status).toBe(200);
    expect(first.html).toContain('共 <strong>27</strong> 条');
    const shown = numbersOn(first.html);
    expect(shown).toHaveLength(20);
    expect(shown[0]).toBe(similarOne);
    expect(shown[1]).toBe(fromChat);
    expect(first.html).toContain('第 1 / 2 页');
    const second = await staff.post('/opinions', { page: '2' });
    expect(numbersOn(await second.text())).toHaveLength(7);
  });

  it('filters by status, category, 界别 and dates (China time, both days included)', async () => {
    const numbers = async (fields: Record<string, string>) => numbersOn(await (await staff.post('/opinions', fields)).text());
    expect(await numbers({ sector: '农工党', category: '社会治理' })).toEqual([similarOne]);
    expect((await numbers({ category: '社会治理', sector: '民盟' })).length).toBe(6);
    expect(await numbers({ from: '2026-05-03', to: '2026-05-04' })).toEqual(['SQMY-2026-0004', 'SQMY-2026-0003']);
    expect((await numbers({ status: '已提交' })).length).toBe(20);
    const badDate = await staff.post('/opinions', { from: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(await badDate.text()).toContain('起始日期“2026-02-30”无效');
  });

  it('searches text only from the posted form, so a name typed never lands in a URL', async () => {
    const found = await staff.post('/opinions', { q: '李明' });
    const html = await found.text();
    expect(numbersOn(html)).toContain(fromChat);
    expect(html).toContain('<form class="card" method="post" action="/opinions"');
    expect(html).not.toMatch(/href="[^"]*(李明|%E6%9D%8E)/);
    // From a URL the text is ignored: the whole list.
    expect((await staff.page(`/opinions?q=${encodeURIComponent('李明')}`)).html).toContain('共 <strong>27</strong> 条');
    // Links from the dashboard carry a status.
    expect((await staff.page(`/opinions?status=${encodeURIComponent('已提交')}`)).html).toContain('共 <strong>27</strong> 条');
  });

  it('escapes whatever a member wrote', async () => {
    const list = await staff.page('/opinions');
    expect(list.html).not.toContain('<script>alert');
    expect(list.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;关于路灯的建议');
    const detail = await staff.page(`/opinions/${hostile}`);
    expect(detail.html).not.toContain('<img src=x');
    expect(detail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('staff review one submission', () => {
  it('shows every field, the history and the similar submissions together', async () => {
    const { status, html } = await staff.page(`/opinions/${fromChat.toLowerCase()}`);
    expect(status).toBe(200);
    for (const text of ['关于在城南小学门口增设红绿灯的建议', '13812345678', '李明（民盟）', '城乡建设', '委员提交', '办理记录']) expect(html).toContain(text);
    expect(html).toContain('相近的社情民意');
    expect(html).toContain(`href="/opinions/${similarOne}"`);
    expect((await staff.page('/opinions/SQMY-2026-0999')).status).toBe(404);
  });

  it('changes the status with a note; the member is told through the outbox, as from the command line', async () => {
    await staff.page(`/opinions/${fromChat}`);
    const changed = await staff.post(`/opinions/${fromChat}/status`, { to: '已受理', note: '已转研究室研究' });
    expect(changed.status).toBe(303);
    expect(changed.headers.get('location')).toBe(`/opinions/${fromChat}?done=told`);
    const { html } = await staff.page(changed.headers.get('location')!);
    expect(html).toContain('已通知反映人');
    expect(html).toMatch(/已提交 → 已受理<\/td><td data-label="操作人">赵秘书<\/td><td data-label="说明">已转研究室研究/);

    const opinion = (await world.app.storage.opinions.get(fromChat))!;
    const owed = (await world.app.storage.outbox.pending('console', 50)).filter((m) => m.reason === 'opinion-status');
    expect(owed).toHaveLength(1);
    expect(owed[0]!.to).toEqual({ channel: 'console', chatId: 'li', isGroup: false });
    expect(owed[0]!.text).toBe(statusNotice(opinion));
    expect(owed[0]!.text).toContain('有新进展：已受理。工作人员已受理，正在整理研究。说明：已转研究室研究。');

    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'opinion.status' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: fromChat, detail: '已提交 → 已受理；说明：已转研究室研究' });
  });

  it('refuses a change the rules do not allow, and 不予采用 without a reason', async () => {
    await staff.page(`/opinions/${similarOne}`);
    const noReason = await staff.post(`/opinions/${similarOne}/status`, { to: '不予采用', note: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('须说明原因');
    const skip = await staff.post(`/opinions/${similarOne}/status`, { to: '已办结', note: '' });
    expect(skip.status).toBe(422);
    expect(await skip.text()).toContain('不能改为“已办结”');
    expect((await world.app.storage.opinions.get(similarOne))!.status).toBe('已提交');
  });

  it('edits the text for 编报, keeping the member’s original', async () => {
    const form = await staff.page(`/opinions/${fromChat}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('原文（委员提交，不会改动）');
    const original = (await world.app.storage.opinions.get(fromChat))!.fields;
    const edited = { title: '关于城南小学路口增设信号灯的建议', category: '社会治理', situation: `${original.situation}（已核实）`, suggestion: original.suggestion };
    const empty = await staff.post(`/opinions/${fromChat}/edit`, { ...edited, title: ' ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('标题不能为空');

    const saved = await staff.post(`/opinions/${fromChat}/edit`, edited);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/opinions/${fromChat}?done=edited`);
    expect((await world.app.storage.opinions.get(fromChat))!.fields).toEqual(original);
    await staff.post(`/opinions/${fromChat}/edit`, { ...edited, suggestion: `${original.suggestion}建议年内完成。` });
    const detail = await staff.page(`/opinions/${fromChat}`);
    expect(detail.html).toContain('编报稿');
    expect(detail.html).toContain('赵秘书 于');
    expect(detail.html).toContain('（共 2 稿）');
    expect(detail.html).toContain(edited.title);
    expect(detail.html).toContain(original.title);
    expect((await world.app.storage.editions.history(fromChat)).map((e) => e.fields.suggestion.endsWith('建议年内完成。'))).toEqual([false, true]);
  });
});

describe('staff export the filtered set', () => {
  it('as docx in the usual layout with the 编报稿, and as xlsx with what members sent', async () => {
    await staff.page('/opinions');
    const docx = await staff.post('/opinions/export', { format: 'docx', q: '城南' });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="opinions-\d{8}\.docx"; filename\*=UTF-8''%E7%A4%BE/);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(text).toContain('关于城南小学路口增设信号灯的建议');
    expect(text).not.toContain('关于在城南小学门口增设红绿灯的建议');
    expect(text).toContain('城南小学路口需要红绿灯');
    expect(text).toContain('反映人：（不署名）');

    const xlsx = await staff.post('/opinions/export', { format: 'xlsx', status: '已受理' });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(JSON.stringify(sheet.getRow(2).values)).toContain('关于在城南小学门口增设红绿灯的建议');
  });

  it('says so when nothing matches, and makes no file', async () => {
    const none = await staff.post('/opinions/export', { format: 'docx', q: '没有这样的内容' });
    expect(none.status).toBe(200);
    expect(none.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await none.text()).toContain('没有符合条件的社情民意信息，未生成文件。');
  });
});
