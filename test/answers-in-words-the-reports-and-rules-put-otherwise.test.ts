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

describe('words of the staff’s lists (knowledge/synonyms.txt, colloquial.txt)', () => {
  it('reads 投资规模 as the report’s 投资', async () => {
    expect((await app.questions.ask('十堰引进的华润怡宝饮用水项目 投资规模多少亿')).text).toContain('30亿元');
  });

  it('reads a meeting place changed at short notice as a 变更', async () => {
    expect((await app.questions.ask('通知的开会地点临时改了 我回的参加还算数吗')).text).toContain('继续有效');
  });
});
