import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { LATE_2026 } from './support/answering.ts';
import { testConfig } from './support/test-app.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('cases the rules name in other words', () => {
  it('reads 不会弄微信绑定 as not bound, and answers with the provision for it', async () => {
    const answer = await app.questions.ask('我们界别有个老委员不会弄微信绑定 他这样能收到会议通知吗');
    expect(answer.text).toContain('电话通知');
  });

  it('answers a yes or no on one case with the item that names it, not the list', async () => {
    const answer = await app.questions.ask('我邻居家跟物业在打官司 想让我帮着反映一下 这种个人的事能当社情民意报吗');
    expect(answer.text).toContain('信访、司法等渠道');
  });

  it('sets aside the member’s plan after an A-not-A question', async () => {
    const answer = await app.questions.ask('小助手，你给我的回答能不能当正式答复用？我想截个图发给部门');
    expect(answer.text).toContain('不是正式文件');
  });

  it('reads 反应 as the 反映 the pinyin keyboard meant', async () => {
    const answer = await app.questions.ask('十堰政协23年编的那个《各界反应》一年出了几期啊');
    expect(answer.text).toContain('19期');
  });
});

describe('options the member hesitates between', () => {
  it('only tell answers apart: the provision for not being sure answers', async () => {
    const answer = await app.questions.ask('不晓得该选哪一类，是算民生保障还是社会治理啊，选错了咋办');
    expect(answer.text).toContain('调整类别');
  });

  it('asks what the bot can do in everyday words', async () => {
    const answer = await app.questions.ask('您好，我年纪大了记不住那些命令，想看看您这个助手都能干点啥，该发个什么字过去呢？谢谢');
    expect(answer.text).toContain('/help');
  });
});

describe('rules questions in the member’s own words', () => {
  it.each<[string, string]>([
    ['写到一半老伴喊吃饭 这草搞能留多久 明天接着写来得及吧', '72 小时'],
    ['我们界别有两位老委员一直没绑微信 他们能收到会议通知吗 别漏掉了', '另行电话通知'],
    ['它答的数跟报告原文对不上 到底信哪个', '以原文和本会正式文件为准'],
  ])('%s', async (question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });
});

describe('a report’s figure asked in everyday words', () => {
  it('reads 新装 as the report’s 新加装', async () => {
    const answer = await app.questions.ask('我们小区也想加装电梯 听说十堰政协专门反映过这事 那边23年老旧小区新装了多少部电梯');
    expect(answer.text).toContain('67部');
  });
});

describe('reports asked as members preparing something ask', () => {
  it.each<[string, string]>([
    ['武汉民主党派工商联这些在大会发言里占比有多少，我印象是过半？', '70%以上'],
    ['武汉搞量子科技那块儿开了几个推进会撒', '四次推进会'],
    ['我们党派准备明年多报几件集体提案，想参考下常熟各党派团体一年交了多少件集体提案', '63件'],
  ])('%s', async (question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });
});
