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

describe('what the member was shown', () => {
  it('reads "这算…" of a status as asking what it means', async () => {
    expect((await ask('状态显示已编报 这算是领导看过了吗')).text).toContain('社情民意信息刊物');
  });

  it('reads 题目 of the member’s own report as its 标题', async () => {
    expect((await ask('题目里有个错别字 还没交 怎么改')).text).toContain('修改 标题');
  });

  it('reads an answer used as 正式依据 as asking whether answers are official', async () => {
    expect((await ask('我想把你给的数写进发言稿 这能当正式依据吗')).text).toContain('不是正式文件');
  });
});

describe('what the member missed', () => {
  it('reads a deadline on a day gone by, forgotten, as past', async () => {
    expect((await ask('回执截止是前天晚上 我忘得一干二净 现在请假还来得及吗')).text).toContain('不再接收');
  });
});

describe('the member’s own talk after the ask', () => {
  it('answers the ask without it', async () => {
    expect((await ask('社情民意交上去以后一般几天受理 我是民建的 上礼拜交的')).text).toContain('5 个工作日');
  });

  it('answers the ask when the member says where it stands now', async () => {
    expect((await ask('社情民意交了以后一般几天有人受理呀 我是致公党的 上周三交的到现在还显示已提交')).text).toContain('5 个工作日');
  });

  it('keeps a clause that says which thing is meant', async () => {
    expect((await ask('草稿一般留几天 我是说已经提交了的那种')).text).not.toContain('72 小时');
  });
});
