import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../src/members/import/csv.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { openStorage } from '../src/storage/open-store.ts';
// In-process: the command is the point here, not the process (see support/in-process-cli.ts).
import { liaisonInProcess as liaison } from './support/in-process-cli.ts';

const CSV = path.resolve('test/fixtures/members/committee.csv');
const GBK_CSV = path.resolve('test/fixtures/members/committee-gbk.csv');
const NOW = new Date('2026-11-23T02:00:00Z');
const tmp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
const fresh = () => openStorage({ dataDir: tmp('liaison-members-') });
const csv = (...lines: string[]) => parseCsv(lines.join('\n'));

describe('staff import the member list', () => {
  it('imports good rows and reports each bad one by its line number', async () => {
    const storage = fresh();
    const report = await importMembers(await readTable(CSV), storage.members, NOW);
    expect(report).toMatchObject({ added: 5, updated: 0, unchanged: 0 });
    expect(report.problems).toEqual([
      { line: 6, message: '缺少姓名' },
      { line: 7, message: '手机号“12345”格式不正确（应为11位手机号）' },
      { line: 8, message: expect.stringContaining('角色“领导”无法识别') },
    ]);
    expect((await storage.members.byName('张三'))[0]).toEqual({
      id: 'M0001', name: '张三', sector: '民盟', committee: '提案委', position: '常委', phone: '13800001234', wechat: 'zhangsan_wx', telegramId: '', role: 'member',
    });
    expect((await storage.members.byName('赵秘书'))[0]?.role).toBe('staff');
    expect((await storage.members.list({ committee: '经济委' })).map((m) => m.name)).toEqual(['王五', '周八']);
    storage.close();
  });

  it('re-importing updates members in place and never duplicates them', async () => {
    const storage = fresh();
    await importMembers(await readTable(CSV), storage.members, NOW);
    const changed = readFileSync(CSV, 'utf8').replace('李四,民建,提案委,委员', '李四,民建,经济委,副主任').concat('吴九,民革,提案委,委员,13100003333,,,委员\n');
    expect(await importMembers(parseCsv(changed), storage.members, NOW)).toMatchObject({ added: 1, updated: 1, unchanged: 4 });
    expect(await importMembers(parseCsv(changed), storage.members, NOW)).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    expect(await storage.members.list()).toHaveLength(6);
    expect((await storage.members.byName('李四'))[0]).toMatchObject({ id: 'M0002', committee: '经济委', position: '副主任' });
    storage.close();
  });

  it('a sheet with fewer columns changes only what it has; a phone added later finds the member again', async () => {
    const storage = fresh();
    await importMembers(csv('姓名,界别,专委会,手机,Telegram id', '张三,民盟,提案委,13800001234,555000111', '陈默,民进,文史委,,'), storage.members, NOW);
    const report = await importMembers(csv('姓名,界别,手机号', '张三,民盟,', '陈默,民进,13311112222'), storage.members, NOW);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 1, problems: [] });
    expect(await storage.members.list()).toEqual([
      expect.objectContaining({ id: 'M0001', committee: '提案委', phone: '13800001234', telegramId: '555000111' }),
      expect.objectContaining({ id: 'M0002', committee: '文史委', phone: '13311112222' }),
    ]);
    storage.close();
  });

  it('a changed phone: a namesake is flagged for checking, and the 编号 column updates the right member', async () => {
    const storage = fresh();
    await importMembers(csv('姓名,界别,手机', '张三,民盟,13800001234'), storage.members, NOW);
    const flagged = await importMembers(csv('姓名,界别,手机', '张三,民盟,13900009999'), storage.members, NOW);
    expect(flagged.added).toBe(1);
    expect(flagged.notes).toEqual([{ line: 2, message: expect.stringContaining('与已登记的 M0001 同名同界别但手机号不同') }]);

    const storage2 = fresh();
    await importMembers(csv('姓名,界别,手机', '张三,民盟,13800001234'), storage2.members, NOW);
    expect(await importMembers(csv('编号,姓名,界别,手机', 'm0001,张三,民盟,13900009999'), storage2.members, NOW)).toMatchObject({ updated: 1, added: 0 });
    expect(await storage2.members.list()).toEqual([expect.objectContaining({ id: 'M0001', phone: '13900009999' })]);
    expect((await importMembers(csv('编号,姓名', 'M0042,王五'), storage2.members, NOW)).problems).toEqual([{ line: 2, message: expect.stringContaining('编号“M0042”不在名单中') }]);
    storage.close();
    storage2.close();
  });

  it('the same member twice in one file, or a phone or Telegram id already registered to someone else, is reported', async () => {
    const storage = fresh();
    const report = await importMembers(
      csv('姓名,界别,手机,Telegram id', '张三,民盟,13800001234,555', '张三,民盟,138-0000-1234,', '李四,民建,13900005678,555', '王五,农工党,,', '王五,农工党,,'),
      storage.members,
      NOW,
    );
    expect(report.added).toBe(2);
    expect(report.problems).toEqual([
      { line: 3, message: '与第 2 行的手机号相同，是同一位委员，已跳过' },
      { line: 4, message: 'Telegram id“555”已登记给 M0001（张三）' },
      { line: 6, message: '与第 5 行的姓名和界别相同，是同一位委员，已跳过' },
    ]);
    expect((await importMembers(csv('编号,姓名,手机', 'M0002,王五,13800001234'), storage.members, NOW)).problems).toEqual([
      { line: 2, message: '手机号已登记给 M0001（张三）' },
    ]);
    storage.close();
  });

  it('reads a CSV that Excel saved as GBK, with a title row above the header and CRLF line ends', async () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(GBK_CSV))).toThrow();
    const storage = fresh();
    const report = await importMembers(await readTable(GBK_CSV), storage.members, NOW);
    expect(report).toMatchObject({ added: 3, problems: [{ line: 6, message: '手机号“1392222333”格式不正确（应为11位手机号）' }] });
    expect(await storage.members.list()).toEqual([
      expect.objectContaining({ name: '冯丽华', sector: '妇联', committee: '社会和法制委,妇女儿童组', phone: '13811112222', wechat: '冯丽华-妇联' }),
      expect.objectContaining({ name: '褚建国', phone: '13922223333', position: '副主任' }),
      expect.objectContaining({ name: '卫晓东', role: 'staff' }),
    ]);
    storage.close();
  });

  it('reads UTF-8 with a BOM, quoted fields with line breaks, and keeps line numbers', () => {
    const rows = parseCsv(decodeCsv(Buffer.from('\uFEFF姓名,职务\r\n"张三","常委\r\n（兼）"\r\n\r\n李四,"说""明"\r\n')));
    expect(rows).toEqual([
      { line: 1, cells: ['姓名', '职务'] },
      { line: 2, cells: ['张三', '常委\r\n（兼）'] },
      { line: 5, cells: ['李四', '说"明'] },
    ]);
  });

  it('reads an XLSX: numbers typed as numbers, a title row, bad rows by their Excel row number', async () => {
    const file = path.join(tmp('liaison-xlsx-'), '名单.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('委员');
    sheet.addRow(['2026年委员名单']);
    sheet.addRow(['姓名', '界别', '专委会', '联系电话', 'Telegram id', '角色']);
    sheet.addRow(['陈静', '致公党', '教科卫体委', 13700001234, 777000222, 'member']);
    sheet.addRow([]);
    sheet.addRow(['刘洋', '共青团', '', '137', '', '委员']);
    sheet.addRow(['郑重', '', '', { richText: [{ text: '136' }, { text: '00005555' }] }, '', 'Staff']);
    await book.xlsx.writeFile(file);
    const storage = fresh();
    const report = await importMembers(await readTable(file), storage.members, NOW);
    expect(report).toMatchObject({ added: 2, problems: [{ line: 5, message: expect.stringContaining('“137”') }] });
    expect((await storage.members.byName('陈静'))[0]).toMatchObject({ phone: '13700001234', telegramId: '777000222' });
    expect((await storage.members.byName('郑重'))[0]).toMatchObject({ phone: '13600005555', role: 'staff' });
    storage.close();
  });

  it('a file without a 姓名 column imports nothing and says what the header should be', async () => {
    const storage = fresh();
    const report = await importMembers(csv('名称,电话', '张三,13800001234'), storage.members, NOW);
    expect(report).toMatchObject({ added: 0, problems: [{ line: 1, message: expect.stringContaining('至少包含“姓名”列') }] });
    storage.close();
  });
});

describe('staff manage the member list from the command line', () => {
  it('members import, list --json, show --json and code', async () => {
    const data = tmp('liaison-members-cli-');
    const file = path.join(data, '名单.csv');
    copyFileSync(CSV, file);
    const imported = await liaison(data, ['members', 'import', file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('导入完成：新增 5 人，更新 0 人，未变化 0 人，跳过 3 行。');
    expect(imported.stdout).toContain('第 7 行：手机号“12345”格式不正确');

    const gbk = await liaison(data, ['members', 'import', GBK_CSV, '--json']);
    expect(JSON.parse(gbk.stdout)).toMatchObject({ added: 3, updated: 0, problems: [{ line: 6 }] });

    const listed = JSON.parse((await liaison(data, ['members', 'list', '--json'])).stdout) as { id: string; name: string; accounts: string[] }[];
    expect(listed.map((m) => m.name)).toEqual(['张三', '李四', '王五', '赵秘书', '周八', '冯丽华', '褚建国', '卫晓东']);
    expect(listed.find((m) => m.name === '周八')?.accounts).toEqual(['telegram:555000111']);
    const committee = JSON.parse((await liaison(data, ['members', 'list', '--committee', '经济委', '--json'])).stdout) as { name: string }[];
    expect(committee.map((m) => m.name)).toEqual(['王五', '周八', '褚建国']);

    expect(JSON.parse((await liaison(data, ['members', 'show', '周八', '--json'])).stdout)).toMatchObject({ id: 'M0005', telegramId: '555000111', accounts: ['telegram:555000111'] });
    const code = await liaison(data, ['members', 'code', 'm0001', '--json']);
    expect(JSON.parse(code.stdout)).toMatchObject({ memberId: 'M0001', name: '张三', code: expect.stringMatching(/^\d{6}$/) });

    const missing = await liaison(data, ['members', 'import', path.join(data, '没有这个文件.csv')]);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, `找不到文件：${path.join(data, '没有这个文件.csv')}`]);
    const noHeader = path.join(data, 'bad.csv');
    writeFileSync(noHeader, '名称,电话\n张三,1\n');
    expect((await liaison(data, ['members', 'import', noHeader])).code).toBe(1);
    expect((await liaison(data, ['members', 'show', '不存在'])).stderr).toContain('名单中没有“不存在”');
  }, 90_000);
});
