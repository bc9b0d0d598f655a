import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

const answers = (question: string, ...facts: string[]) =>
  it(`answers "${question}"`, async () => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    for (const fact of facts) expect(answer.text).toContain(fact);
  });

describe('a figure the member half remembers', () => {
  // Two figures the member wavers between, after the question mark.
  answers('许昌委员大讲堂一共办了几期？5期还是6期我老记混', '6期');
  // How exact it must be is no part of what is asked.
  answers('武汉党组会开了多少次，麻烦给个准数', '26次');
  // 湖北: "一共写了好多篇…哦？" asks how many, what is counted said after the measure word.
  answers('十堰委员一共写了好多篇社情民意哦？', '66篇');
});

describe('what the member means, said after the question', () => {
  // 吴语: the total is not wanted, the part already asked is ("个" is 的).
  answers('常熟24年社情民意转送全国政协个有几篇？总数勿要，只要全国政协个', '32篇');
  // The thing put right keeps the city, year and who of the question taken back.
  answers('常熟24年各党派团体交了多少件集体提案，不对，不是集体提案，我问的是调研报告交了多少篇', '16篇');
  // Things listed before as "那些" are what a count without its noun counts.
  answers('联络站、恳谈会、委员工作室那些，十堰一线协商整合了多少个', '1274个');
});

describe('the year of a report given at a session', () => {
  // The report given at 2024's session tells of 2023, with the report named after a pause.
  answers('24年初廊坊开两会的时候，常委会报告里说的那个重点提案是修哪条铁路', '亦庄段');
});

describe('words of the rules said another way', () => {
  answers('微信怎么跟名册绑一起', '手机号后四位');
});

describe('a place the reports do not cover, opening the question', () => {
  it.each(['襄阳那边24年提案立案多少件', '咱们襄阳市政协23年开了几次常委会'])('declines "%s", saying which', async (question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('襄阳政协');
  });
});
