import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { isFrameWord } from '../src/answering/relevance.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a figure named as a condition', () => {
  it('must be said by the answer', () => {
    const shape = shapeOf('主题教育里次数是8次的是哪项');
    expect(shape.namedFigure?.test('集中学习8次')).toBe(true);
    expect(shape.namedFigure?.test('专题培训3次')).toBe(false);
    expect(shapeOf('主题教育搞了几次').namedFigure).toBeUndefined();
  });

  it('picks the sentence holding it', async () => {
    const answer = await app.questions.ask('十堰主题教育里，次数正好是8次的是哪一项');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('集中学习8次');
  });
});

describe('the side of a deadline asked about', () => {
  it('is answered by the provision for that side', async () => {
    const answer = await app.questions.ask('回执截止以后我才接到出差任务，还能请假吗');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('联系市政协办公室');
  });
});

describe('what the question says in other words', () => {
  it('reads a verb with its aspect particle as no thing (打了个)', async () => {
    expect(app.kb.tokenizer.namesAThing('打了个')).toBe(false);
    expect(app.kb.tokenizer.namesAThing('回执')).toBe(true);
    const answer = await app.questions.ask('我在群里打了个“请假”，这样算登记了吗');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('不作为回执登记');
  });

  it('counts books in 册 when asked in 本', async () => {
    const answer = await app.questions.ask('廊坊政协推荐了多少本理论书籍');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/55(冊|册)/u);
  });
});

describe('an ordinal under a heading with a single part', () => {
  it('counts the parts one level down', async () => {
    const answer = await app.questions.ask('十堰报告展望那部分，履职关键词第一个是啥');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('共5个');
    expect(answer.text).toContain('强化党的领导');
  });
});

describe('two counts of two things in one question', () => {
  it('answers each from its own sentence', async () => {
    const answer = await app.questions.ask('十堰23年委员撰写社情民意多少篇？《各界反映》编发了几期');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('66篇');
    expect(answer.text).toContain('19期');
  });

  it('adds no sentence holding only a stray word of the question', async () => {
    const answer = await app.questions.ask('许昌政协出的那本专题文史书叫啥，有多少字');
    expect(answer.text).toContain('政协往事');
    expect(answer.citations.filter((c) => answer.text.includes(`[${c.n}]`))).toHaveLength(1);
  });
});

describe('a measure noun is a subject word', () => {
  it('keeps 次数 among the words a passage must hold, unlike 正好', () => {
    expect(isFrameWord('次数')).toBe(false);
    expect(isFrameWord('正好')).toBe(true);
  });
});
