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

describe('a word of the rules typed with a character of the same sound', () => {
  const mend = (text: string) => app.kb.mendTypos(text);

  it('is read as the word, whatever the tone the keyboard took', () => {
    expect(mend('最后一步问我要不要属名')).toBe('最后一步问我要不要署名');
    expect(mend('会议回值怎么弄')).toBe('会议回执怎么弄');
    expect(mend('我想请驾两天')).toBe('我想请假两天');
    expect(mend('微信跟名册怎么帮定')).toBe('微信跟名册怎么绑定');
  });

  it('leaves real words, grammar and verbs said twice alone', () => {
    for (const text of ['主席会议成员下了几次基层', '我自己能发不', '我有三个事想反映', '等了半天它都不回', '帮我出出主意', '如果选不署名会怎样']) {
      expect(mend(text)).toBe(text);
    }
  });

  it('answers the question asked with the slip', async () => {
    const answer = await app.questions.ask('不想属名的话可以吗');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/署名/u);
  });
});

describe('a question of what is usual, naming no city and no year', () => {
  it('is answered from the rules, never by what a committee did one year', async () => {
    const answer = await app.questions.ask('意见建议一般写几条合适');
    expect(answer.text).toContain('2 至 4 条');
    expect(answer.text).not.toContain('19条');
  });

  it('is declined when the rules do not say it, whatever figure a report gives', async () => {
    const answer = await app.questions.ask('一个委员一年最多能交几件提案');
    expect(answer.answered).toBe(false);
  });
});
