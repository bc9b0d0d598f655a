import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { fromTheAskingSentence, withoutAsides, withoutRemarkAfterTheQuestion } from '../src/answering/asker-context.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a question wrapped in the member\'s own scene and thanks', () => {
  it('leaves out the clauses about the member and the polite close', () => {
    expect(withoutAsides('退下来好几年，有件事想问问：常熟立案提案多少件？麻烦说得详细点')).toBe('常熟立案提案多少件？');
    expect(withoutAsides('一篇社情民意要包括哪些内容，我头一回写')).toBe('一篇社情民意要包括哪些内容');
    expect(withoutAsides('年纪大了记性不好，常熟立案提案多少件')).toBe('常熟立案提案多少件');
  });

  it('keeps a clause that says what is asked about', () => {
    // The member's trouble is the question here: nothing else would be left to ask.
    expect(withoutAsides('我不太会用手机')).toBe('我不太会用手机');
    expect(withoutAsides('我不会用手机发社情民意，怎么办')).toBe('我不会用手机发社情民意，怎么办');
    expect(withoutAsides('我不太会写提案，怎么办')).toBe('我不太会写提案，怎么办');
  });

  it('answers as it would the bare question', async () => {
    const count = await app.questions.ask('您好，我是界别的老委员了，年纪大了，有件事想问问：常熟政协立案提案多少件？麻烦说得详细点，谢谢了');
    expect(count.text).toContain('261件');
    const draft = await app.questions.ask('小助手你好，我不太会用电脑，请问社情民意草稿能保留多久？说简单点就行');
    expect(draft.text).toContain('72 小时');
  });

  it('reads "包括" as the rules\' "包含"', async () => {
    const parts = await app.questions.ask('一篇社情民意要包括哪几块内容，我第一次写');
    expect(parts.text).toContain('情况与问题');
  });
});

describe('a question opening with a greeting', () => {
  it('leaves out whom the member greets', () => {
    expect(withoutAsides('各位老师好，常熟立案提案多少件')).toBe('常熟立案提案多少件');
    expect(withoutAsides('王秘书您好，许昌委员大课堂办了几期')).toBe('许昌委员大课堂办了几期');
  });

  it('is answered past the greeting and a "麻烦问下"', async () => {
    const answer = await app.questions.ask('领导好，麻烦问下廊坊2023年征集了多少篇社情民意信息');
    expect(answer.text).toContain('78篇');
  });
});

describe('a member saying who they are before a question of the rules', () => {
  it('is not read as naming a place', async () => {
    const answer = await app.questions.ask('我是市政协机关的干部，这个助手我能报社情民意不');
    expect(answer.text).toContain('市政协机关干部');
  });
});

describe('a remark after the question mark', () => {
  it('is why the member asks, not what', () => {
    expect(withoutRemarkAfterTheQuestion('不署名的话会不会出现我名字？反映的是我们单位领导，怕得罪人')).toBe('不署名的话会不会出现我名字？');
  });

  it('stays when it asks too', () => {
    expect(withoutRemarkAfterTheQuestion('通知能按什么范围发？只发某个界别行不行')).toBe('通知能按什么范围发？只发某个界别行不行');
    expect(withoutRemarkAfterTheQuestion('用的是哪家的大模型？DeepSeek还是通义千问')).toBe('用的是哪家的大模型？DeepSeek还是通义千问');
  });
});

describe('sentences before the one asking', () => {
  it('are other business or musing, the city and year they name still meant', () => {
    expect(fromTheAskingSentence('材料我下午送过去。另外，许昌委员大讲堂办了几期？', ['许昌'])).toBe('另外，许昌委员大讲堂办了几期？');
    expect(fromTheAskingSentence('我记得常熟2024年读书活动挺多的，总记不清。到底办了几场？', ['常熟'])).toBe('常熟2024年到底办了几场？');
  });

  it('leave a message whose earlier sentence asks too', () => {
    expect(fromTheAskingSentence('常熟立案多少件？武汉呢？', ['常熟', '武汉'])).toBe('常熟立案多少件？武汉呢？');
  });
});
