import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { asksWhoTheBotIs } from '../src/conversation/about-the-bot.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('asking who answers', () => {
  it.each(['你是机器人还是工作人员啊', '你是人还是机器', '你是谁', '您是王秘书吗', '请问你是AI吗'])('%s is asked of the bot', (text) => {
    expect(asksWhoTheBotIs(text)).toBe(true);
  });

  it.each(['你是哪个单位的', '你是民盟的吗', '他是谁'])('%s is not', (text) => {
    expect(asksWhoTheBotIs(text)).toBe(false);
  });
});

describe('in a chat', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('says it is a program, not the office, instead of quoting a passage', async () => {
    const member = new ChatDriver(() => app, 'who-1', '老苟');
    const reply = await member.say('你是机器人还是工作人员啊');
    expect(reply).toContain('自动回复的程序');
    expect(reply).not.toContain('来源');
  });

  it('says so in the middle of a report and goes on with the step', async () => {
    const member = new ChatDriver(() => app, 'who-2', '老苟');
    await member.say('我要反映社情民意');
    const reply = await member.say('你是机器人还是工作人员啊');
    expect(reply).toContain('自动回复的程序');
    expect(reply).toContain('请说说情况与问题');
  });
});

describe('asked in fewer words', () => {
  it.each(['你是不是机器人', '是真人吗', '机器人还是人工'])('%s is asked of the bot', (text) => {
    expect(asksWhoTheBotIs(text)).toBe(true);
  });
});
