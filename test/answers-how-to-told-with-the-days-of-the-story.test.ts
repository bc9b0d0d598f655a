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

describe('a how-to told with the days the member\'s story happened on', () => {
  it('answers how long until 受理 though the member says when and that nothing happened', async () => {
    const answer = await app.questions.ask('我前天交的社情民意到现在都没动静，一般几天能受理');
    expect(answer.text).toContain('5 个工作日');
  });

  it('answers a reply after the deadline though the member says the deadline passed yesterday', async () => {
    const answer = await app.questions.ask('会议回执截止时间昨天早就过了我才看到，现在回请假还算吗');
    expect(answer.text).toContain('不再接收该会议的回执');
  });

  it('still reads the day of the meeting asked about', async () => {
    const answer = await app.questions.ask('明天那个会我去不了，在你这咋请假？');
    expect(answer.text).toContain('请假');
  });
});
