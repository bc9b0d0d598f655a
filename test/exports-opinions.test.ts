import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitSituation } from '../src/opinions/export/body.ts';
import { chinaWallClock, formatChinaDateTime } from '../src/china-time.ts';
import { exportOpinions, type ExportFormat } from '../src/opinions/export/index.ts';
import { TABLE_COLUMNS } from '../src/opinions/export/table.ts';
import type { Opinion, OpinionFields } from '../src/opinions/types.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { FORMULA_LIKE, SIGNED, UNSIGNED } from './fixtures/opinions/sample-opinions.ts';

const SUBMITTED = [SIGNED, UNSIGNED, FORMULA_LIKE];
let opinions: Opinion[];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaison-export-'));
  const storage = openStorage({ dataDir: dir });
  for (const [i, fields] of SUBMITTED.entries()) {
    await storage.opinions.submit({ memberId: `console:u${i}`, channel: 'console', messageId: `m${i}`, fields, now: new Date(`2026-05-0${i + 1}T09:30:00+08:00`) });
  }
  opinions = await storage.opinions.list();
  storage.close();
});

async function exported(format: ExportFormat): Promise<string> {
  const file = path.join(dir, `社情民意信息.${format}`);
  await exportOpinions(opinions, format, file);
  return file;
}

/** RFC 4180 by hand: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

/** Whitespace aside, every character of `text` is in `document`, in order within each line. */
function expectLinesIn(document: string, text: string) {
  for (const line of text.split('\n')) expect(document).toContain(line.trim());
}

describe('staff export the submissions', () => {
  it('exports a Word document with every submission in the 社情民意信息 layout', async () => {
    const text = (await mammoth.extractRawText({ path: await exported('docx') })).value;
    for (const opinion of opinions) {
      const { fields } = opinion;
      expect(text).toContain(fields.title);
      expect(text).toContain(`编号：${opinion.number}`);
      expect(text).toContain(`类别：${fields.category}`);
      expect(text).toContain(`提交时间：${formatChinaDateTime(opinion.createdAt)}`);
      expectLinesIn(text, fields.suggestion);
      const { basic, problems } = splitSituation(fields.situation);
      for (const paragraph of [...basic, ...problems]) expect(text).toContain(paragraph);
    }
    expect(text.match(/基本情况/g)).toHaveLength(3);
    expect(text.match(/意见建议/g)).toHaveLength(3);
    expect(text).toContain('存在问题');
    expect(text).toContain(`反映人：${SIGNED.name}（${SIGNED.sector}）`);
    expect(text).toContain(`联系电话：${SIGNED.phone}`);
    // Sections follow the layout order within a submission.
    const first = text.slice(0, text.indexOf(UNSIGNED.title));
    const order = ['反映人', '编号', '基本情况', '存在问题', '意见建议', '联系电话'].map((label) => first.indexOf(label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps an unsigned member anonymous in the Word document', async () => {
    const text = (await mammoth.extractRawText({ path: await exported('docx') })).value;
    const page = text.slice(text.indexOf(UNSIGNED.title), text.indexOf(FORMULA_LIKE.title));
    expect(page).toContain('反映人：（不署名）');
    expect(text).not.toContain(UNSIGNED.name);
    expect(text).not.toContain(UNSIGNED.phone);
    expect(page).not.toContain(UNSIGNED.sector);
  });

  it('exports a spreadsheet with one row per submission and formulas defused', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exported('xlsx'));
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1)).toEqual(TABLE_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(1 + opinions.length);

    const byNumber = new Map(rows.slice(1).map((row) => [row[1], row.slice(1)]));
    for (const opinion of opinions) {
      const row = byNumber.get(opinion.number)!;
      const cell = (header: string) => row[TABLE_COLUMNS.findIndex((column) => column.header === header)];
      const text = (header: string) => String(cell(header)).replace(/^'/, '');
      expect(text('标题')).toBe(opinion.fields.title);
      expect(text('情况与问题')).toBe(opinion.fields.situation);
      expect(text('意见建议')).toBe(opinion.fields.suggestion);
      expect(text('反映人')).toBe(opinion.fields.name);
      expect([cell('状态'), cell('类别'), cell('界别'), cell('联系电话'), cell('委员ID')]).toEqual([
        '已提交',
        opinion.fields.category,
        opinion.fields.sector,
        opinion.fields.phone,
        opinion.memberId,
      ]);
      expect(cell('同意署名')).toBe(opinion.fields.signed ? '是' : '否');
      expect(cell('提交时间')).toEqual(chinaWallClock(opinion.createdAt));
    }
    const risky = byNumber.get(opinions[2]!.number)!;
    expect(risky.filter((value) => typeof value === 'string' && /^[=+\-@]/.test(value))).toEqual([]);
    expect(risky).toContain(`'${FORMULA_LIKE.title}`);
    expect(risky).toContain(`'${FORMULA_LIKE.name}`);
  });

  it('exports a CSV that Excel opens as UTF-8, quoted and with formulas defused', async () => {
    const raw = readFileSync(await exported('csv'), 'utf8');
    expect(raw.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual(TABLE_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(1 + opinions.length);
    const expected = (fields: OpinionFields, opinion: Opinion) => [
      opinion.number,
      '已提交',
      '',
      fields.category,
      fields.title,
      fields.situation,
      fields.suggestion,
      fields.name,
      fields.sector,
      fields.phone,
      fields.signed ? '是' : '否',
      formatChinaDateTime(opinion.createdAt),
      formatChinaDateTime(opinion.updatedAt),
      opinion.memberId,
      'console',
    ];
    expect(rows[1]).toEqual(expected(SIGNED, opinions[0]!));
    expect(rows[2]).toEqual(expected(UNSIGNED, opinions[1]!));
    const defused = { ...FORMULA_LIKE, title: `'${FORMULA_LIKE.title}`, situation: `'${FORMULA_LIKE.situation}`, suggestion: `'${FORMULA_LIKE.suggestion}`, name: `'${FORMULA_LIKE.name}` };
    expect(rows[3]).toEqual(expected(defused, opinions[2]!));
  });
});

describe('the body of a submission is split without losing text', () => {
  it('puts problem sentences under 存在问题 and the rest under 基本情况', () => {
    expect(splitSituation(UNSIGNED.situation)).toEqual({
      basic: ['关山小学门口路口每天上下学约800名学生经过。'],
      problems: ['路口没有红绿灯，学生过马路存在安全隐患。'],
    });
  });

  it('keeps everything under 基本情况 when it cannot be split', () => {
    const text = '老旧小区加装电梯进展缓慢。\n部分居民不同意出资。';
    expect(splitSituation(text)).toEqual({ basic: ['老旧小区加装电梯进展缓慢。', '部分居民不同意出资。'], problems: [] });
    expect(splitSituation('充电难，隐患多')).toEqual({ basic: ['充电难，隐患多'], problems: [] });
  });

  it('never drops a character', () => {
    for (const text of [SIGNED.situation, FORMULA_LIKE.situation, '没有标点的一段话', '“有问题！”他说。还有后文', '。。！']) {
      const { basic, problems } = splitSituation(text);
      expect([...basic, ...problems].join('').length).toBe(text.replace(/\n/g, '').length);
    }
  });
});
