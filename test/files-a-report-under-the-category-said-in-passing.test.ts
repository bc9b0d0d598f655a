import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { categorySaid } from '../src/opinions/intake/parse-answer.ts';
import { readSector } from '../src/opinions/intake/sectors.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

describe('a category said in passing', () => {
  it.each([
    ['这个归环保那块吧', '生态环境'],
    ['那就算社会治理吧', '社会治理'],
    ['算民生的吧', '民生保障'],
    ['选教育吧', '教育文化'],
  ])('reads "%s" as %s', (text, category) => {
    expect(categorySaid(text)).toBe(category);
  });

  it.each(['算了', '就这样吧', '归我们社区管'])('reads nothing from "%s"', (text) => {
    expect(categorySaid(text)).toBeUndefined();
  });

  it('files the report under it, whatever was asked, and keeps it out of the story', async () => {
    const nie = new ChatDriver(() => app, 'category-1', '红军');
    await nie.say('我想反映社情民意');
    await nie.say('竹溪河城关段最近漂了好多死鱼 河边有个养殖场的污水直接往河里排');
    expect(await nie.say('建议环保局查一下这个养殖场 沿河排污口都挂牌公示')).toContain('联系电话');
    await nie.say('这个归环保那块吧');
    const preview = await nie.say('我叫聂红军 民革 电话17707193356 可以署名');
    expect(preview).toContain('【类别】生态环境');
    expect(preview).not.toContain('归环保');
    await nie.say('取消');
  });
});

describe('a sector said after asking what it means', () => {
  it('takes "那就写农工党" as 农工党', () => {
    expect(readSector('那就写农工党')).toBe('农工党');
  });
});
