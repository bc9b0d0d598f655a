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

describe('a city named by a place in it, a landmark or a nickname', () => {
  it('asks about that city’s committee, the place itself no part of the question', async () => {
    expect((await ask('武当山所在的那个市 政协主席会议成员下基层一共多少次')).text).toContain('108次');
    expect((await ask('三河大厂香河这北三县归它管的那个市 政协办完了多少件提案')).text).toContain('282件');
    expect((await ask('虞山脚下那个县级市 政协24年民生类提案立了多少件')).text).toContain('97件');
  });
});

describe('what the member heard elsewhere, put to check', () => {
  it('is answered with the report’s figure, whatever figure was heard', async () => {
    expect((await ask('听朋友圈里有人说十堰政协一年编了三十期各界反映 有这么多么')).text).toContain('19期');
    expect((await ask('报纸上看到华润怡宝在十堰建了个水厂 投了多少个亿')).text).toContain('30亿元');
  });
});

describe('words the tokenizer once ran together, and numbers that are names', () => {
  it('reads a year said right before 报 as the year', async () => {
    expect((await ask('常熟社情民意24年报到全国政协的有几篇')).text).toContain('32篇');
  });

  it('counts people only in a figure that counts them, not in a quoted name like “四个一”', async () => {
    expect((await ask('十堰在会上述职的常委有几个人')).text).toContain('14名');
  });

  it('reads 钱和物资 as 款物', async () => {
    expect((await ask('23年廊坊发大水 政协系统一共捐了多少钱和物资')).text).toContain('2642万元');
  });

  it('reads 会改到 as a meeting changed', async () => {
    expect((await ask('会改到下周了 我前面回的参加还管用不 要不要再回一遍')).text).toContain('继续有效');
  });
});

describe('a detail the reports do not give', () => {
  it('declines a township or street finer than the city or county a sentence names', async () => {
    const answer = await ask('怡宝那个项目落户丹江口 具体在哪个镇哪条路');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('具体到乡镇、街道的地点');
  });

  it('declines which business owner gave most, when the report names no one', async () => {
    expect((await ask('廊坊灾后重建座谈会上 企业界委员捐款 捐得最多的是哪个老板')).answered).toBe(false);
  });
});
