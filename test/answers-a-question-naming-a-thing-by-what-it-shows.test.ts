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

describe('a book asked by what it tells of', () => {
  it('names it', async () => {
    expect((await ask('十堰政协出了本讲本地文化历史的书 书名叫啥')).text).toContain('十堰文化简史');
  });
});

describe('the mark a changed notice carries, asked in everyday words', () => {
  it('answers with the mark the rules set', async () => {
    expect((await ask('会议地点要是改了 新发的通知上会标个啥字样')).text).toContain('【变更】');
  });
});

describe('who gave a report, at the plenary', () => {
  it('reads 大会上 as at the session', async () => {
    expect((await ask('廊坊常委会工作报告是哪位在大会上作的')).text).toMatch(/李\s*波/u);
  });
});

describe('eyesight, after the question', () => {
  it('asks nothing, whatever it cannot read', async () => {
    expect((await ask('许昌政协全年收到多少篇社情民意 老眼昏花报告上的字看不清')).text).toContain('1021篇');
  });
});
