import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { asksBotsOpinion } from '../src/answering/question-kind.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a count asked in another measure word than the report\'s', () => {
  it('reads 条 and 份 of papers as the reports\' 篇, 本 of a periodical as 期', () => {
    expect(shapeOf('写了多少条社情民意').units).toContain('篇');
    expect(shapeOf('交了多少份心得').units).toContain('篇');
    expect(shapeOf('出了几本').units).toContain('期');
    expect(shapeOf('轮训办了几批').units).toContain('期');
    expect(shapeOf('讲堂开了几场').units).toContain('期');
  });

  it('reads 几个亿 as an amount in 亿, not a count in 个', async () => {
    expect(shapeOf('饮用水基地投了几个亿').units).toEqual(['亿']);
    const answer = await app.questions.ask('怡宝那个饮用水基地投了几个亿？');
    expect(answer.text).toContain('30亿元');
  });

  it('answers papers counted in 份 by the figure in 篇', async () => {
    const answer = await app.questions.ask('十堰委员一年撰写了几份社情民意信息');
    expect(answer.text).toContain('66篇');
  });

  it('answers issues counted in 本 by the figure in 期', async () => {
    const answer = await app.questions.ask('十堰《各界反映》一年编发了多少本');
    expect(answer.text).toContain('19期');
  });

  it('answers sessions counted in 批 by the figure in 期', async () => {
    const answer = await app.questions.ask('常熟政协的委员集中轮训分了几批');
    expect(answer.text).toContain('2期');
  });
});

describe('the act counted said in the member\'s word', () => {
  it('reads 处理 of proposals as 办理, not a figure of key proposals', async () => {
    const answer = await app.questions.ask('廊坊政协2023年处理了多少件提案');
    expect(answer.text).toContain('282件');
  });

  it('reads 收上来 as the reports\' 征集', async () => {
    const answer = await app.questions.ask('廊坊政协2023年社情民意信息收上来多少篇');
    expect(answer.text).toContain('78篇');
  });
});

describe('a count put inside its verb', () => {
  it('reads 发了几次言 as how many speeches, counted in 篇 as the reports do', async () => {
    const answer = await app.questions.ask('常熟各党派团体全年在大会上发过几次言');
    expect(answer.text).toContain('15篇');
  });

  it('declines where no speech is counted rather than give another figure', async () => {
    const answer = await app.questions.ask('武汉委员在全会上发了多少次言');
    expect(answer.answered).toBe(false);
  });
});

describe('who took part, asked with 参加 where the report says 参与', () => {
  it('answers how many members took part', async () => {
    const answer = await app.questions.ask('廊坊的小微协商委员参加了多少');
    expect(answer.text).toContain('300余人次');
  });
});

describe('an activity described rather than named', () => {
  it('reads 小范围的协商 as the reports\' 小微协商', async () => {
    const answer = await app.questions.ask('廊坊小范围的协商市县一共搞了几次');
    expect(answer.text).toContain('96次');
  });

  it('reads 请专家来协商的会 as the reports\' 专家协商会议', async () => {
    const answer = await app.questions.ask('武汉第一回开的请专家来协商的会是围绕什么开的');
    expect(answer.text).toContain('生态资源优势');
  });
});

describe('the bot\'s own judgement asked', () => {
  it('is told from advice on the member\'s how-to', () => {
    expect(asksBotsOpinion('你觉得许昌的委员大讲堂办得好不好')).toBe(true);
    expect(asksBotsOpinion('在你看来常熟的五微联动有没有效果')).toBe(true);
    expect(asksBotsOpinion('你觉得社情民意信息该怎么写')).toBe(false);
    expect(asksBotsOpinion('许昌的委员大讲堂办了几期')).toBe(false);
  });

  it('is declined, not answered by a sentence about the activity', async () => {
    const answer = await app.questions.ask('你个人认为十堰的一线协商到底有没有用');
    expect(answer.answered).toBe(false);
  });
});
