import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

describe('a member who puts the story right while the next question waits', () => {
  it('has the story changed, not the correction added to it, and is asked the same question again', async () => {
    const lin = new ChatDriver(() => app, 'story-put-right-1', '林间小路');
    await lin.say('我想反映社情民意');
    await lin.say('城西开发区的36路公交晚上六点半就收车了，厂里的工人八点下班只能走回去');
    expect(await lin.say('哎我刚才说错了，是46路，不是36路')).toContain('意见建议');
    await lin.say('建议公交公司把末班车延到晚上九点');
    await lin.say('林海生 民革 13907193526');
    const reply = await lin.say('同意署名');
    const fields = (await app.storage.opinions.get(receiptNumber(reply)))?.fields;
    expect(fields?.situation).toContain('46路');
    expect(fields?.situation).not.toContain('36路');
    expect(fields?.situation).not.toContain('说错');
  });
});

describe('what is no story yet', () => {
  it('asking leave to report after the start phrase, and an old member asking not to be hurried', async () => {
    const { isNoStoryYet, isTypistAside } = await import('../src/opinions/dialog/typist-asides.ts');
    expect(isNoStoryYet('行不行')).toBe(true);
    expect(isNoStoryYet('中不中？')).toBe(true);
    expect(isTypistAside('我八十一了 打字慢 您莫催')).toBe(true);
    expect(isNoStoryYet('村口的桥塌了行不行')).toBe(false);
  });
});
