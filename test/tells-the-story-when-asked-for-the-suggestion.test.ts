import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readSector } from '../src/opinions/intake/sectors.ts';
import { readsAsSuggestion } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('a told problem is no suggestion for a modal-looking word in it', () => {
  it.each(['我们村还有十几户老人住在土坯房里，墙体开裂，雨季一来就漏水', '别的学校也差不多，全市中小学无障碍设施普遍不达标'])('%s', (text) => {
    expect(readsAsSuggestion(text)).toBe(false);
  });

  it('still reads a measure said plainly as a suggestion', () => {
    expect(readsAsSuggestion('夜市可以搬到河边空地')).toBe(true);
  });
});

describe('科技 as a sector', () => {
  it('is 科学技术', () => {
    expect(readSector('科技的')).toBe('科学技术');
  });
});

describe('in a chat', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('keeps the story after a topic-only start in the story, and the suggestion apart', async () => {
    const liang = new ChatDriver(() => app, 'story-at-suggestion-1', '老梁');
    await liang.say('您好，我想反映个情况，关于农村危房的');
    await liang.say('我们梁家河村还有十几户老人住在土坯房里，墙体开裂，雨季一来就漏水，老人自己又没钱修');
    await liang.say('建议民政和住建部门再摸一次底，把这些户纳入危房改造');
    const draft = await liang.say('预览');
    expect(draft).toMatch(/【情况与问题】[^【]*土坯房/u);
    expect(draft).toMatch(/【意见建议】建议民政/u);
  });

  it('adds a line more of the problem, sent when the suggestion is asked for, to the story', async () => {
    const tang = new ChatDriver(() => app, 'story-at-suggestion-2', '唐老师');
    await tang.say('我想反映社情民意');
    await tang.say('我们学校教学楼是九十年代建的，没有电梯，残疾学生上四楼的实验室要同学背上去');
    await tang.say('别的学校也差不多，全市中小学无障碍设施普遍不达标');
    await tang.say('建议教育局摸排全市学校无障碍设施情况，优先加装电梯或坡道');
    const draft = await tang.say('预览');
    expect(draft).toMatch(/【情况与问题】[^【]*普遍不达标/u);
    expect(draft).toMatch(/【意见建议】建议教育局/u);
  });
});
