import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { comparedAsEachFigure } from '../src/answering/compared-figures.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('two cities compared by which has more', () => {
  it('is read as asking each city its figure', () => {
    expect(comparedAsEachFigure('十堰跟廊坊对比一下 社情民意谁家篇数多')).toBe('十堰跟廊坊 社情民意各多少篇');
    // The count is asked already: "比谁多" only sets the sides against each other.
    expect(comparedAsEachFigure('许昌立案提案多少件 跟常熟比哪个多')).toBe('许昌立案提案多少件 跟常熟');
    expect(comparedAsEachFigure('十堰和廊坊比较一下，谁的请示报告次数多')).toBe('十堰和廊坊，请示报告各多少次');
  });

  it('leaves alone a question that compares nothing, or ranks', () => {
    expect(comparedAsEachFigure('哪个委员捐得多')).toBe('哪个委员捐得多');
    expect(comparedAsEachFigure('跟去年比哪个界别提案最多')).toBe('跟去年比哪个界别提案最多');
  });

  it('answers with each city\'s figure and its source', async () => {
    const answer = await app.questions.ask('十堰和廊坊比一比，谁的请示报告次数更多');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/十堰：[^\n]*16次[^\n]*\[1\]\n廊坊：[^\n]*59次[^\n]*\[2\]/u);
    const each = await app.questions.ask('十堰跟廊坊对比一下 社情民意谁家篇数多');
    expect(each.text).toContain('66篇');
    expect(each.text).toContain('78篇');
  });
});

describe('two cities asked which has more and each figure', () => {
  it('is read as asking each figure', async () => {
    const answer = await app.questions.ask('十堰和廊坊那年的社情民意，谁家委员写得多？分别是多少篇');
    expect(answer.text).toContain('66篇');
    expect(answer.text).toContain('78篇');
  });
});

describe('one city\'s figure the member knows, the other\'s asked', () => {
  it('checks the known figure and answers the other, of the same year', async () => {
    const answer = await app.questions.ask('十堰向市委请示报告是16次我知道，廊坊同一年有几次');
    expect(answer.text).toMatch(/十堰：[^\n]*16次[^\n]*\n廊坊：[^\n]*59次/u);
  });
});

describe('two cities compared where one gives no figure', () => {
  it('is declined rather than answered by a sentence without one', async () => {
    // 十堰's report speaks of its key proposals but counts none.
    const answer = await app.questions.ask('常熟跟十堰比 谁的重点提案多');
    expect(answer.answered).toBe(false);
  });
});

describe('a figure counting what a 的-phrase after it describes', () => {
  it('counts that thing ("21件市领导领办督办的重点提案")', async () => {
    const answer = await app.questions.ask('许昌的重点提案有几件');
    expect(answer.text).toContain('21件');
  });
});
