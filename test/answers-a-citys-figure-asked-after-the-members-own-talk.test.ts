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

const ask = async (question: string) => app.questions.ask(question);

describe('a city’s figure asked after the member’s own talk', () => {
  it('reads a place ending the member’s sentence as no committee of its own', async () => {
    expect((await ask('那年我没去成北戴河😅 十堰政协组织去北戴河基地和浙大学习的委员和机关干部有多少人')).text).toContain('80名');
  });

  it('answers the figure when the scene before it speaks of seeing others’ reports', async () => {
    expect((await ask('第一次写社情民意 想看看别人咋写的 许昌政协24年收到社情民意信息多少篇')).text).toContain('1021篇');
  });

  it('reads 好多家 said in passing as no figure to hold the answer to', async () => {
    expect((await ask('十堰搞新型电池专题议政，委员去了好多家重点企业调研，到底去了几家')).text).toContain('26家');
  });

  it('reads "不是报送的 是收到的" as the member saying again what the question asks', async () => {
    expect((await ask('许昌那边前年一共收到社情民意多少篇 不是报送的 是收到的')).text).toContain('1021篇');
  });

  it('reads "收到的，不是报送的" after the question the same way', async () => {
    expect((await ask('许昌政协全年收到社情民意信息多少篇？收到的，不是报送的')).text).toContain('1021篇');
  });

  it('finds the city\'s ask after a count the member wonders about in the story', async () => {
    const question = '我是郧阳区的新委员，领导让我多写社情民意，我心里没底，想看看市里一年大家总共写多少篇，好有个数。就是23年那份十堰报告里，政协委员一年撰写社情民意信息是多少篇？';
    expect((await ask(question)).text).toContain('66篇');
  });

  it('answers the figure when the member checks it against a mark after the question', async () => {
    expect((await ask('许昌那边立案的提案里，民生类占比是多少？有没有过半')).text).toContain('57.37%');
  });

  it('leaves out the one the member already knows it is not', async () => {
    expect((await ask('武汉搞氢能产业那个界别协商，提了要建设一个什么“谷”，叫啥来着，光谷我知道，不是那个')).text).toContain('氢谷');
  });

  it('reads 好多趟 ending its clause as no figure either', async () => {
    expect((await ask('十堰政协领导下基层跑了好多趟哦，到底是多少次')).text).toContain('108次');
  });
});

describe('everyday words', () => {
  it('reads Hubei 么 as 什么', async () => {
    expect((await ask('武汉那个委员联系界别群众的措施 文件叫么名字')).text).toContain('加强委员联系界别群众工作的具体措施');
  });

  it('reads Wu 伐 closing a question as 吗, 事体 as 事情', async () => {
    expect((await ask('我手头有三个事体，学校门口停车、菜场卫生、路灯不亮，写在一篇里向伐？')).text).toContain('一事一报');
  });

  it('reads 有没有问题 as asking whether it is all right', async () => {
    expect((await ask('社情民意一般写多少字 我写了三千字有没有问题')).text).toContain('300 至 1000 字');
  });
});
