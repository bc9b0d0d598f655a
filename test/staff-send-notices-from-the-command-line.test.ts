import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NoticeFileError, parseNoticeFile } from '../src/notices/front-matter.ts';
import { liaisonInProcess } from './support/in-process-cli.ts';

const NOTICE = path.resolve('test/fixtures/notices/standing-committee.md');
const NOW = new Date('2026-11-23T02:00:00Z');

/** `liaison …` in this process: the commands are the point here, not the process. */
const liaison = (data: string, ...args: string[]) => liaisonInProcess(data, args);

describe('a notice file', () => {
  const file = (head: string, body = '正文。') => `---\n${head}\n---\n${body}`;

  it('is read from its front matter and body', () => {
    const { fields, targets } = parseNoticeFile(file('标题: 常委会\n时间: 12月5日上午9:00\n地点: 市民之家\n是否需要回执: 是\n回执截止: 12月3日18:00\n对象: 界别：民盟、民建；专委会：提案委'), NOW);
    expect(fields).toMatchObject({ title: '常委会', place: '市民之家', needsReply: true, body: '正文。' });
    expect(fields.replyBy?.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(targets).toMatchObject({ allMembers: false, sectors: ['民盟', '民建'], committees: ['提案委'] });
  });

  it('names what is missing or wrong', () => {
    expect(() => parseNoticeFile('标题: 没有字段块', NOW)).toThrow(NoticeFileError);
    expect(() => parseNoticeFile(file('标题: 常委会\n地点: 市民之家\n对象: 全体委员'), NOW)).toThrow('缺少“时间”');
    expect(() => parseNoticeFile(file('标题: 常委会\n时间: 明天\n地点: 市民之家\n是否需要回执: 是\n回执截止: 下周吧\n对象: 全体委员'), NOW)).toThrow('“回执截止”无法识别');
    expect(() => parseNoticeFile(file('标题: 常委会\n时间: 明天\n地点: 市民之家\n是否需要回执: 是\n回执截止: 2020-01-01 09:00\n对象: 全体委员'), NOW)).toThrow('已经过去');
    expect(() => parseNoticeFile(file('标题: 常委会\n时间: 明天\n地点: 市民之家\n颜色: 红'), NOW)).toThrow('第 4 行无法识别');
  });
});

describe('staff run notices from the command line', () => {
  it('create, send, status, export, cancel', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'liaison-notices-cli-'));
    const created = await liaison(data, 'notices', 'create', '--file', NOTICE, '--by', '王秘书');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('已新建通知 1');
    expect(created.stdout).toContain('【会议通知】关于召开市政协十四届常委会第十次会议的通知');

    const sent = await liaison(data, 'notices', 'send', '1', '--by', '王秘书');
    expect(sent.stdout).toContain('1 个群');
    expect((await liaison(data, 'notices', 'send', '1')).stderr).toContain('不能重复发送');

    const status = JSON.parse((await liaison(data, 'notices', 'status', '1', '--json')).stdout) as Record<string, unknown>;
    expect(status).toMatchObject({ id: 1, status: '已发送', attending: [], excused: [], unanswered: [] });

    const list = JSON.parse((await liaison(data, 'notices', 'list', '--json')).stdout) as { id: number; sentBy: string }[];
    expect(list).toEqual([expect.objectContaining({ id: 1, sentBy: '王秘书' })]);

    const out = path.join(data, 'roll.xlsx');
    expect((await liaison(data, 'notices', 'export', '1', '--out', out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('回执')?.getRow(1).values).toEqual([undefined, '姓名', '回复', '原因', '回复时间']);
    expect(book.getWorksheet('送达')?.getRow(2).getCell(2).value).toBe('wechat');

    expect((await liaison(data, 'notices', 'cancel', '1')).stdout).toContain('已取消');
    expect((await liaison(data, 'notices', 'show', '7')).stderr).toContain('没有编号为 7 的通知');
    expect((await liaison(data, 'notices', 'create', '--file', path.join(data, 'missing.md'))).stderr).toContain('找不到通知文件');
  }, 90_000);
});
