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

describe('matters listed one after another, then asked to go in one report', () => {
  it('is answered by the rule on one matter a report', async () => {
    const answer = await app.questions.ask('路灯不亮、下水道老堵、垃圾没人清，这几样能不能合成一篇报');
    expect(answer.text).toContain('一事一报');
  });
});

describe('the rules asked in everyday words for what they call otherwise', () => {
  it('reads the menu asked for as the rules’ list of functions', async () => {
    const answer = await app.questions.ask('小助手有没有功能菜单');
    expect(answer.text).toContain('功能介绍');
  });

  it('reads deleting a draft as the rules’ 删除', async () => {
    const answer = await app.questions.ask('填了一半的草稿怎么删掉');
    expect(answer.text).toContain('草稿随即删除');
  });
});

describe('a reply changed, the deadline not mentioned', () => {
  it('is answered by the rule for changing it before the deadline', async () => {
    const answer = await app.questions.ask('礼拜一回了参加，结果今天单位派我下乡蹲点，能不能改成请假？改了以后会不会两个都算');
    expect(answer.text).toContain('新的回执替换原来的回执');
  });

  it('is never answered by the provision for after the deadline', async () => {
    const answer = await app.questions.ask('周二回了参加，后来单位通知我去外地培训，能不能改成请假？改了会不会两个都算');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toContain('截止后');
  });
});

describe('a year taken back and said again, and a closing "就是…的那种"', () => {
  it('is read with the year said last', async () => {
    const answer = await app.questions.ask('武汉市政协23年 哦不对 是24年，民生类提案办了多少件');
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toMatch(/2023年的相关资料/u);
  });

  it('reads past the clarification that only restates what is asked', async () => {
    const answer = await app.questions.ask('常熟那边24年立案的提案是多少件就是正式立上的那种');
    expect(answer.text).toContain('261件');
  });
});

describe('the meeting changed, the member asking whether to reply again', () => {
  it('is answered by the rule that the reply stands', async () => {
    const answer = await app.questions.ask('开会地点改了 我原先回的参加还要再回一次吗');
    expect(answer.text).toContain('原来的回执继续有效');
  });
});

describe('where to get something the reports only mention', () => {
  it('is declined when no passage says where or how to get it', async () => {
    const answer = await app.questions.ask('许昌编的《政协往事》在哪能买到');
    expect(answer.answered).toBe(false);
  });

  it('still answers the figure asked beside it', async () => {
    const answer = await app.questions.ask('许昌那本《政协往事》有多少字？哪里能领到');
    expect(answer.text).toContain('27万余字');
  });
});
