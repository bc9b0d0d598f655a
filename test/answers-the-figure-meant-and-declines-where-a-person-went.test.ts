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

describe('the figure the member says they mean, after asking', () => {
  it('reads "是收到的总数，不是报送的" as the one asked', async () => {
    const answer = await app.questions.ask('许昌市政协2024年全年一共收到社情民意信息多少篇？是收到的总数，不是报送的');
    expect(answer.text).toContain('1021篇');
  });

  it('reads a city\'s committee doing something "自己" as the committee, no group within it', async () => {
    const answer = await app.questions.ask('机器人你好，廊坊市政协自己确定了几件重点提案、由主席会议成员领办督办的？不是全国政协那个72件');
    expect(answer.text).toContain('20件');
  });
});

describe('a count asked in 湖北话, closed by 撒', () => {
  it('asks how many, while a complaint closed by 撒 asks nothing', async () => {
    const answer = await app.questions.ask('十堰的政协委员23年撰写社情民意信息搞了好多篇撒 晓得不');
    expect(answer.text).toContain('66篇');
    expect((await app.questions.ask('跑了好多趟撒 累死了')).answered).toBe(false);
  });
});

describe('urging after a question', () => {
  it('is tone: "急急急" makes no urgent matter of a lost card', async () => {
    const answer = await app.questions.ask('委员证丢了 去哪补办啊 急急急');
    expect(answer.answered).toBe(false);
  });
});

describe('a person\'s career and what happened lately', () => {
  it('is declined when no report tells the move', async () => {
    const answer = await app.questions.ask('十堰原来那个黄剑雄书记 后来调到哪里去了');
    expect(answer.answered).toBe(false);
  });

  it('is declined for what a person did before or whether they still hold a post', async () => {
    expect((await app.questions.ask('常熟政协主席沈晓东以前是干啥的')).answered).toBe(false);
    expect((await app.questions.ask('黄剑雄书记现在还在十堰当书记吗')).answered).toBe(false);
  });

  it('is declined for this month\'s meeting, which no report of a past year holds', async () => {
    expect((await app.questions.ask('小助手 这个月市政协常委会开了没有 会上说了啥')).answered).toBe(false);
  });

  it('leaves what the person did to be answered', async () => {
    const answer = await app.questions.ask('黄剑雄书记批示了什么');
    expect(answer.text).toContain('黄剑雄');
  });
});
