import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { thingAskedToExist } from '../src/answering/existence-asked.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026, term } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('the thing a member asks whether there is', () => {
  it('is the word right after 有没有, not a verb or a word for rules in general', () => {
    const words = { words: (text: string) => app.kb.tokenizer.words(text) };
    expect(thingAskedToExist('意见被采纳以后有没有奖金', [term('采纳'), term('奖金')], words)?.word).toBe('奖金');
    expect(thingAskedToExist('浏览量有没有破百万', [term('浏览量'), term('百万')], words)).toBeUndefined();
    expect(thingAskedToExist('请假有没有什么要求', [term('请假'), term('要求')], words)).toBeUndefined();
  });

  it('must be named by the answer, or the question is declined', async () => {
    // The scene (an opinion taken up) is all over the rules; a bonus for it is nowhere.
    const answer = await app.questions.ask('我报的社情民意要是被采用了，有没有奖励啊');
    expect(answer.answered).toBe(false);
    const subsidy = await app.questions.ask('委员来市里开会有没有交通补贴');
    expect(subsidy.answered).toBe(false);
  });

  it('still answers when the rules name it', async () => {
    const answer = await app.questions.ask('没写完的社情民意草稿有没有保留期限');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('72 小时');
  });
});
