import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { analyzeQuery } from '../src/retrieval/query-analysis.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a place the knowledge base lacks', () => {
  it('is a place, not words run into 市政协 nor a single character', () => {
    expect(analyzeQuery('常熟的省级报纸宣传了市政协多少篇', app.kb).unknownPlaces).toEqual([]);
    expect(analyzeQuery('熟政协立案提案多少件', app.kb).unknownPlaces).toEqual([]);
    expect(analyzeQuery('襄阳市政协立案提案多少件', app.kb).unknownPlaces).toEqual(['襄阳']);
  });

  it('is a place when the committee\'s dictionary says so, though the segmenter\'s own does not', async () => {
    expect(analyzeQuery('保定政协立案提案多少件', app.kb).unknownPlaces).toEqual(['保定']);
    const answer = await app.questions.ask('石家庄政协立案提案多少件');
    expect(answer.text).toContain('没有找到石家庄政协的资料');
  });

  it('is still named when the member names one', async () => {
    const answer = await app.questions.ask('襄阳市政协立案提案多少件');
    expect(answer.text).toContain('没有找到襄阳政协的资料');
  });
});

describe('a city cut to its last character', () => {
  it('is read as the one city it ends, and said so', async () => {
    const answer = await app.questions.ask('坊政协2023年向市委请示报告多少次');
    expect(answer.understood).toContain('廊坊政协');
    expect(answer.text).toContain('59次');
  });
});
