import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { givesThePart, partAsked } from '../src/answering/part-asked.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a figure asked for each division of a whole', () => {
  it('reads the division, but not two cities compared nor a total', () => {
    expect(partAsked('那些提案 各个界别分别提了多少件', [], app.kb.tokenizer)).toEqual({ by: '界别' });
    expect(partAsked('许昌和常熟的重点提案各自有几件', ['许昌', '常熟'], app.kb.tokenizer)).toBeUndefined();
    expect(partAsked('各个专委会一共搞了多少次调研', [], app.kb.tokenizer)).toBeUndefined();
    // Each person's own figure, said with 各; without it "每位委员能提几件" asks a rule's figure.
    expect(partAsked('每位主席会议成员各下了几次基层', [], app.kb.tokenizer)).toEqual({ by: '主席会议成员' });
    expect(partAsked('每位委员每年能提几件提案', [], app.kb.tokenizer)).toBeUndefined();
  });

  it('is given only by a sentence naming several divisions with their figures', () => {
    const part = { by: '区' };
    expect(givesThePart('办理民生类提案253件', part, (w) => [w])).toBe(false);
    expect(givesThePart('江岸区提案31件、江汉区提案27件', part, (w) => [w])).toBe(true);
  });

  it('reads "哪个…最多" as asking the division ranked first', () => {
    expect(partAsked('206件提案里 哪个界别提得最多', [], app.kb.tokenizer)).toEqual({ by: '界别' });
    expect(givesThePart('民盟界别提交提案数量最多', { by: '界别' }, (w) => [w])).toBe(true);
    expect(givesThePart('积极开展界别协商、对口协商', { by: '界别' }, (w) => [w])).toBe(false);
  });

  it('is declined when the reports give only the whole', async () => {
    expect((await app.questions.ask('常熟立案的提案 各个界别分别提了多少件')).answered).toBe(false);
    expect((await app.questions.ask('十堰的社情民意 各县市区分别报了多少篇')).answered).toBe(false);
    expect((await app.questions.ask('十堰206件提案里 哪个界别提得最多')).answered).toBe(false);
    expect((await app.questions.ask('十堰下基层108次 每位主席会议成员各下了几次')).answered).toBe(false);
  });
});

describe('a figure asked of one group within a whole', () => {
  it('reads the group the figure is asked of', () => {
    expect(partAsked('社情民意信息里面 民主党派自己报了多少篇', [], app.kb.tokenizer)).toEqual({ of: ['民主党派'] });
    // A verb of the group's clause may be said otherwise ("转送"); only its nouns must be said.
    expect(partAsked('办了多少篇 其中转到全国政协的有几篇', [], app.kb.tokenizer)).toEqual({ of: ['全国政协'] });
    expect(partAsked('我自己能提几件提案', [], app.kb.tokenizer)).toBeUndefined();
    // Named after the whole it is part of; a qualifier on a general word names the group as a whole.
    expect(partAsked('十堰政协委员里 女委员有多少人', ['十堰'], app.kb.tokenizer)).toEqual({ of: ['女委员'] });
    expect(partAsked('一篇里面写几个问题', [], app.kb.tokenizer)).toBeUndefined();
  });

  it('is declined when the only figure is that of all of them', async () => {
    expect((await app.questions.ask('廊坊社情民意信息里面 民主党派自己报了多少篇')).answered).toBe(false);
    expect((await app.questions.ask('十堰政协委员里 女委员有多少人')).answered).toBe(false);
  });

  it('is not given by a figure the group shares with others it is listed with', async () => {
    expect(givesThePart('各级委员和委员企业捐款捐物2642万元', { of: ['委员企业'] }, (w) => [w])).toBe(false);
    expect(givesThePart('转送省政协125篇,转送全国政协32篇', { of: ['全国政协'] }, (w) => [w])).toBe(true);
    expect((await app.questions.ask('廊坊救灾捐款捐物里 委员企业自己捐了多少')).answered).toBe(false);
  });

  it('is still answered when the report says the group\'s own figure', async () => {
    const answer = await app.questions.ask('常熟立案提案多少件 其中民生类的有几件');
    expect(answer.text).toContain('97件');
  });
});

describe('a figure of one group alone, said with 光', () => {
  it('reads the group as a whole and declines when the reports give only the total', async () => {
    expect(partAsked('廊坊发大水那次捐的2642万里头，光委员企业捐了多少', ['廊坊'], app.kb.tokenizer)).toEqual({ of: ['委员企业'] });
    const answer = await app.questions.ask('廊坊发大水那次捐的2642万里头，光委员企业捐了多少');
    expect(answer.answered).toBe(false);
  });
});
