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

describe('counts asked with 次数, 数量 and a courtesy first', () => {
  it('reads 的次数是多少 as 多少次', async () => {
    expect((await app.questions.ask('十堰向市委请示报告的次数是多少')).text).toContain('16次');
  });

  it('compares two cities whichever has 数量多', async () => {
    const answer = await app.questions.ask('常熟跟许昌比，社情民意信息哪边数量多？各多少篇');
    expect(answer.text).toContain('288篇');
    expect(answer.text).toContain('1021篇');
  });

  it('ignores 劳驾 and reads 公总号 as 公众号', async () => {
    expect((await app.questions.ask('劳驾问一下，廊坊市政协二〇二三年办理完成的提案一共是多少件？')).text).toContain('282件');
    expect((await app.questions.ask('武汉政协公总号一年推了多少篇文章')).text).toContain('1460余篇');
  });
});
