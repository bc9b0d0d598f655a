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

describe('urging after a question', () => {
  it('is tone: "急急急" makes no urgent matter of a lost card', async () => {
    const answer = await app.questions.ask('委员证丢了 去哪补办啊 急急急');
    expect(answer.answered).toBe(false);
  });
});

describe('where a person went after', () => {
  it('is declined when no report tells the move', async () => {
    const answer = await app.questions.ask('十堰原来那个黄剑雄书记 后来调到哪里去了');
    expect(answer.answered).toBe(false);
  });

  it('leaves what the person did to be answered', async () => {
    const answer = await app.questions.ask('黄剑雄书记批示了什么');
    expect(answer.text).toContain('黄剑雄');
  });
});
