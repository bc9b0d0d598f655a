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

describe('offered the chat nickname as the name', () => {
  it('takes it when the member says the name is their WeChat name', async () => {
    const chat = new ChatDriver(() => app, 'nickname-is-name', '常玉珍');
    await chat.say('我想反映社情民意');
    await chat.say('城北公交站的候车亭拆了一个月没建，老人下雨天只能站在路边淋雨。');
    expect(await chat.say('建议公交公司尽快把候车亭装回来。')).toContain('“常玉珍”');
    const next = await chat.say('名字就用我微信名');
    expect(next).not.toContain('姓名');
    expect(next).toContain('界别');
  });
});
