import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';

/** The rules hold for every year: "今年的提案" in a question they answer is the member's own year. */
let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => new Date('2026-11-27T02:00:00Z') });
});
afterAll(() => app.close());

describe('a year said in a question about the rules', () => {
  it('answers from the rules, whatever year the member speaks of', async () => {
    const answer = await app.questions.ask('今年的提案写好了，能不能直接丢给小助手');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('提案按本会提案工作规定提交');
  });

  it('still says no report covers the year when the question is about the reports', async () => {
    const answer = await app.questions.ask('今年政协一共立案了多少件提案');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('2026年');
  });
});
