import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxDispatcher } from '../src/conversation/outbox-dispatcher.ts';
import { silentLogger } from '../src/log.ts';
import { localInputValue } from '../src/workbench/notices/compose-form.ts';
import type { ChatDriver } from './support/chat-driver.ts';
import { RecordingSender } from './support/notice-fakes.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staff: WebClient;
let zhang: ChatDriver;
let li: ChatDriver;
/** The console as a channel: what members received; 王五's account refuses every message. */
const console_ = new RecordingSender('console');
let deliver: () => Promise<void>;

const DAY = 24 * 3600_000;
/** The compose form as a browser posts it: 提案委 (张三, 李四) and 王五, 孙七 by name. */
function form(more: Record<string, string> = {}): Record<string, string> {
  return {
    title: '关于召开提案委员会全体会议的通知',
    time: '12月5日上午9:00',
    place: '市民之家三楼会议室',
    scope: '提案委全体委员',
    body: '审议年度提案工作报告，请准时参加。',
    needsReply: '是',
    replyBy: localInputValue(new Date(world.clock.now().getTime() + 2 * DAY)),
    committee: '提案委',
    members: '王五、孙七',
    ...more,
  };
}

/** Posts a form whose checkboxes repeat a name (sector=民盟&sector=民建), as a browser does. */
async function postMany(path: string, fields: [string, string][]): Promise<Response> {
  const body = new URLSearchParams(fields);
  body.set('_csrf', staff.csrf);
  return world.web.request(path, { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: staff.origin, cookie: staff.cookie } });
}

const idIn = (response: Response) => Number(/\/notices\/(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);

beforeAll(async () => {
  world = await workbenchWorld();
  zhang = world.chat('zhang', '张三');
  li = world.chat('li', '李四');
  const wang = world.chat('wang', '王五');
  for (const [driver, code] of [[zhang, '张三 1234'], [li, '李四 5678'], [wang, '王五 9012']] as const) expect(await driver.say(`绑定 ${code}`)).toContain('绑定成功');
  // A member in the registry who never bound a chat account: the notice cannot reach 孙七.
  await world.app.storage.members.upsert({ name: '孙七', sector: '九三学社', committee: '文史委', phone: '13300001111', role: 'member' }, world.clock.now());
  console_.failFor.add('wang');
  const dispatcher = new OutboxDispatcher({ outbox: world.app.storage.outbox, senders: [console_], log: silentLogger(), now: world.clock.now });
  deliver = () => dispatcher.tick();
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
});
afterAll(() => world.app.close());

describe('staff compose a notice with the target picker and preview it', () => {
  it('offers the registry’s 界别 and 专委会 as checkboxes, with 全体委员, named members and groups', async () => {
    const { status, html } = await staff.page('/notices/new');
    expect(status).toBe(200);
    for (const sector of ['民盟', '民建', '农工党']) expect(html).toContain(`name="sector" value="${sector}"`);
    for (const committee of ['提案委', '经济委', '文史委']) expect(html).toContain(`name="committee" value="${committee}"`);
    expect(html).toContain('name="all" value="yes"');
    expect(html).toContain('id="members"');
    expect(html).toContain('id="groups"');
  });

  it('says what is missing or wrong, all at once, and keeps what was typed', async () => {
    const response = await staff.post('/notices/preview', form({ title: '', replyBy: '2020-01-01T10:00', committee: '', members: '', place: '<b>市民之家</b>' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('请填写标题。');
    expect(html).toContain('回执截止时间已经过去了');
    expect(html).toContain('请选择发送对象');
    expect(html).toContain('value="&lt;b&gt;市民之家&lt;/b&gt;"');
    const groups = await staff.post('/notices/preview', form({ groups: '123@chatroom' }));
    expect(await groups.text()).toContain('“群”应写成 渠道:群ID');
  });

  it('previews the message as members read it and whom it reaches; a name not in the registry is pointed out', async () => {
    const response = await staff.post('/notices/preview', form({ members: '王五、孙七、吴某' }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('【会议通知】关于召开提案委员会全体会议的通知');
    expect(html).toContain('回复“参加”或“请假 原因”');
    expect(html).toContain('专委会：提案委；委员：王五、孙七、吴某');
    expect(html).toContain('共 <strong>4</strong> 位委员（其中 1 位未绑定聊天账号，无法送达）');
    expect(html).toContain('委员名单中没有：吴某');
    expect(await world.app.notices.list()).toHaveLength(0);
  });

  it('reads several ticked 界别 and 全体委员 from one post', async () => {
    const fields = Object.entries(form({ committee: '', members: '' }));
    const several = await postMany('/notices/preview', [...fields, ['sector', '民盟'], ['sector', '农工党']]);
    expect(await several.text()).toContain('界别：民盟、农工党');
    const everyone = await postMany('/notices/preview', [...fields, ['all', 'yes']]);
    const registry = (await world.app.storage.members.list()).length;
    expect(await everyone.text()).toContain(`共 <strong>${registry}</strong> 位委员`);
  });
});

describe('staff send a notice and follow its roll', () => {
  let id: number;

  it('sends through the core: recipients resolved, one message each queued, recorded in the audit log', async () => {
    const response = await staff.post('/notices/send', form());
    expect(response.status).toBe(303);
    id = idIn(response);
    expect(response.headers.get('location')).toBe(`/notices/${id}?done=sent`);
    const notice = await world.app.notices.get(id);
    expect(notice).toMatchObject({ status: '已发送', sentBy: '赵秘书', createdBy: '赵秘书', targets: { committees: ['提案委'], members: ['王五', '孙七'] } });
    await deliver();
    expect(console_.to('zhang')[0]).toContain('【会议通知】关于召开提案委员会全体会议的通知');
    expect(console_.to('zhang')[0]).toContain(`（通知编号 ${id}）`);
    expect(console_.to('li')).toHaveLength(1);
    const audit = await world.app.storage.audit.list({ limit: 5 });
    expect(audit.slice(0, 2).map((e) => [e.actor, e.action, e.target])).toEqual([
      ['赵秘书', 'notice.send', `通知 ${id}`],
      ['赵秘书', 'notice.create', `通知 ${id}`],
    ]);
    expect(audit[0]!.detail).toContain('4 位委员（1 位无法送达）');
  });

  it('does not send the same notice twice when 发送 is pressed again', async () => {
    const again = await staff.post('/notices/send', form());
    expect(again.headers.get('location')).toBe(`/notices/${id}?done=again`);
    expect(await world.app.notices.list()).toHaveLength(1);
  });

  it('shows the roll: 未回复, and 送达失败 with the reason (no account, or refused by the channel)', async () => {
    const { html } = await staff.page(`/notices/${id}?done=sent`);
    expect(html).toContain('通知已排入发送队列');
    expect(html).toContain('src="/assets/notice-roll.js"');
    expect(html).toContain(`data-roll="/notices/${id}/roll"`);
    expect(html).toMatch(/<h3>未回复（2）<\/h3>\s*<ul class="names"><li>张三<\/li><li>李四<\/li><\/ul>/);
    expect(html).toContain('<h3>送达失败（2）</h3>');
    expect(html).toContain('<td data-label="姓名">王五</td><td data-label="原因">对方账号不存在</td>');
    expect(html).toContain('<td data-label="姓名">孙七</td><td data-label="原因">未绑定聊天账号</td>');
  });

  it('serves the roll alone for the page’s script: 304 while unchanged, the new roll after members reply in chat', async () => {
    const first = await staff.get(`/notices/${id}/roll`);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    const unchanged = await world.web.request(`/notices/${id}/roll`, { headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);

    expect(await zhang.say('参加')).toContain('已登记');
    expect(await li.say('请假 在外地调研')).toContain('已登记');
    const changed = await world.web.request(`/notices/${id}/roll`, { headers: { cookie: staff.cookie, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    const html = await changed.text();
    expect(html).toMatch(/<h3>参加（1）<\/h3>\s*<ul class="names"><li>张三<\/li>/);
    expect(html).toContain('<td data-label="姓名">李四</td><td data-label="原因">在外地调研</td>');
    expect(html).toContain('<h3>未回复（0）</h3>');
    expect(html).not.toContain('<html');
  });

  it('lists notices with their status and reply counts', async () => {
    const { html } = await staff.page('/notices');
    expect(html).toContain(`<a href="/notices/${id}">关于召开提案委员会全体会议的通知</a>`);
    expect(html).toContain('参加 <strong>1</strong> · 请假 <strong>1</strong> · 未回复 <strong>2</strong>');
    expect(html).toContain('送达失败 1');
  });

  it('reminds those who have not answered now, as the scheduled reminder would, and records it', async () => {
    // 孙七 has no account and 王五's refuses: the reminder is queued for 王五 alone.
    const response = await staff.post(`/notices/${id}/remind`, {});
    expect(response.headers.get('location')).toBe(`/notices/${id}?done=reminded&count=1`);
    expect((await staff.page(response.headers.get('location')!)).html).toContain('已向 1 位未回复的委员发送提醒');
    const reminders = (await world.app.storage.notices.deliveries(id)).filter((d) => d.kind === 'reminder');
    expect(reminders.map((d) => d.name)).toEqual(['王五']);
    expect((await world.app.storage.audit.list({ limit: 1 }))[0]).toMatchObject({ actor: '赵秘书', action: 'notice.remind', detail: '关于召开提案委员会全体会议的通知：提醒 1 位未回复的委员' });
    // The scheduled reminders stay armed: the one 24 hours before the deadline still fires.
    expect(await world.app.notices.remind(new Date(world.clock.now().getTime() + DAY + 3600_000))).toBe(1);
  });

  it('changes the place; members who received the notice are told; the audit says what changed', async () => {
    const edit = await staff.page(`/notices/${id}/edit`);
    expect(edit.html).toContain('value="市民之家三楼会议室"');
    const same = await staff.post(`/notices/${id}/edit`, form());
    expect(same.status).toBe(422);
    expect(await same.text()).toContain('内容没有变化');
    const response = await staff.post(`/notices/${id}/edit`, form({ place: '市政协二楼报告厅' }));
    expect(response.headers.get('location')).toBe(`/notices/${id}?done=changed`);
    expect((await world.app.notices.get(id))!.fields.place).toBe('市政协二楼报告厅');
    await deliver();
    expect(console_.to('zhang').at(-1)).toContain('【通知变更】');
    expect(console_.to('zhang').at(-1)).toContain('地点：市政协二楼报告厅');
    expect((await world.app.storage.audit.list({ limit: 1 }))[0]).toMatchObject({ action: 'notice.change', detail: '关于召开提案委员会全体会议的通知：修改了 地点' });
  });

  it('exports the roll as a workbook with 回执 and 送达 sheets', async () => {
    const response = await staff.get(`/notices/${id}/export`);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent(`会议通知${id}-回执.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const rows = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1, 4));
    expect(rows('回执').map((r) => r.slice(0, 2))).toEqual([['张三', '参加'], ['李四', '请假'], ['王五', '未回复'], ['孙七', '未回复']]);
    expect(rows('送达').some((r) => r[0] === '王五')).toBe(true);
  });

  it('cancels only when confirmed; members are told and the notice can no longer be changed', async () => {
    const unconfirmed = await staff.post(`/notices/${id}/cancel`, {});
    expect(unconfirmed.headers.get('location')).toBe(`/notices/${id}?done=confirm`);
    expect((await world.app.notices.get(id))!.status).toBe('已发送');
    const response = await staff.post(`/notices/${id}/cancel`, { confirm: 'yes' });
    expect(response.headers.get('location')).toBe(`/notices/${id}?done=cancelled`);
    await deliver();
    expect(console_.to('li').at(-1)).toContain('【通知取消】');
    const { html } = await staff.page(`/notices/${id}`);
    expect(html).not.toContain('提醒未回复');
    expect(html).not.toContain('notice-roll.js');
    expect((await staff.get(`/notices/${id}/edit`)).status).toBe(409);
    const remind = await staff.post(`/notices/${id}/remind`, {});
    expect(remind.status).toBe(409);
    expect(await remind.text()).toContain('已取消，不能提醒');
    expect((await world.app.storage.audit.list({ limit: 1 }))[0]).toMatchObject({ actor: '赵秘书', action: 'notice.cancel' });
  });
});

describe('drafts and what the pages refuse', () => {
  it('keeps a draft, then sends it from its page', async () => {
    const saved = await staff.post('/notices/draft', form({ title: '关于召开经济委员会座谈会的通知', committee: '经济委', members: '', needsReply: '否', replyBy: '' }));
    const id = idIn(saved);
    expect(saved.headers.get('location')).toBe(`/notices/${id}?done=saved`);
    const draft = await staff.page(`/notices/${id}`);
    expect(draft.html).toContain('尚未发送');
    expect(draft.html).not.toContain('notice-roll.js');
    const sent = await staff.post(`/notices/${id}/send`, {});
    expect(sent.headers.get('location')).toBe(`/notices/${id}?done=sent`);
    expect((await world.app.notices.get(id))!.status).toBe('已发送');
    const again = await staff.post(`/notices/${id}/send`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('不能重复发送');
    // No reply asked: the page shows deliveries only, and there is nothing to remind of.
    const { html } = await staff.page(`/notices/${id}`);
    expect(html).toContain('此通知不需要回执');
    expect((await staff.post(`/notices/${id}/remind`, {})).status).toBe(409);
  });

  it('escapes what staff typed wherever it is shown', async () => {
    const response = await staff.post('/notices/draft', form({ title: '<script>alert(1)</script>通知' }));
    const id = idIn(response);
    for (const path of ['/notices', `/notices/${id}`, `/notices/${id}/edit`]) {
      const { html } = await staff.page(path);
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;通知');
    }
  });

  it('answers 404 for a notice that does not exist, whatever the id looks like', async () => {
    for (const path of ['/notices/999', '/notices/abc', '/notices/0/roll', '/notices/1e3/edit']) expect((await staff.get(path)).status, path).toBe(404);
  });
});
