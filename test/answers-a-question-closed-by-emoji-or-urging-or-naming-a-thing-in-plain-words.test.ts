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

describe('an emoji or a sticker glued to the last word', () => {
  it('is tone, not part of the word', async () => {
    expect((await ask('十堰委员读书活动搞了几回[呲牙]')).text).toContain('12次');
    expect((await ask('十堰选树了几个能力作风建设标兵😊')).text).toContain('5人');
  });
});

describe('urging after the question', () => {
  it('asks nothing more, with thanks after it', async () => {
    expect((await ask('十堰提案立案多少件 急需 谢谢')).text).toContain('206件');
  });
});

describe('a kind of the committee’s work described by a new member', () => {
  it('reads the report of public opinion and the proposal by what they are', async () => {
    expect((await ask('许昌那种反映群众呼声往上报的材料全年收到多少篇')).text).toContain('1021篇');
    expect((await ask('常熟开大会时交的那些建议前年立案了多少件')).text).toContain('261件');
  });
});

describe('what the answer is called, half remembered after the ask', () => {
  it('sets the remark aside and answers the ask', async () => {
    expect((await ask('一篇社情民意能不能同时写好几个问题 有个啥原则来着 三个字的')).text).toContain('一事一报');
  });
});
