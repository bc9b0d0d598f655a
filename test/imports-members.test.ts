import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importMembers } from '../src/members/import/import-members.ts';
import { decodeCsv, parseCsv, readTable } from '../src/members/import/read-table.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const CSV = path.resolve('test/fixtures/members/committee.csv');
const NOW = new Date('2026-11-23T02:00:00Z');
const fresh = () => openStorage({ dataDir: mkdtempSync(path.join(tmpdir(), 'liaison-members-')) });

describe('staff import the member list', () => {
  it('imports good rows and reports each bad one by its line number', async () => {
    const storage = fresh();
    const report = importMembers(await readTable(CSV), storage.members, NOW);
    expect(report).toMatchObject({ added: 5, updated: 0 });
    expect(report.problems).toEqual([
      { line: 6, message: '缺少姓名' },
      { line: 7, message: '手机号“12345”格式不正确（应为11位手机号）' },
      { line: 8, message: expect.stringContaining('角色“领导”无法识别') },
    ]);
    const zhang = storage.members.byName('张三')[0];
    expect(zhang).toMatchObject({ id: 'M0001', sector: '民盟', committee: '提案委', position: '常委', phone: '13800001234', wechat: 'zhangsan_wx', role: 'member' });
    expect(storage.members.byName('赵秘书')[0]?.role).toBe('staff');
    expect(storage.members.list({ committee: '经济委' }).map((m) => m.name)).toEqual(['王五', '周八']);
    storage.close();
  });

  it('a re-import updates in place and never duplicates', async () => {
    const storage = fresh();
    importMembers(await readTable(CSV), storage.members, NOW);
    const changed = readFileSync(CSV, 'utf8').replace('李四,民建,提案委,委员', '李四,民建,经济委,副主任').concat('吴九,民革,提案委,委员,13100003333,,,委员\n');
    const report = importMembers(parseCsv(changed), storage.members, NOW);
    expect(report).toMatchObject({ added: 1, updated: 1, unchanged: 4 });
    expect(storage.members.list()).toHaveLength(6);
    expect(storage.members.byName('李四')[0]).toMatchObject({ id: 'M0002', committee: '经济委', position: '副主任' });
    storage.close();
  });

  it('reads a CSV saved by Excel as GBK, and an XLSX', async () => {
    const gbk = Buffer.from('d0d5c3fb2cbde7b1f02ccad6bbfa0ad5c5c8fd2cc3f1c3cb2c31333830303030313233340a', 'hex');
    const table = parseCsv(decodeCsv(gbk));
    expect(table.header).toEqual(['姓名', '界别', '手机']);
    expect(table.rows[0]?.cells).toEqual(['张三', '民盟', '13800001234']);

    const dir = mkdtempSync(path.join(tmpdir(), 'liaison-xlsx-'));
    const file = path.join(dir, '名单.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('委员');
    sheet.addRow(['姓名', '界别', '专委会', '手机号', '权限']);
    sheet.addRow(['陈静', '致公党', '教科卫体委', '13700001234', '委员']);
    sheet.addRow(['刘洋', '共青团', '', '137', '委员']);
    await book.xlsx.writeFile(file);
    const storage = fresh();
    const report = importMembers(await readTable(file), storage.members, NOW);
    expect(report.added).toBe(1);
    expect(report.problems).toEqual([{ line: 3, message: expect.stringContaining('137') }]);
    storage.close();
  });

  it('works from the command line: members import, then list --json', async () => {
    const run = promisify(execFile);
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-members-cli-'));
    const file = path.join(data, 'committee.csv');
    copyFileSync(CSV, file);
    const env = { ...process.env, DATA_DIR: data, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent' };
    const imported = await run('node', [path.resolve('bin/liaison.js'), 'members', 'import', file], { env });
    expect(imported.stdout).toContain('新增 5 人');
    expect(imported.stderr).toContain('第 7 行：手机号“12345”格式不正确');
    const listed = JSON.parse((await run('node', [path.resolve('bin/liaison.js'), 'members', 'list', '--json'], { env })).stdout) as { name: string; accounts: string[] }[];
    expect(listed.map((m) => m.name)).toEqual(['张三', '李四', '王五', '赵秘书', '周八']);
    expect(listed.find((m) => m.name === '周八')?.accounts).toEqual(['telegram:555000111']);
  }, 60_000);
});
