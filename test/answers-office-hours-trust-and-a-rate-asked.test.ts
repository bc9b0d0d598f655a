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

describe('a member who wants to call the office', () => {
  it('is told its hours, however the trouble that made them call is told', async () => {
    expect((await ask('回执那边搞不明白，想打电话问问你们，几点上班啊')).text).toContain('14:30');
  });
});

describe('a member who finds the bot and the paper disagree', () => {
  it('is told the original and the committee’s documents prevail', async () => {
    expect((await ask('你昨天说的数和我们打印的报告原文有出入，以哪个为准')).text).toContain('以原文和本会正式文件为准');
  });
});

describe('a rate asked', () => {
  it('is declined when the reports give only the count it would be a rate of', async () => {
    expect((await ask('十堰那206件提案的办结率是多少')).answered).toBe(false);
  });
});

describe('a count asked in Wu', () => {
  it('reads 几化 as 多少', async () => {
    expect((await ask('常熟24年立案提案有几化件')).text).toContain('261件');
  });
});
