import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { sessionReportsByWorkYear } from '../src/answering/question-reader.ts';
import { askingForStatedFigure } from '../src/answering/stated-figure.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a figure the member remembers is asked, not searched for', () => {
  it.each([
    ['武汉党组会开了好像是30次，我没记错吧', '武汉党组会开了多少次'],
    ['许昌报送社情民意大概200篇，是这个数吗', '许昌报送社情民意多少篇'],
    ['常熟立案提案有300件对吧', '常熟立案提案有多少件'],
    ['十堰油橄榄种到整整8万亩了，我是不是记错了，准数是多少', '十堰油橄榄种到多少亩了'],
    ['许昌一年报了三百多篇社情民意吧', '许昌一年报了多少篇社情民意'],
    ['党派团体的提案有没有六成', '党派团体的提案多少成'],
    ['常熟十七届三次会议以来立案的提案是两百来件吧', '常熟十七届三次会议以来立案的提案是多少件'],
    ['许昌民生提案占了百分之五十几', '许昌民生提案占了多少'],
  ])('reads "%s" as "%s"', (question, read) => {
    expect(askingForStatedFigure(question)).toBe(read);
  });

  it('leaves a figure that only names the thing asked about', () => {
    expect(askingForStatedFigure('常熟那22件重点提案办得怎么样')).toBe('常熟那22件重点提案办得怎么样');
  });

  it.each([
    ['武汉政协党组会议记得是一年20次，对不对', '26次'],
    ['常熟市委领导对政协成果批示了10次吧？我没记错吧', '14次'],
  ])('answers "%s" with the report\'s figure', async (question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(fact);
  });
});

describe('the report given at a session tells of the year before', () => {
  it.each([
    ['去年两会上常熟的常委会报告', 2026, '2024年两会上常熟的常委会报告'],
    ['24年全会上那个工作报告', 2026, '2023年全会上那个工作报告'],
    ['2025年政协全体会议上的报告', 2026, '2024年政协全体会议上的报告'],
  ])('reads "%s" by the work year', (question, year, read) => {
    expect(sessionReportsByWorkYear(question, year)).toBe(read);
  });

  it('keeps the year of a session asked about for itself', () => {
    expect(sessionReportsByWorkYear('去年两会开了几天', 2026)).toBe('去年两会开了几天');
  });

  it('answers from the report on the work year, and still declines a year no report covers', async () => {
    const held = await app.questions.ask('前年两会上廊坊那份常委会报告里，提案办理完成了多少件');
    expect(held.answered).toBe(true);
    expect(held.text).toContain('282件');
    const missing = await app.questions.ask('今年两会上廊坊那份常委会报告里，提案办理完成了多少件');
    expect(missing.answered).toBe(false);
  });
});

describe('a year compared with the one before it', () => {
  it('declines when the year before the one named is no report\'s', async () => {
    const asked = await app.questions.ask('武汉政协前年的党组会议比再前一年多开了几次');
    expect(asked.answered).toBe(false);
    expect(asked.text).not.toContain('26次');
  });

  it('keeps 上一年 said with no year named as the year before this one', async () => {
    expect((await app.questions.ask('十堰提案比上一年多了多少件')).answered).toBe(false);
  });
});

describe('dialect words for a count', () => {
  it('reads 几多 as 多少', async () => {
    const answer = await app.questions.ask('武汉政协编了几多期《武汉文史资料》');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('12期');
  });

  it.each([
    ['我们十堰主席会议的成员23年下基层跑了好多趟撒，到底是好多次哦，报告里头么样写的', '108次'],
    ['俺们听说廊坊政协23年跟市委请示报告了老鼻子回了，到底多老少回啊', '59次'],
    ['回执提醒一般提前好长时间发啊 我搞忘记了好几回', '24 小时'],
  ])('reads "%s" as asking how many or how long', async (question, figure) => {
    expect((await app.questions.ask(question)).text).toContain(figure);
  });
});

describe('what a count asked after the member\'s verb counts', () => {
  it('is the noun before the verb for things, the act for times', async () => {
    expect((await app.questions.ask('武汉民生类提案办理了多少件')).text).toContain('253件');
    expect((await app.questions.ask('常熟的履职亮点被国家级媒体报道了几次')).text).toContain('11次');
  });
});

describe('a city called by its other name', () => {
  it('is that city', async () => {
    expect((await app.questions.ask('虞城政协一年办处了多少篇社情民意')).text).toContain('288篇');
  });
});

describe('words that say what a count measures', () => {
  it('are not the thing counted', async () => {
    expect((await app.questions.ask('武汉政协那个公众号推送了多少篇文章')).text).toContain('1460余篇');
    expect((await app.questions.ask('武汉的民主党派提交的提案占提案总数的比例是多少')).text).toContain('70%以上');
  });
});

describe('digits of a code the member quotes', () => {
  it('are no year and no word to find', async () => {
    const { analyzeQuery } = await import('../src/retrieval/query-analysis.ts');
    expect(analyzeQuery('我的编号是SQMY-2025-0008，怎么查进度', app.kb).years).toEqual([]);
    expect((await app.questions.ask('我有个编号SQMY-2024-0012，怎么查它办到哪一步了')).text).toContain('查询');
  });
});
