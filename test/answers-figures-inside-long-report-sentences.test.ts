import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { countedTerm } from '../src/answering/counted.ts';
import { meansSetAside } from '../src/answering/negated-case.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

/** The 十堰 report packs several figures into one sentence; members ask for the one in the middle. */

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a count asked beside a time said in passing', () => {
  it('reads "那几年" and "前几年" as when, not as a second count', () => {
    expect(shapeOf('那几年老小区加装电梯新装了多少部').multiPart).toBe(false);
    expect(shapeOf('前几年发大水那次一共捐了多少钱').multiPart).toBe(false);
  });

  it('answers the lifts of the 十堰 report from the clause that counts them', async () => {
    const answer = await app.questions.ask('听说十堰那几年老小区加装电梯搞得好，23年新装了多少部啊');
    expect(answer.text).toContain('67部');
    expect(answer.text).not.toContain('《各界反映》19期');
  });

  it('answers the flood donations asked with "前几年"', async () => {
    const answer = await app.questions.ask('廊坊前几年发大水那次 政协系统委员和委员企业捐款捐物一共多少钱');
    expect(answer.text).toMatch(/2642萬元|2642万元/u);
  });
});

describe('an act said as the time of another', () => {
  it('counts what was done after the instruction, not the instructions', async () => {
    const answer = await app.questions.ask('十堰老旧小区加装电梯那条社情民意，领导批示后新装了多少部电梯？');
    expect(answer.text).toContain('67部');
  });
});

describe('two things asked in one breath, split by 、', () => {
  it('counts the money, and the place is said with it', async () => {
    const answer = await app.questions.ask('十堰招商引进的华润怡宝那个饮用水项目，投资多少钱、落在哪个地方');
    expect(answer.text).toContain('30亿元');
    expect(answer.text).toContain('丹江口市');
  });
});

describe('a 的-phrase counted with the all-purpose 个', () => {
  it('may count the noun it ends on', () => {
    const answer = app.questions.ask('十堰整合了多少个乡村社区的协商平台啊，社情民意联络站委员工作室那些加一块');
    return expect(answer).resolves.toMatchObject({ text: expect.stringContaining('1274个') });
  });

  it('keeps what a specific measure word counts', () => {
    const terms = ['企业', '问题'].map((word) => ({ word, weight: 1, forms: [word], parts: [] }));
    const counted = countedTerm('走访了多少家企业的问题', terms, app.kb.tokenizer, () => true);
    expect(counted?.thing.word).toBe('企业');
    expect(counted?.head).toBeUndefined();
  });
});

describe('an English word among Chinese', () => {
  it('glosses: the Chinese words say what is asked', async () => {
    const answer = await app.questions.ask('十堰开新型电池 industry 那个专题议政会之前，委员跑了多少家重点企业调研');
    expect(answer.text).toContain('26家');
  });

  it('does not make an unknown thing answerable', async () => {
    expect((await app.questions.ask('许昌政协的wifi密码多少')).answered).toBe(false);
  });
});

describe('a way of doing it without something', () => {
  it('is read from "不用…的"', () => {
    expect(meansSetAside('有没有不用手机号的绑法')).toEqual(['手机号']);
    expect(meansSetAside('除了名菜还评了啥')).toEqual([]);
  });

  it('is answered by the way that does not need it', async () => {
    const answer = await app.questions.ask('我登记的手机号是老早以前的了，后四位对不上，有没有不用手机号的绑法？');
    expect(answer.text).toContain('一次性绑定码');
  });
});

describe('questions the reports hold the words of but not the answer', () => {
  it('declines "which five" when the sentence only names the group', async () => {
    expect((await app.questions.ask('常熟五微联动的五微 具体是哪五个微')).answered).toBe(false);
    expect((await app.questions.ask('常熟说的三大创新核是哪三个地方')).text).toContain('南园、中城、北谷');
  });

  it('declines a limit when no rule states one ("以下内容" is none)', async () => {
    expect((await app.questions.ask('一个月最多能报几篇社情民意')).answered).toBe(false);
  });

  it('reads "被…用了" as adopted, which a count of papers passed on does not answer', async () => {
    expect((await app.questions.ask('常熟那边社情民意被全国政协用了几篇 有准数不')).answered).toBe(false);
  });
});

describe('things named, then a word standing for them all', () => {
  it('counts the things named, not "这些地方" or "全部"', async () => {
    const answer = await app.questions.ask('十堰那个恳谈会、联络站这些地方全部整合到一块儿一共是整合了多少个啊');
    expect(answer.text).toContain('1274个');
  });

  it('takes any one of the things a report lists before 等 as counted with them', async () => {
    const answer = await app.questions.ask('十堰把委员工作室民意恳谈会这些东西全部整合起来整合了多少个');
    expect(answer.text).toContain('1274个');
  });
});
