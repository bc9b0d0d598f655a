import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { roughCounts } from '../src/answering/question-reader.ts';
import { saidAgainRight } from '../src/answering/said-again-right.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

describe('a count the member gives roughly', () => {
  it('asks nothing, and holds the answer to no figure, when another count is asked', () => {
    expect(roughCounts('我们去了十几个村，一共收集了多少条意见')).toBe('我们去了一些个村，一共收集了多少条意见');
    expect(roughCounts('几十位委员参加，发言的有几位')).toContain('一些位委员');
  });

  it('is the count asked when nothing else asks one', () => {
    expect(roughCounts('全国政协采用了好几十篇吧')).toBe('全国政协采用了好几十篇吧');
  });
});

describe('a slip owned up to', () => {
  it('puts the word meant in place of the word it begins like', () => {
    expect(saidAgainRight('城区改造供水…哦打错了 是改造燃气 一共多少公里')).toBe('城区改造燃气 一共多少公里');
  });
});

describe('asked with both', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
  });
  afterAll(() => app.close());

  it('answers the figure asked after a rough recollection of another', async () => {
    const answer = await app.questions.ask('十堰推进新型电池产业发展的专题议政，委员们走了十几家企业，除了主题发言还形成了多少篇调研报告');
    expect(answer.text).toContain('17篇调研报告');
  });
});
