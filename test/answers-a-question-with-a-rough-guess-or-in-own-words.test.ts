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

const ask = (question: string) => app.questions.ask(question);

describe('a figure the member guesses roughly', () => {
  it('is put to check, after the ask or in it', async () => {
    expect((await ask('十堰委员那年社情民意一共写了多少篇 好几十篇吧')).text).toContain('66篇');
    expect((await ask('十堰政协23年提案立案是不是快两百件了')).text).toContain('206件');
    expect((await ask('武汉政协党组会一年开了二十好几次吧')).text).toContain('26次');
  });
});

describe('a city typed as its homophone', () => {
  it('reads 石堰 as 十堰, a real place elsewhere though it is', async () => {
    expect((await ask('石堰政协23年提案立案多少件')).text).toContain('206件');
  });
});

describe('the member’s own words for the report’s', () => {
  it('reads sqmy as 社情民意', async () => {
    expect((await ask('许昌zx前年收了多少篇sqmy')).text).toContain('1021篇');
  });

  it('reads 调查 as 调研, 批了 as 批示, 交上来 as 提交 and 各个 as 各', async () => {
    expect((await ask('十堰新型电池产业那次议政 委员交了多少篇调查报告')).text).toContain('17篇');
    expect((await ask('许昌的社情民意有多少篇让市领导批了')).text).toContain('11篇');
    expect((await ask('十堰委员的学习体会一共交上来多少篇')).text).toContain('312篇');
    expect((await ask('常熟各个党派团体24年交了多少件集体提案')).text).toContain('63件');
  });
});

describe('a part of the answer the member sets aside', () => {
  it('is no part of what is asked', async () => {
    expect((await ask('廊坊市县政协的小微协商一年搞了多少次 参加的人多少就不用说了')).text).toContain('96次');
  });
});

describe('a count asked of the whole', () => {
  it('is not answered by a figure counting a kind of it the question does not name', async () => {
    expect((await ask('廊坊政协办理了多少件提案')).text).toContain('282件');
  });
});

describe('a month asked for', () => {
  it('is not answered by a year’s total', async () => {
    expect((await ask('廊坊23年那8次视察考察分别是几月份去的')).answered).toBe(false);
  });
});

describe('fillers and the places of a named meeting', () => {
  it('reads past 嗯 and the figure said again, and asks which places by 哪四个地方', async () => {
    expect((await ask('嗯那个 我想问一下大前年十堰政协提案立案了多少件 就是最后立案的数')).text).toContain('206件');
    expect((await ask('十堰参加的那个四地政协联系协作会，是哪四个地方的来着')).text).toContain('襄十随神');
  });

  it('declines which books were read, when no title is given', async () => {
    expect((await ask('十堰那些读书活动 具体读的是哪几本书啊📖')).answered).toBe(false);
  });
});

describe('English words and everyday ones mixed in', () => {
  it('reads proposal, category, 推文, 处理, 市里县里 and 政协提案 as the reports and rules say them', async () => {
    expect((await ask('常熟各党派团体交的集体proposal有多少件')).text).toContain('63件');
    expect((await ask('在助手app里报社情民意 category一共分几类')).text).toContain('八类');
    expect((await ask('武汉政协那个微信公众号一年推文推了多少篇嘞')).text).toContain('1460余篇');
    expect((await ask('常熟政協前年一共處理了多少篇社情民意呀')).text).toContain('288篇');
    expect((await ask('廊坊的小微协商市里县里加起来一共搞了几次啊')).text).toContain('96次');
    expect((await ask('2023年十堰政协提案立案了多少件')).text).toContain('206件');
  });

  it('reads past whether there is a figure, asked after the ask', async () => {
    expect((await ask('十堰那边主席会议的领导下基层一年跑了多少趟 有个数没')).text).toContain('108次');
  });
});
