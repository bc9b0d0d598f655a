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

describe('a count asked together with who does it', () => {
  it('is answered by the sentence giving the count, which says who too', async () => {
    const answer = await app.questions.ask('廊坊政协确定了几件重点提案，是谁领办督办的');
    expect(answer.text).toContain('20件');
    expect(answer.text).toContain('主席会议成员');
  });
});

describe('a count asked together with whether many read it', () => {
  it('reads "看的人多不多" as the reports\' 浏览量, asked as a figure', async () => {
    const answer = await app.questions.ask('武汉那个微信公众号推送了多少篇，看的人多不多啊');
    expect(answer.text).toContain('1460余篇');
    expect(answer.text).toContain('60万人次');
  });
});

describe('a reason asked of a long report sentence', () => {
  it('keeps the clauses that open it, where the reason is told', async () => {
    const answer = await app.questions.ask('廊坊政协当初为什么要为城际铁路联络线亦庄段写提案');
    expect(answer.text).toContain('未列入北京');
  });
});

describe('an outcome asked of a long report sentence', () => {
  it('keeps the clauses that close it, where what became of it is told', async () => {
    const answer = await app.questions.ask('廊坊政协关于城际铁路联络线亦庄段的那件提案，结果怎么样');
    expect(answer.text).toContain('72件重点提案');
  });
});
