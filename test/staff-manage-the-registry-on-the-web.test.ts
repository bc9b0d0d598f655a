import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';
import { postFile } from './support/workbench-upload.ts';

let world: WorkbenchWorld;
let staff: WebClient;
let admin: WebClient;
const ADMIN = { name: '系统管理员', password: 'admin password 1' };

/** The member ids a list page links to, in order. */
function idsOn(html: string): string[] {
  return [...html.matchAll(/<td data-label="编号"><a href="\/members\/(M\d{4})">/g)].map((m) => m[1]!);
}

function uploadAs(client: WebClient, name: string, bytes: Buffer | string): Promise<Response> {
  return postFile(world.web, client, '/members/import', { name, bytes });
}

/** The held upload's token on a preview page ('' when it offers no 确认导入). */
function tokenIn(html: string): string {
  return /name="upload" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

const HEADER = '姓名,界别,专委会,职务,手机,微信号或备注名,Telegram id,角色';

beforeAll(async () => {
  // The test registry: 张三 M0001, 李四 M0002, 王五 M0003, 赵秘书 M0004 (staff), 周八 M0005 (Telegram id).
  world = await workbenchWorld();
  staff = new WebClient(world.web);
  await staff.signInThroughChat(await world.bindStaff());
  await staff.page('/members');
  await world.app.access.setAdminPassword(ADMIN.name, ADMIN.password, world.clock.now());
  admin = new WebClient(world.web);
  expect((await admin.post('/login', ADMIN)).status).toBe(303);
  await admin.page('/members');
});
afterAll(() => world.app.close());

describe('staff find members and see how they are bound', () => {
  it('lists the registry with each member’s role and binding', async () => {
    const { status, html } = await staff.page('/members');
    expect(status).toBe(200);
    expect(idsOn(html)).toEqual(['M0001', 'M0002', 'M0003', 'M0004', 'M0005']);
    expect(html).toContain('共 <strong>5</strong> 人，其中已绑定聊天账号 2 人');
    const row = (id: string) => html.slice(html.indexOf(`/members/${id}"`), html.indexOf('</tr>', html.indexOf(`/members/${id}"`)));
    expect(row('M0004')).toContain('工作人员');
    expect(row('M0004')).toContain('已绑定 控制台');
    expect(row('M0005')).toContain('已绑定 Telegram');
    expect(row('M0001')).toContain('未绑定');
    // Nothing but member ids in links: no name, no phone.
    expect(html).not.toMatch(/href="[^"]*(张三|%E5%BC%A0|138)/);
  });

  it('searches by name, id or phone from the posted form only, and filters by binding', async () => {
    const ids = async (fields: Record<string, string>) => idsOn(await (await staff.post('/members', fields)).text());
    expect(await ids({ q: '张三' })).toEqual(['M0001']);
    expect(await ids({ q: 'm0003' })).toEqual(['M0003']);
    expect(await ids({ q: '0005678' })).toEqual(['M0002']);
    expect(await ids({ binding: 'bound' })).toEqual(['M0004', 'M0005']);
    expect(await ids({ role: 'staff' })).toEqual(['M0004']);
    expect(await ids({ sector: '民盟' })).toEqual(['M0001']);
    // Text in a URL is ignored: the whole list.
    expect(idsOn((await staff.page(`/members?q=${encodeURIComponent('张三')}`)).html)).toHaveLength(5);
  });

  it('shows one member with the accounts bound and a lock on the name', async () => {
    await world.app.storage.members.lockTarget('王五', world.clock.now());
    const { status, html } = await staff.page('/members/M0003');
    expect(status).toBe(200);
    for (const text of ['王五', '农工党', '13700009012', '绑定已锁定', '解除绑定锁定', '生成绑定码']) expect(html).toContain(text);
    const unlocked = await staff.post('/members/M0003/unlock', {});
    expect(unlocked.status).toBe(303);
    expect(unlocked.headers.get('location')).toBe('/members/M0003?done=unlocked');
    expect(await world.app.storage.members.lockedSince('王五')).toBeNull();
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'members.unlock' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: 'M0003' });
    expect((await staff.page('/members/M9999')).status).toBe(404);
    expect((await staff.page('/members/zhangsan')).status).toBe(404);
  });
});

describe('staff issue a binding code', () => {
  it('shows the code once; the member binds with it in chat; the code is recorded nowhere', async () => {
    await staff.page('/members/M0001');
    const issued = await staff.post('/members/M0001/code', {});
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const html = await issued.text();
    const code = /<p class="code" aria-label="绑定码">(\d{6})<\/p>/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(html).toContain(`“绑定 ${code}”`);

    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'members.code' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: 'M0001' });
    expect(entry!.detail).not.toContain(code!);

    const zhang = world.chat('zhang', '张三');
    expect(await zhang.say(`绑定 ${code}`)).toContain('绑定成功');
    expect(await zhang.say(`绑定 ${code}`)).not.toContain('绑定成功');
    expect((await staff.page('/members/M0001')).html).toContain('已绑定 控制台');
  });
});

describe('staff upload the registry: a preview first, then the import', () => {
  it('shows what would change and every problem row, saving nothing', async () => {
    const file = [
      `编号,${HEADER}`,
      ',张三,民盟,提案委,副主任,13800001234,,,委员',
      ',吴九,民革,文史委,委员,13100009999,,,委员',
      ',郑十,民进,,委员,1234,,,委员',
      ',陈一,台盟,,委员,13100008888,,,嘉宾',
      'M9999,何二,民盟,,委员,13100007777,,,委员',
    ].join('\n');
    const preview = await uploadAs(staff, '委员名单.csv', file);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('尚未保存');
    expect(html).toMatch(/将新增<\/span><strong>1<\/strong>/);
    expect(html).toMatch(/将更新<\/span><strong>1<\/strong>/);
    expect(html).toMatch(/跳过（有问题的行）<\/span><strong>3<\/strong>/);
    expect(html).toContain('第 4 行</td><td data-label="说明">手机号“1234”格式不正确');
    expect(html).toContain('第 5 行</td><td data-label="说明">角色“嘉宾”无法识别');
    // Found only by the registry itself: the rehearsal ran the real import.
    expect(html).toContain('第 6 行</td><td data-label="说明">编号“M9999”不在名单中');
    expect(await world.app.storage.members.byName('吴九')).toEqual([]);
    expect((await world.app.storage.members.get('M0001'))!.position).toBe('常委');

    const token = tokenIn(html);
    expect(token).not.toBe('');
    const imported = await staff.post('/members/import/confirm', { upload: token });
    expect(imported.status).toBe(200);
    const result = await imported.text();
    expect(result).toContain('导入完成');
    expect((await world.app.storage.members.byName('吴九'))[0]).toMatchObject({ id: 'M0006', sector: '民革' });
    expect((await world.app.storage.members.get('M0001'))!.position).toBe('副主任');
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'members.import' });
    expect(entry).toMatchObject({ actor: '赵秘书', target: '委员名单.csv', detail: '新增 1 人，更新 1 人，未变化 0 人，跳过 3 行' });

    // A preview is confirmed once.
    expect((await staff.post('/members/import/confirm', { upload: token })).status).toBe(410);
  });

  it('reads a real Excel file, and refuses one that only has the name', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['某某市政协委员名单']);
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['褚十一', '经济界', '经济委', '委员', 13100006666, '', '', '委员']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const preview = await uploadAs(staff, '名单.xlsx', xlsx);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toMatch(/将新增<\/span><strong>1<\/strong>/);

    const fake = await uploadAs(staff, '名单.xlsx', `${HEADER}\n褚十一,经济界,,,13100006666,,,委员\n`);
    expect(fake.status).toBe(422);
    expect(await fake.text()).toContain('文件已损坏或不是 .xlsx 格式');
    const other = await uploadAs(staff, '名单.docx', 'x');
    expect(other.status).toBe(422);
    expect(await other.text()).toContain('只支持 .csv 和 .xlsx 文件');
    const big = await uploadAs(staff, '名单.csv', Buffer.alloc(6 * 1024 * 1024, 0x41));
    expect(big.status).toBe(413);
    expect((await staff.post('/members/import', {})).status).toBe(400);
  });

  it('leaves a change of roles to an administrator', async () => {
    const csv = `${HEADER}\n李四,民建,提案委,委员,13900005678,,,工作人员\n`;
    const byStaff = await (await uploadAs(staff, '角色.csv', csv)).text();
    expect(byStaff).toContain('角色变更');
    expect(byStaff).toContain('李四（M0002）：委员 → 工作人员');
    expect(byStaff).toContain('须由管理员');
    expect(tokenIn(byStaff)).toBe('');

    const byAdmin = await (await uploadAs(admin, '角色.csv', csv)).text();
    const imported = await admin.post('/members/import/confirm', { upload: tokenIn(byAdmin) });
    expect(imported.status).toBe(200);
    expect((await world.app.storage.members.get('M0002'))!.role).toBe('staff');
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'members.import' });
    expect(entry).toMatchObject({ actor: ADMIN.name, detail: '新增 0 人，更新 1 人，未变化 0 人，跳过 0 行；角色变更：李四（M0002）委员→工作人员' });
    // An upload is confirmed by whoever uploaded it only.
    const held = tokenIn(await (await uploadAs(admin, '名单.csv', `${HEADER}\n卫十二,无党派,,委员,13100005555,,,委员\n`)).text());
    expect((await staff.post('/members/import/confirm', { upload: held })).status).toBe(410);
  });
});

describe('administrators change roles', () => {
  it('refuses staff, records the change, and takes the workbench from someone no longer staff', async () => {
    await staff.page('/members/M0003');
    expect((await staff.post('/members/M0003/role', { role: 'staff' })).status).toBe(403);
    expect((await staff.page('/members/M0003')).html).toContain('修改角色须由管理员');
    expect((await admin.page('/members/M0003')).html).toContain('保存角色');

    const changed = await admin.post('/members/M0004/role', { role: 'member' });
    expect(changed.status).toBe(303);
    expect(changed.headers.get('location')).toBe('/members/M0004?done=role');
    expect((await world.app.storage.members.get('M0004'))!.role).toBe('member');
    const [entry] = await world.app.storage.audit.list({ limit: 1, action: 'members.role' });
    expect(entry).toMatchObject({ actor: ADMIN.name, target: 'M0004', detail: '赵秘书：工作人员 → 委员' });
    // 赵秘书 signed in through chat: no longer staff, no longer on the workbench.
    expect((await staff.get('/members')).status).toBe(403);
    expect((await admin.post('/members/M0004/role', { role: 'guest' })).status).toBe(400);
  });
});
