import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { withoutMembersScene } from '../src/answering/members-scene.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;
const CITIES = ['十堰', '廊坊', '常熟', '武汉', '许昌'];

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a report question wrapped in what the member says of themselves', () => {
  it('answers once who they are, what they plan and what they feel are set aside', async () => {
    const answer = await app.questions.ask('我是今年刚进来的新委员，对履职这块还不太熟悉，下周小组讨论要发言，我想先心里有底，十堰政协党组一年向市委请示报告多少次？');
    expect(answer.text).toContain('16次');
  });

  it('answers a voice message that runs on into a request after the count asked', async () => {
    const answer = await app.questions.ask('十堰2023年主席会议成员下基层是多少次你帮我核实一下我要写进总结里');
    expect(answer.text).toContain('108次');
  });

  it('keeps the city the member says they are of', async () => {
    const answer = await app.questions.ask('我是常熟九三学社的委员，最近一直在琢磨写社情民意，2024年全市一共办处了多少篇社情民意？', { at: new Date('2025-03-01T10:00:00+08:00') });
    expect(answer.text).toContain('288篇');
  });
});

describe('what stays part of the question', () => {
  it('sets aside the member\'s own clauses and the subjectless ones going on from them', () => {
    expect(withoutMembersScene('我是常熟民进的委员，这两年一直在写材料，下礼拜要去交流，常熟政协一共办处了多少篇社情民意？', CITIES)).toBe('常熟，常熟政协一共办处了多少篇社情民意？');
  });

  it('sets aside what the member’s group is to do, said without a subject', () => {
    expect(withoutMembersScene('下个月支部要搞学习交流，想了解下许昌政协去年开了几次常委会', CITIES)).toBe('想了解下许昌政协去年开了几次常委会');
    // (A committee's own plan is the subject itself.)
    expect(withoutMembersScene('下个月十堰政协要开常委会吗', CITIES)).toBe('下个月十堰政协要开常委会吗');
  });

  it('cuts a voice message where the member starts anew after the count, a particle between', () => {
    expect(withoutMembersScene('许昌政协一共组织了多少场协商啊我下午开会要用', CITIES)).toBe('许昌政协一共组织了多少场协商啊');
    expect(withoutMembersScene('常熟一年办了几期讲堂🤔我们单位也想办', CITIES)).toBe('常熟一年办了几期讲堂🤔');
  });

  it('keeps what the member remembers of the subject and the year they mean', () => {
    expect(withoutMembersScene('十堰那个各界反映出了几期 我记得后来加装了不少电梯 装了几部', CITIES)).toBe('十堰那个各界反映出了几期 我记得后来加装了不少电梯 装了几部');
    expect(withoutMembersScene('武汉政协公众号推了多少篇 我看的是24年的报告', CITIES)).toBe('武汉政协公众号推了多少篇 我看的是24年的报告');
  });

  it('leaves alone a question that would say too little without them, and one naming no city', () => {
    expect(withoutMembersScene('我是十堰的委员，我参加过一个读书活动，叫什么名字', CITIES)).toBe('我是十堰的委员，我参加过一个读书活动，叫什么名字');
    expect(withoutMembersScene('我们小区停车难，我想一篇都写进去行不行', CITIES)).toBe('我们小区停车难，我想一篇都写进去行不行');
  });
});

describe('a name the member half remembers after the ask', () => {
  it('sets aside "我记得是什么…" as the member’s guess', () => {
    expect(withoutMembersScene('十堰开六届三次会议在哪开幕 印象中是个什么中心', CITIES)).toBe('十堰开六届三次会议在哪开幕');
  });

  it('answers where the session opened, not a sentence about the guess', async () => {
    const answer = await app.questions.ask('十堰六届三次会议在哪开幕的 我记得是什么行政中心');
    expect(answer.text).toContain('市行政会议中心');
  });

  it('reads "在什么地方" and "在哪个地方" as where', async () => {
    for (const question of ['十堰六届三次会议在什么地方开幕的', '十堰那年开六届三次会议 开幕是在哪个地方开的']) {
      const answer = await app.questions.ask(question);
      expect(answer.text).toContain('市行政会议中心');
    }
  });
});
