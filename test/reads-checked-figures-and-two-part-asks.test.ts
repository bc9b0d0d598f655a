import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { askingForStatedFigure } from '../src/answering/stated-figure.ts';
import { figureClauses } from '../src/answering/figure-clauses.ts';
import { parseChinaDate } from '../src/china-time.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a figure the member checks with 是不是', () => {
  it.each([
    ['许昌报送社情民意是不是200篇', '许昌报送社情民意多少篇'],
    ['武汉党组会是否有30次', '武汉党组会多少次'],
    // Said twice, asked once.
    ['常熟重点提案定了22件，是不是22件', '常熟重点提案定了多少件'],
    ['常熟批示是10次，我印象中好像是这个数', '常熟批示是多少次'],
  ])('reads "%s" as "%s"', (question, read) => {
    expect(askingForStatedFigure(question)).toBe(read);
  });

  it('answers with the report\'s figure, however "这个数" is said', async () => {
    const answer = await app.questions.ask('武汉政协党组会议一年是不是开了20次？我记得是这个数');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('26次');
  });

  it('still declines a city the knowledge base does not hold', async () => {
    const answer = await app.questions.ask('北京政协立案提案是不是300件');
    expect(answer.answered).toBe(false);
  });
});

describe('colloquial verbs and misspellings of the opinion counts', () => {
  it.each([
    '许昌去年社情民意一共收上来几篇，最后真正报出去几篇',
    '许昌社情名义收了多少篇，报送出去的又有多少篇',
  ])('answers "%s" with both counts', async (question) => {
    const answer = await app.questions.ask(question, { at: parseChinaDate('2025-06-01')! });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('1021篇');
    expect(answer.text).toContain('230篇');
  });

  it('gives no figure for a year the reports do not cover', async () => {
    const answer = await app.questions.ask('许昌今年社情民意收上来多少篇');
    expect(answer.answered).toBe(false);
  });
});

describe('a rule asked for two time limits at once', () => {
  it('splits the question at its question mark into two figure clauses', () => {
    expect(figureClauses('交上去几个工作日受理？受理后多久有结果')).toEqual(['交上去几个工作日受理', '受理后多久有结果']);
  });

  it('answers each limit, in the order asked', async () => {
    const answer = await app.questions.ask('社情民意提交了几个工作日能受理？受理了多久给个说法');
    expect(answer.answered).toBe(true);
    expect(answer.text.indexOf('5 个工作日')).toBeGreaterThanOrEqual(0);
    expect(answer.text.indexOf('15 个工作日')).toBeGreaterThan(answer.text.indexOf('5 个工作日'));
  });
});

describe('a count judged rather than named', () => {
  it('answers how many items a part of the text should have from the rule listing it', async () => {
    const answer = await app.questions.ask('写社情民意，意见建议部分写几条合适');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('2 至 4 条');
  });
});

describe('a name remembered by its beginning', () => {
  it('gives the quoted name that begins so', async () => {
    const answer = await app.questions.ask('常熟书香政协那个品牌叫啥来着，悦读什么');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('悦读虞城');
  });
});
