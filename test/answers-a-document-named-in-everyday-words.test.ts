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

describe('a document the member names in everyday words', () => {
  it('reads 联合出了 as the report’s 会同……出台', async () => {
    expect((await ask('十堰政协和检察院一起出了个什么办法')).text).toContain('检察建议衔接转化工作办法');
  });

  it('reads 内刊 as what the office 编发', async () => {
    expect((await ask('十堰政协的内刊叫啥')).text).toContain('各界反映');
  });
});
