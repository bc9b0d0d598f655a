import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('people counted with 几个', () => {
  it('are counted in 人 when the phrase names what they were chosen as', () => {
    expect(shapeOf('评了几个优秀履职标兵').units).toContain('人');
    expect(shapeOf('办了几个学习班').units).not.toContain('人');
  });

  it('is answered by the figure in 人', async () => {
    const answer = await app.questions.ask('十堰市政协选出了几个作风建设标兵');
    expect(answer.text).toContain('5人');
  });
});

describe('a short name for a kind of consultation', () => {
  it('reads 双月协商 as the reports\' 双月专题协商', async () => {
    const answer = await app.questions.ask('廊坊政协一年开了几次双月协商');
    expect(answer.text).toContain('6次');
  });
});

describe('a count of a kind of paper', () => {
  it('takes a figure of the paper whose sentence says the kind elsewhere', async () => {
    // "开展联动调研,向省政协提交调研报告28篇": 报告 by its figure, 联动调研 earlier in the sentence.
    const answer = await app.questions.ask('十堰联动调研报告给省政协报了多少篇');
    expect(answer.text).toContain('28篇');
  });
});
