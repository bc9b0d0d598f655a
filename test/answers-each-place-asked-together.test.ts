import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { questionPerPlace } from '../src/answering/questions-in-one-message.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;
const CITIES = ['十堰', '廊坊', '常熟', '武汉', '许昌'];
const PLACES = new Set(['宜昌', '襄阳']);

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('one question asked of two places together', () => {
  it('is asked once per place, without the member\'s talk after it', () => {
    const places = (word: string) => PLACES.has(word);
    expect(questionPerPlace('武汉跟许昌2024年社情民意各收了多少篇啊 我在写个材料要对比一下', CITIES, places)).toEqual([
      '武汉2024年社情民意收了多少篇',
      '许昌2024年社情民意收了多少篇',
    ]);
    expect(questionPerPlace('麻烦查一下十堰和宜昌2023年提案立案各多少件，我要做个对比表', CITIES, places)).toEqual(['十堰2023年提案立案多少件', '宜昌2023年提案立案多少件']);
    expect(questionPerPlace('十堰、廊坊两地2023年提案立案分别是多少', CITIES, places)).toEqual(['十堰2023年提案立案是多少', '廊坊2023年提案立案是多少']);
  });

  it('leaves alone places not asked each, or none of ours', () => {
    const places = (word: string) => PLACES.has(word);
    expect(questionPerPlace('十堰和廊坊2023年提案立案多少件', CITIES, places)).toEqual([]);
    expect(questionPerPlace('宜昌和襄阳2023年提案各多少件', CITIES, places)).toEqual([]);
  });

  it('answers the place the reports cover and says which one they do not', async () => {
    const answer = await app.questions.ask('武汉跟许昌前年社情民意各收了多少篇啊 我在写个材料要对比一下');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/许昌：[^\n]*1021篇/u);
    expect(answer.text).toContain('关于“武汉2024年社情民意收了多少篇”，知识库中没有找到相关内容。');
    const other = await app.questions.ask('麻烦查一下十堰和宜昌二〇二三年提案立案各多少件，我要做个对比表，谢谢');
    expect(other.text).toContain('206件');
    expect(other.text).toContain('宜昌');
  });
});
