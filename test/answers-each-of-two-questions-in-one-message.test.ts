import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { questionsInOneMessage } from '../src/answering/questions-in-one-message.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;
const CITIES = ['十堰', '廊坊', '常熟', '武汉', '许昌'];

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('two questions in one message, one of which the knowledge base answers', () => {
  it('answers the one it can and says which it cannot', async () => {
    const answer = await app.questions.ask('十堰政协党组向市委请示报告了多少次？顺便问一下十堰政协机关食堂一个月伙食费多少钱');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('16次');
    expect(answer.text).toContain('关于“十堰政协机关食堂一个月伙食费多少钱”，知识库中没有找到');
    expect(answer.citations.find((c) => c.n === 1)?.source).toContain('十堰');
  });

  it('still declines when neither is answered', async () => {
    const answer = await app.questions.ask('十堰政协食堂几点开饭？另外机关停车场有多少个车位');
    expect(answer.answered).toBe(false);
  });
});

describe('where the second question starts', () => {
  it('splits at a question mark or "另外", carrying the city said before', () => {
    expect(questionsInOneMessage('常熟政协立案了多少件提案？另外社情民意办处了多少篇', CITIES)).toEqual(['常熟政协立案了多少件提案？', '常熟社情民意办处了多少篇']);
  });

  it('keeps a short follow-on with the question it leans on', () => {
    expect(questionsInOneMessage('社情民意被采用了有稿费吗？能加分吗', CITIES)).toEqual([]);
  });
});

describe('each city asked its own figure in one message', () => {
  it('answers each, saying which city each answer is of', async () => {
    const answer = await app.questions.ask('常熟办处了多少篇社情民意，十堰政协党组请示报告多少次，我要做个对比');
    expect(answer.text).toContain('常熟：');
    expect(answer.text).toContain('288篇');
    expect(answer.text).toContain('十堰：');
    expect(answer.text).toContain('16次');
  });

  it('splits only where every clause naming a city asks', () => {
    expect(questionsInOneMessage('常熟立案多少件提案，十堰呢', ['常熟', '十堰'])).toEqual([]);
  });
});

describe('a share asked as 百分之多少', () => {
  it('is a share asked', async () => {
    expect((await app.questions.ask('许昌民生类提案占比是百分之几')).text).toContain('57.37%');
  });
});

describe('a city put in brackets after what it did', () => {
  it('is the city that did it', async () => {
    const { cityInBrackets } = await import('../src/answering/question-reader.ts');
    expect(cityInBrackets('读书活动（常熟）和文史资料（武汉）各叫什么', ['常熟', '武汉'])).toBe('常熟的读书活动和武汉的文史资料各叫什么');
  });
});

describe('a comparison said on top of the figures asked', () => {
  it('still gets each city\'s figure', async () => {
    const answer = await app.questions.ask('十堰和廊坊政协向市委请示报告各多少次，廊坊是不是多了不少');
    expect(answer.text).toContain('16次');
    expect(answer.text).toContain('59次');
  });
});
