import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { membersCommand } from '../src/cli/members-command.ts';
import type { OpinionsIo } from '../src/cli/opinions/io.ts';
import { silentLogger } from '../src/log.ts';
import { decodeCsv, parseCsv } from '../src/members/import/csv.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { TableError } from '../src/members/import/table.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { testConfig } from './support/test-app.ts';

const NOW = new Date('2026-11-23T02:00:00Z');
const dir = mkdtempSync(path.join(tmpdir(), 'liaison-member-files-'));
const file = (name: string, content: string | Buffer) => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};

async function imported(text: string) {
  const storage = openStorage({ dataDir: mkdtempSync(path.join(tmpdir(), 'liaison-members-')) });
  try {
    const report = await importMembers(parseCsv(text), storage.members, NOW);
    return { report, names: (await storage.members.list()).map((m) => m.name) };
  } finally {
    storage.close();
  }
}

const UNCLOSED = expect.stringContaining('引号不成对');

describe('a CSV quote that never closes', () => {
  it('is an error at its line, and the rows after it still import', async () => {
    const { report, names } = await imported(['姓名,界别,手机', '张三,民盟,13800001234', '"李四,民建,13800002345', '王五,致公党,13800003456', '赵六,"民进', '九三",13800004567'].join('\n'));
    expect(report.problems).toEqual([{ line: 3, message: UNCLOSED }]);
    expect(names).toEqual(['张三', '王五', '赵六']);
  });

  it('at the end of the file, too', async () => {
    const { report, names } = await imported('姓名,界别\r\n张三,民盟\r\n"李四,民建\r\n王五,民革\r\n');
    expect(report.problems).toEqual([{ line: 3, message: UNCLOSED }]);
    expect(names).toEqual(['张三', '王五']);
  });

  it('nor does a quoted field that runs on over many lines swallow them', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `委员${i + 1},民盟`);
    const { report, names } = await imported(['姓名,界别', '"张三,民盟', ...rows, '赵六",民进'].join('\n'));
    expect(report.problems).toEqual([{ line: 2, message: UNCLOSED }]);
    expect(names).toHaveLength(31);
  });

  it('still reads quotes that are written correctly', () => {
    expect(parseCsv('姓名,职务\n"张三","常委,副主任"\n"李四","说""明"\n')).toEqual([
      { line: 1, cells: ['姓名', '职务'] },
      { line: 2, cells: ['张三', '常委,副主任'] },
      { line: 3, cells: ['李四', '说"明'] },
    ]);
  });
});

describe('rows with what no list holds', () => {
  it('rejects NUL bytes and control characters, line by line', async () => {
    const { report, names } = await imported(['姓名,界别,备注', '张\0三,民盟,', '李四,民\x07建,', '王五,民革,备\0注', '赵六,民进,'].join('\n'));
    expect(report.problems).toEqual([
      { line: 2, message: expect.stringContaining('含有空字符（NUL）') },
      { line: 3, message: expect.stringContaining('界别含有不可见的控制字符') },
      { line: 4, message: expect.stringContaining('含有空字符（NUL）') },
    ]);
    expect(names).toEqual(['赵六']);
  });

  it('limits every field, and never quotes a long value back', async () => {
    const long = '张'.repeat(100_000);
    const { report, names } = await imported(['姓名,界别,专委会,职务,手机,微信号,Telegram id,角色', `${long},民盟`, `李四,${'民'.repeat(31)}`, `王五,民革,,,${'1'.repeat(5000)}`, `赵六,民进,,,,${'w'.repeat(51)}`, `${'欧'.repeat(20)},民建`].join('\n'));
    expect(report.problems).toEqual([
      { line: 2, message: '姓名过长（100000 字，最多 20 字），本行未导入' },
      { line: 3, message: '界别过长（31 字，最多 30 字），本行未导入' },
      { line: 4, message: '手机号过长（5000 字，最多 20 字），本行未导入' },
      { line: 5, message: '微信号或备注名过长（51 字，最多 50 字），本行未导入' },
    ]);
    expect(names).toEqual(['欧'.repeat(20)]);
  });
});

describe('files that are not a member list', () => {
  let good: Buffer;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('委员');
    sheet.addRow(['姓名', '界别']);
    for (let i = 0; i < 50; i++) sheet.addRow([`委员${i}`, '民盟']);
    good = Buffer.from(await book.xlsx.writeBuffer());
  });

  it('a damaged or disguised .xlsx gets one Chinese sentence, not the zip library’s English', async () => {
    const truncated = good.subarray(0, Math.floor(good.length * 0.6));
    const scrambled = Buffer.from(good);
    for (let i = 100; i < scrambled.length - 100; i += 13) scrambled[i] = scrambled[i]! ^ 0x5a;
    const cases: [string, Buffer, string][] = [
      ['random.xlsx', randomBytes(5000), '无法读取 Excel 文件'],
      ['truncated.xlsx', truncated, '无法读取 Excel 文件'],
      ['scrambled.xlsx', scrambled, '无法读取 Excel 文件'],
      ['text.xlsx', Buffer.from('姓名,界别\n张三,民盟\n'), '无法读取 Excel 文件'],
      ['empty.xlsx', Buffer.alloc(0), '无法读取 Excel 文件'],
      ['password.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(2000)]), '设置了密码的 Excel 文件或旧的 .xls 格式'],
    ];
    for (const [name, bytes, said] of cases) {
      const error = await readTable(file(name, bytes)).then(() => null, (e: unknown) => e);
      expect(error, name).toBeInstanceOf(TableError);
      expect((error as Error).message, name).toContain(said);
      expect((error as Error).message.replace(path.join(dir, name), '').replace(/\.xlsx?|Excel/g, ''), name).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(await readTable(file('good.xlsx', good))).toHaveLength(51);
  });

  it('a device behind a .csv name, and a file far too large, are refused before reading', async () => {
    const zero = path.join(dir, 'zero.csv');
    symlinkSync('/dev/zero', zero);
    await expect(readTable(zero)).rejects.toThrow(`${zero} 不是普通文件`);
    const huge = file('huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    await expect(readTable(huge)).rejects.toThrow('文件过大');
  });

  it('reads a CSV saved by Excel as Unicode (UTF-16 with a BOM)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名,界别\r\n张三,民盟\r\n', 'utf16le')]);
    expect(parseCsv(decodeCsv(utf16))).toEqual([
      { line: 1, cells: ['姓名', '界别'] },
      { line: 2, cells: ['张三', '民盟'] },
    ]);
  });
});

describe('liaison members import', () => {
  it('lists the problems by line, in Chinese, and imports the rest', async () => {
    const stdout: string[] = [];
    const io: OpinionsIo = { out: (t) => stdout.push(t), err: (t) => stdout.push(t), cwd: dir, now: () => NOW };
    const csv = file('名单.csv', ['姓名,界别,手机', '张三,民盟,13800001234', `"李四,民建,13800002345`, `${'王'.repeat(100_000)},民革,`, '赵六,民进,13800004567'].join('\n'));
    expect(await membersCommand({ config: testConfig(), log: silentLogger() }, ['import', csv], io)).toBe(0);
    const text = stdout.join('\n');
    expect(text).toContain('导入完成：新增 2 人，更新 0 人，未变化 0 人，跳过 2 行。');
    expect(text).toContain('第 3 行：引号不成对');
    expect(text).toContain('第 4 行：姓名过长（100000 字，最多 20 字）');
    expect(text.length).toBeLessThan(600);
    expect(readFileSync(csv, 'utf8')).toContain('李四');
  });
});
