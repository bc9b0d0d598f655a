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

describe('a question told as how things ended', () => {
  it('reads 最后 and 那次 as the telling, not as words the report must hold', async () => {
    expect((await ask('十堰那次搞新型电池专题议政，最后形成了几篇调研报告')).text).toContain('17篇调研报告');
  });

  it('reads 弄出来 as the report’s 形成', async () => {
    expect((await ask('十堰新型电池那个专题议政 委员们最终弄出来多少篇调研报告')).text).toContain('17篇调研报告');
  });

  it('keeps 最后 where it asks which one counts', async () => {
    expect((await ask('我回了参加，隔天又回了请假，最后算哪个')).text).toContain('以请假为准');
  });
});

describe('a count asked after what led to it', () => {
  it('counts what came after 以后, not the instruction before it', async () => {
    expect((await ask('十堰老旧小区的电梯 领导批示以后又装了多少部')).text).toContain('67部');
  });
});
