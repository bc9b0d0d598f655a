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

describe('a reply the member forgot until the deadline had passed', () => {
  it('is answered with the rule for after the deadline', async () => {
    const answer = await app.questions.ask('通知让昨天下午五点前回执，我忙忘了😂现在回个参加还行不行');
    expect(answer.text).toContain('不再接收');
    expect(answer.text).toContain('市政协办公室');
  });

  it('is answered so when the weekday it was due by is behind today', async () => {
    const answer = await app.questions.ask('通知上说周三前回执 我今天周四才看到消息😅 现在还能回请假吗');
    expect(answer.text).toContain('不再接收');
    expect((await app.questions.ask('通知说周五前回执，今天周三，还来得及吗')).text).not.toContain('不再接收');
  });

  it('but a reminder asked for before it is not', async () => {
    const answer = await app.questions.ask('通知要求3号前回复，我怕忘了，提醒我一下行不行');
    expect(answer.text).not.toContain('不再接收');
  });
});

describe('a reply put on the wrong notice', () => {
  it('is answered with the rule on replying again', async () => {
    const answer = await app.questions.ask('哎呀我把请假回到常委会那个通知上了，其实是协商会要请假，常委会我是要去的，还能改吗');
    expect(answer.text).toContain('替换原来的回执');
  });
});

describe('a reply changed, asked as 咋改', () => {
  it('is answered with the rule on replying again', async () => {
    const answer = await app.questions.ask('昨天回了参加，结果今天单位临时有事去不了了，这个咋改');
    expect(answer.text).toContain('替换原来的回执');
  });
});

describe('a draft left until tomorrow', () => {
  it('is answered with how long drafts are kept', async () => {
    const answer = await app.questions.ask('草稿写一半要出去开会了 明天回来接着写还在不在');
    expect(answer.text).toContain('72 小时');
  });
});

describe('two matters in one report, asked as "能一起写不"', () => {
  it('is answered with 一事一报', async () => {
    const answer = await app.questions.ask('我想一篇里头同时反映停车难跟菜市场脏乱差，能一起写不？');
    expect(answer.text).toContain('一事一报');
  });
});
