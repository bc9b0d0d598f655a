import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withoutAskersOwnContext } from '../src/answering/asker-context.ts';
import { itemsOfKind, kindAsked } from '../src/answering/enumeration.ts';
import { asksMembersHowTo } from '../src/answering/question-kind.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('questions read by their kind, not their words', () => {
  it.each([
    ['a word after a space ends the counted clause (急用 is no thing counted)', '廊坊 视察考察 23年 搞了几次 急用', '8次'],
    ['a frame word before 多少 (具体多少) names nothing measured', '许昌立案提案有好几百件吧 具体是多少', '319件'],
    ['办 of an event held, not of a proposal handled', '廊坊的小微协商一年办了多少场', '96次'],
    ['a rough count with 来 said in passing', '十堰政协组织委员走访了200来家企业那次调研 写了几篇报告', '17篇'],
    ['the member introducing themselves and their task', '我是政协委员，在写一篇调研材料，想问下武汉政协党组会一年开了几次', '26次'],
    ['what the answer is for, said after the question', '廊坊23年提案办了多少件 我写总结要用', '282件'],
    ['怎么没 asks why, not how to', '群里发问题给履职助手 它怎么没回我', '@履职助手'],
    ['哪位领导 of a report, from the byline under its title', '常委会工作报告是哪位领导作的 常熟的', '沈晓东'],
    ['a count over a "one each" list (撰写一件提案)', '常熟政协全年提案有几件', '261件'],
    ['一把手 for 主要领导, a verb split by its count (批了几回字)', '常熟市委一把手一年给政协批了几回字', '14次'],
    ['a measure word kept with its count (多少个人, not 个人)', '十堰政协协调了多少个人去参加特邀监督', '110多人'],
    ['post for 推送, 公众号 as one word', '武汉政协公众号24年post了多少篇', '1460余篇'],
    ['the report itself named as the source (报告里讲, 两会上)', '开两会的时候许昌那份报告里讲社情民意一年收到多少篇', '1021篇'],
    ['so many things of a kind, each named', '十堰提的建三大中心是哪三个', '区域疑难危重症中心、区域生殖医学中心、区域老年医学中心'],
  ])('understands %s', async (_what, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(fact);
  });

  it.each([
    ['a count over a list whose items the reports never name', '十堰建了哪三个体育中心'],
    ['a why-not the rules do not answer', '履职助手怎么不给我推送天气预报'],
  ])('still declines %s', async (_what, question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(false);
  });
});

describe('what members say of themselves', () => {
  it('is left out of a question about something else', () => {
    expect(withoutAskersOwnContext('我是新来的委员，正在准备发言，许昌政协开了几次会')).toBe('许昌政协开了几次会');
    expect(withoutAskersOwnContext('十堰立了多少件提案 写材料要用')).toBe('十堰立了多少件提案');
  });

  it('stays in a how-to, where the task is what is asked about', () => {
    expect(withoutAskersOwnContext('我要写个发言稿，格式怎么定')).toBe('我要写个发言稿，格式怎么定');
  });

  it('is never a report\'s own count of speeches', () => {
    expect(withoutAskersOwnContext('十堰政协准备大会发言几篇')).toBe('十堰政协准备大会发言几篇');
  });
});

describe('reading a question', () => {
  it('takes 怎么不 and 咋没 as asking why, not how to', () => {
    expect(asksMembersHowTo('提醒怎么没发给我', 0)).toBe(false);
    expect(asksMembersHowTo('回执怎么改', 0)).toBe(true);
  });

  it('reads so many things of a kind and finds them clause by clause', () => {
    expect(kindAsked('那两大平台分别叫啥')).toEqual({ count: 2, kind: '平台' });
    expect(kindAsked('哪四个基地')).toEqual({ count: 4, kind: '基地' });
    const tokenizer = app.kb.tokenizer;
    expect(itemsOfKind('依托甲公司建设东区物流基地,依托乙公司建设西区冷链基地。', '基地', tokenizer)).toEqual(['东区物流基地', '西区冷链基地']);
    expect(itemsOfKind('围绕建设医疗中心开展调研。', '中心', tokenizer)).toEqual([]);
  });
});
