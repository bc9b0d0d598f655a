import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withoutAskersOwnContext } from '../src/answering/asker-context.ts';
import { countsAThingNeverNamed } from '../src/answering/counted.ts';
import { provisionForTheCaseSaid } from '../src/answering/member-case.ts';
import { sessionReportsByWorkYear, yearOfTheReportMeant } from '../src/answering/question-reader.ts';
import { deadlineSide } from '../src/answering/question-shape.ts';
import { isFrameWord } from '../src/answering/relevance.ts';
import { silentLogger } from '../src/log.ts';
import { applyPhrasing, parsePhrasing } from '../src/retrieval/colloquial.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;
const DECLINED = '知识库中没有找到';

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a question about something the knowledge base does not hold', () => {
  it('does not count a conjunction as a word the rules answer', () => {
    expect(isFrameWord('或者')).toBe(true);
    expect(isFrameWord('以及')).toBe(true);
  });

  it('declines a reward the rules never mention, though they say "或者" and "采用"', async () => {
    const answer = await app.questions.ask('社情民意被采纳以后，委员能拿到奖金或者积分吗');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain(DECLINED);
  });

  it('declines a count of a thing the reports never name rather than give a nearby figure', async () => {
    const known = (word: string) => ['公众号', '部门', '委员'].includes(word);
    const tokenizer = app.kb.tokenizer;
    expect(countsAThingNeverNamed('公众号一共有多少粉丝', tokenizer, known)).toBe('粉丝');
    // A part the reports use makes it a thing they count ("政府部门" of 政府职能部门).
    expect(countsAThingNeverNamed('查了几个政府部门', tokenizer, known)).toBeUndefined();
    const answer = await app.questions.ask('武汉政协公众号一共有多少粉丝');
    expect(answer.answered).toBe(false);
  });
});

describe('what the member says around the question', () => {
  it('drops the paper being prepared when the question asks "多大"', () => {
    expect(withoutAskersOwnContext('我正在写个材料，十堰油橄榄种植面积有多大')).toBe('十堰油橄榄种植面积有多大');
  });

  it('answers "多大面积" with the area, not reading 大面积 as a word', async () => {
    const answer = await app.questions.ask('想引用一下 油橄榄在十堰现在种了多大面积');
    expect(answer.text).toContain('10万亩');
  });
});

describe('the report a member means', () => {
  it('reads the report opening a year ("年初开会") as the year before\'s', () => {
    expect(sessionReportsByWorkYear('24年初廊坊开会那个报告里讲', 2026)).toBe('2023年廊坊开会那个报告里讲');
    // Any meeting in a year is not its session.
    expect(sessionReportsByWorkYear('去年开会时说的那个数', 2026)).toBe('去年开会时说的那个数');
  });

  it('answers from that report', async () => {
    const answer = await app.questions.ask('24年初廊坊开会那个报告里，主席会议成员走访委员多少人次');
    expect(answer.text).toContain('136人次');
  });

  it('lets the report named win over "去年" said loosely', () => {
    expect(yearOfTheReportMeant('公众号去年推了多少篇 我指的是24年的报告')).toBe('公众号推了多少篇 我指的是24年的报告');
    expect(yearOfTheReportMeant('公众号去年推了多少篇')).toBe('公众号去年推了多少篇');
  });

  it('answers from the report named, and still declines a year no report covers', async () => {
    const answered = await app.questions.ask('武汉政协的公众号去年推送了多少篇 我说的是24年的报告');
    expect(answered.text).toContain('1460余篇');
    const declined = await app.questions.ask('许昌政协去年立案了多少件提案 我说的是23年的报告');
    expect(declined.answered).toBe(false);
  });
});

describe('how-to questions in everyday words', () => {
  it('keeps a phrase already in the report\'s words ("怎么回复" stays, not "怎么回复复")', () => {
    const phrasing = parsePhrasing('怎么回 = 怎么回复');
    expect(applyPhrasing('该怎么回复请假', phrasing)).toBe('该怎么回复请假');
    expect(applyPhrasing('该怎么回', phrasing)).toBe('该怎么回复');
  });

  it('hears a deadline already past however it is said', () => {
    expect(deadlineSide('截止时间早就过了')).toBe('after');
    expect(deadlineSide('已经截止了还能改吗')).toBe('after');
    expect(deadlineSide('截止前能改吗')).toBe('before');
  });

  it('answers with the provision for the case the member tells', async () => {
    expect(provisionForTheCaseSaid('委员不能参加会议的，在私聊中回复“请假”', '接到会议通知但我不能参加，该怎么回复', app.kb.tokenizer)).toBe(true);
    expect(provisionForTheCaseSaid('委员参加会议的，在私聊中回复“参加”', '怎么查看社情民意', app.kb.tokenizer)).toBe(false);
    const answer = await app.questions.ask('接到会议通知但我来不了，该怎么回复');
    expect(answer.text).toContain('写明请假原因');
  });

  it('tells a member past the deadline whom to contact', async () => {
    const answer = await app.questions.ask('截止时间早就过了 我突然想请假怎么办');
    expect(answer.text).toContain('联系市政协办公室');
  });

  it.each([
    ['"分成哪几类" as the rules\' 分为', '社情民意分成哪几类', '民生保障'],
    ['"发给" as the rules\' 发送给', '用助手发会议通知能发给哪些人', '全体委员'],
    ['"填错了 怎么改" as 修改', '社情民意预览时发现类别填错了 怎么改', '修改 <字段> <内容>'],
  ])('reads %s', async (_kind, question, expected) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(expected);
  });
});
