import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

describe('a request to the office to receive somebody', () => {
  it('is not offered as a 社情民意', async () => {
    const chat = new ChatDriver(() => app, 'asks-to-be-received', '钟国平');
    const reply = await chat.say('王秘书您好，我们村的几位老党员想当面反映一下村里修路集资的事情，涉及三十多户，麻烦您看下周哪天能安排个时间接待他们，谢谢');
    expect(reply).not.toContain('要把它作为社情民意提交吗');
  });
});
