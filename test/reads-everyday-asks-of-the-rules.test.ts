import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { namesTheLevelAsked } from '../src/answering/counted.ts';
import { actionAsked } from '../src/answering/question-kind.ts';
import { howManySaid } from '../src/answering/question-reader.ts';
import { speaksOfSeveralAsked } from '../src/answering/several.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a figure said of another level of government', () => {
  it('is no answer to a count asked of one level', () => {
    expect(namesTheLevelAsked('省政协采用43篇,市领导批示11篇', ['篇'], '有几篇得到省领导批示')).toBe(false);
    expect(namesTheLevelAsked('省政协采用43篇,市领导批示11篇', ['篇'], '有几篇得到市领导批示')).toBe(true);
    // Either of two levels asked will do; a figure naming no level is not held to one.
    expect(namesTheLevelAsked('参加全国政协、省政协协商会,提交材料30余篇', ['篇'], '给全国政协省政协交了多少篇')).toBe(true);
    expect(namesTheLevelAsked('立案提案261件', ['件'], '十堰市政协立案多少件')).toBe(true);
  });

  it('declines rather than give the city leaders\' figure for the province\'s', async () => {
    const declined = await app.questions.ask('许昌那边社情民意拿到省领导批示的一共几篇');
    expect(declined.answered).toBe(false);
    const answered = await app.questions.ask('许昌那边社情民意拿到市领导批示的一共几篇');
    expect(answered.text).toContain('11篇');
  });
});

describe('how a member asks about the rules', () => {
  it('reads the verb before its object as the act asked ("问…问题要怎么办")', () => {
    const tokenizer = app.kb.tokenizer;
    expect(actionAsked('在群里问履职助手问题要怎么办', tokenizer)).toBe('问');
    expect(actionAsked('想请假怎么办', tokenizer)).toBe('请假');
    expect(actionAsked('截止时间过后我才想起来要请假怎么办', tokenizer)).toBe('请假');
  });

  it('reads "好多…啊" closing a message as "多少"', () => {
    expect(howManySaid('要写好多字啊')).toBe('要写多少字啊');
    expect(howManySaid('好多委员都这么说啊')).toBe('好多委员都这么说啊');
  });

  it('hears the member\'s own count in the rule on several', () => {
    expect(speaksOfSeveralAsked('我手上有两个问题', '涉及几个问题的，请分篇报送')).toBe(true);
    expect(speaksOfSeveralAsked('我手上有两个问题', '一篇社情民意信息应当包含以下内容')).toBe(false);
  });

  it.each([
    ['"可不可以" asks yes or no, the member\'s own count meets the rule on several', '我有三个问题，可不可以写在一篇社情民意里报', '一事一报'],
    ['才能 only frames the question', '报社情民意得发哪个命令才能开始', '/opinion'],
    ['the bot called 机器人, asked in a group', '在群里问机器人问题要怎么办 它不搭理我', '@履职助手'],
    ['微信号 for the chat account', '微信号和名册怎么绑定', '绑定 姓名 手机号后四位'],
    ['好多字 for the length', '社情民意要写好多字呀', '300 至 1000 字'],
  ])('answers when %s', async (_what, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain(fact);
  });
});

describe('a question that runs into 市', () => {
  it('reads 能不能当市政协的… as a question, not a place the reports lack', async () => {
    const answer = await app.questions.ask('助手回答的内容能不能当市政协的正式答复用？');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('不是正式文件');
  });
});
