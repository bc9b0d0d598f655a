import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { actionAsked } from '../src/answering/question-kind.ts';
import { analyzeQuery } from '../src/retrieval/query-analysis.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('what the member cannot do, before 怎么办', () => {
  it('is their case, not the act asked how to do', () => {
    const tokenizer = app.kb.tokenizer;
    expect(actionAsked('截止时间过后 我又不能参加了怎么办', tokenizer)).toBeUndefined();
    expect(actionAsked('截止时间过后我没法参加会议了怎么办', tokenizer)).toBeUndefined();
    expect(actionAsked('截止时间过后我还想请假怎么办', tokenizer)).toBe('请假');
  });

  it.each(['回执早就截止了 可我突然去不成了怎么办', '回执截止以后 我临时没法参加会议了怎么办'])('answers "%s" by the rule for that side of the deadline', async (question) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('联系市政协办公室');
  });
});

describe('when the member did their part, in a how-to', () => {
  it('is the scene, not what the rules must say', async () => {
    const answer = await app.questions.ask('上个月交的社情民意 想瞧瞧办到哪一步了 怎么弄');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/查询|我的社情民意/u);
  });

  it('still weighs a time that is what is asked about', async () => {
    const answer = await app.questions.ask('明天的天气怎么样');
    expect(answer.answered).toBe(false);
  });
});

describe('a province named before 政协 with one of its cities', () => {
  it('is the province the city\'s reports place it in, no committee the knowledge base lacks', () => {
    expect(analyzeQuery('十堰的报道在湖北政协好新闻评选得了奖', app.kb).unknownPlaces).toEqual([]);
    // Not said with a city of that province, the place is still one the knowledge base lacks.
    expect(analyzeQuery('许昌的报道在湖北政协好新闻评选得了奖', app.kb).unknownPlaces).toEqual(['湖北']);
    expect(analyzeQuery('郑州政协好新闻评选', app.kb).unknownPlaces).toEqual(['郑州']);
  });

  it('answers the prize the city\'s article won', async () => {
    const answer = await app.questions.ask('十堰那篇写共同缔造的稿子 湖北政协好新闻评了几等奖');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('二等奖');
  });
});

describe('everyday words for the rules\' own', () => {
  it.each([
    ['咋回事 asks why, it is no 怎么回复', '我在群里提问了 助手压根不搭理 这是怎么回事', '@履职助手'],
    ['单聊 is 私聊, 从没 is 从未, 干嘛 is 做什么', '用Telegram的委员 从来没跟机器人单聊过 想反映社情民意得先干嘛', '/start'],
    ['放着不管 only says the draft was left', '社情民意草稿一直放着不管 最长能给我留多久', '72'],
  ])('answers when %s', async (_what, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(fact);
  });
});
