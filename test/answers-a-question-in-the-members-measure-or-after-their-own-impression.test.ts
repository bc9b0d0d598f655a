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

const ask = (question: string) => app.questions.ask(question);

describe('a count asked in the member’s measure word', () => {
  it('reads 篇 of a column as its 期, and 处 as 个', async () => {
    expect((await ask('十堰公众号专栏一年推了多少篇学习资料')).text).toContain('73期');
    expect((await ask('十堰一共整合了多少处协商平台')).text).toContain('1274个');
  });
});

describe('the member’s impression after the question', () => {
  it('asks nothing', async () => {
    expect((await ask('武汉政协公众号前年推了多少篇文章 感觉天天在刷屏')).text).toContain('1460余篇');
  });
});

describe('before the meeting, and going down to see', () => {
  it('reads 议政之前 as 会前 and 下去调研 as going in person', async () => {
    expect((await ask('十堰搞新型电池专题议政之前委员们下去调研一共跑了多少个企业')).text).toContain('26家');
  });
});

describe('a status the member sees, then how long it may take', () => {
  it('answers the time limit, not what the status means', async () => {
    expect((await ask('我的社情民意状态一直是已提交 没人管 这算不算超时了 规定几个工作日内受理')).text).toContain('5 个工作日');
  });
});
