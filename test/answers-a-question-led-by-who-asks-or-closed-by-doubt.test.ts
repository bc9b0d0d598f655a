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

describe('who asks, said as the lead to the ask', () => {
  it('is no part of what is asked', async () => {
    expect((await ask('医卫界委员问问 许昌委员有没有组织过送医下乡这类活动')).text).toContain('送医下乡');
  });
});

describe('a doubt or the member’s own talk after the ask', () => {
  it('is tone, not a word to look for', async () => {
    expect((await ask('武汉政协是不是头一回开了个专家协商会 真的假的🤔')).text).toContain('专家协商会议');
  });

  it('leaves 好多 before it asking how many', async () => {
    expect((await ask('武汉政协24年办的民生类提案有好多件 我下周在支部会上要讲')).text).toContain('253件');
  });
});

describe('连…带… in a question', () => {
  it('says both together', async () => {
    expect((await ask('廊坊那年发大水 市县政协连委员带企业总共捐了多少钱和物资')).text).toContain('2642万元');
  });
});
