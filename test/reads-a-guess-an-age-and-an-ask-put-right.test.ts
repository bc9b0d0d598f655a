import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withoutRemarkAfterTheQuestion } from '../src/answering/asker-context.ts';
import { spellOutYears } from '../src/answering/question-reader.ts';
import { questionTakenBack } from '../src/answering/said-again-right.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

/** What members add to a question: the answer they half remember, their age, an ask put right, everyday words. */

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('the answer the member half remembers, said after the ask', () => {
  it('is checked, not asked', () => {
    expect(withoutRemarkAfterTheQuestion('那次电池专题最后弄了几篇调研报告 我印象是十来篇')).toBe('那次电池专题最后弄了几篇调研报告');
    expect(withoutRemarkAfterTheQuestion('三次会议哪天开幕的，我记得是一月中旬？')).toBe('三次会议哪天开幕的');
  });

  it('gets the figure the report gives', async () => {
    const answer = await app.questions.ask('新型电池专题议政那回出了多少篇调研报告，我印象是二十来篇？');
    expect(answer.text).toContain('17篇');
  });
});

describe('the member’s age', () => {
  it('is no year asked about', () => {
    expect(spellOutYears('我是老委员了今年都八十了，眼睛不好', 2026)).not.toContain('2026年');
    expect(spellOutYears('今年立案多少件', 2026)).toContain('2026年');
  });
});

describe('an ask put right in the same message', () => {
  it('starts anew when the member says again what they meant', () => {
    expect(questionTakenBack('十堰提案立了多少件 哦不对 我是想问学习体会，十堰委员交了多少篇学习体会')).toBe('十堰委员交了多少篇学习体会');
  });

  it('keeps a message where nothing is asked again', () => {
    const text = '十堰提案立了多少件 不对 我是想问这个，你们查得到吗';
    expect(questionTakenBack(text)).toBe(text);
  });
});

describe('everyday words for money and a verb said in two parts', () => {
  it('reads 钞票 as money and 开的幕 as 开幕', async () => {
    expect((await app.questions.ask('华润怡宝那个饮用水的项目落在丹江口 投了多少钞票'))).toMatchObject({ text: expect.stringContaining('30亿元') });
    expect((await app.questions.ask('十堰六届三次全会是哪天开的幕'))).toMatchObject({ text: expect.stringContaining('1月8日') });
  });
});
