import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { speaksOfTheCaseNotDone, verbsNegated } from '../src/answering/negated-case.ts';
import { saidAsAVerb } from '../src/answering/relevance.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a verb the reports put in other words', () => {
  it('is a verb when an aspect particle follows, whatever the dictionary tags it', () => {
    expect(saidAsAVerb('新安', '23年新安了多少部')).toBe(true);
    expect(saidAsAVerb('电梯', '23年新安了多少部电梯')).toBe(false);
  });

  it('is neither the thing counted nor a thing the reports lack ("新安了" for 新加装)', async () => {
    const answer = await app.questions.ask('十堰小区加装电梯 23年新安了多少部');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('67部');
  });

  it('of one character is said by the rules\' two-character verb ending in it ("看" in 查看)', async () => {
    const answer = await app.questions.ask('社情民意交上去以后 咋看处理进度');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('我的社情民意');
  });

  it('of one character is not said by a word that only ends the same ("当" in 应当)', async () => {
    const answer = await app.questions.ask('咋样才能当上市政协的委员');
    expect(answer.answered).toBe(false);
  });
});

describe('a case the member says was not done', () => {
  it('reads the verbs said as not done', () => {
    const tokenizer = app.kb.tokenizer;
    expect(verbsNegated('聊天账号还没绑定 开会通知能不能收到', tokenizer).flat()).toContain('绑定');
    expect(verbsNegated('我不想署名', tokenizer)).toEqual([]);
    expect(speaksOfTheCaseNotDone('尚未绑定聊天账号的委员无法在私聊中收到会议通知', [['绑定']])).toBe(true);
    expect(speaksOfTheCaseNotDone('绑定后，才能在私聊中收到会议通知', [['绑定']])).toBe(false);
  });

  it('is answered by the rule for that case, over one on doing it', async () => {
    const answer = await app.questions.ask('聊天账号还没绑定 开会通知能不能收到');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('电话通知');
  });
});
