import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { totalCounted } from '../src/answering/question-kind.ts';
import { silentLogger } from '../src/log.ts';
import { analyzeQuery } from '../src/retrieval/query-analysis.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a four-digit count with its measure word', () => {
  it('is no year', () => {
    expect(analyzeQuery('我已经打了快2000字了', app.kb).years).toEqual([]);
    expect(analyzeQuery('2023年立案多少件', app.kb).years).toEqual([2023]);
  });

  it('leaves the rule on length to answer', async () => {
    const answer = await app.questions.ask('社情民意一般写多少字合适啊，我已经打了快２０００字了，会不会太长');
    expect(answer.text).toContain('300 至 1000 字');
  });
});

describe('the province named as the reports speak of its committee', () => {
  it('is no place the knowledge base lacks', async () => {
    const answer = await app.questions.ask('《幸福家园共同缔造》那篇上了人民政协报头版的，后来在湖北政协好新闻里评了个几等奖？');
    expect(answer.text).toContain('二等奖');
  });

  it('still is one when its own figures are asked', async () => {
    expect((await app.questions.ask('河南政协2023年立案多少件')).answered).toBe(false);
  });
});

describe('members who did something, counted', () => {
  it('are no headcount of the committee', () => {
    expect(totalCounted('上去交流发言的委员一共多少人')).toBeUndefined();
    expect(totalCounted('常熟市政协委员一共有多少人')).toBe('委员');
  });

  it('are answered by the figure of those who did it', async () => {
    const answer = await app.questions.ask('书香政协读书活动那块，十堰搞了12次，上去交流发言的委员一共多少人');
    expect(answer.text).toContain('93名委员');
  });
});

describe('the rules asked in the members\' words', () => {
  it('answers why a report was not adopted, and how to mend a typo', async () => {
    expect((await app.questions.ask('如果报上去的社情明意最后没被采用，会告诉我为啥不用吗')).text).toContain('不予采用的理由');
    expect((await app.questions.ask('提交前发现标题里打错了两个字，是不是得全部重新填一遍？')).text).toContain('修改');
  });
});
