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

describe('what a word the rules list means', () => {
  it('is answered by the item defining the word in the clause asking, not by another the story names', async () => {
    const answer = await app.questions.ask('我那篇从已受理变成已编报了 编报是个么意思 是不是领导已经批了');
    expect(answer.text).toContain('已编入本会社情民意信息刊物');
  });

  it('is asked with an emoji after it', async () => {
    const answer = await app.questions.ask('刚收到消息说我那篇状态变成“已采用”了 这是啥意思😊');
    expect(answer.text).toContain('得到领导批示');
  });
});
