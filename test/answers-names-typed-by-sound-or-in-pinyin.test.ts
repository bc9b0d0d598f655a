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

describe('a programme of four characters typed with one of the same sound', () => {
  it('is read as the programme, though the slip makes real words', async () => {
    expect(app.kb.mendTypos('十堰那个书箱政协 读书活动')).toBe('十堰那个书香政协 读书活动');
    const answer = await app.questions.ask('十堰那个书箱政协 读书活动23年搞了几回');
    expect(answer.text).toContain('12次');
  });

  it('leaves words that only happen to be real alone', () => {
    expect(app.kb.mendTypos('主席会议成员下了几次基层')).toBe('主席会议成员下了几次基层');
  });
});

describe('a city or a word of the reports typed in pinyin', () => {
  it('is read as the word when it sounds like exactly one', () => {
    expect(app.kb.mendTypos('Wuhan政协 社情民意xinxi')).toBe('武汉政协 社情民意信息');
    expect(app.kb.mendTypos('Changshu Langfang xuchang huiyi qingjia')).toBe('常熟 廊坊 许昌 会议 请假');
  });

  it('leaves English words and initials as they are', () => {
    expect(app.kb.mendTypos('ok的话教下我 PPT app wechat telegram zx')).toBe('ok的话教下我 PPT app wechat telegram zx');
  });

  it('reads a whole word in pinyin though its initials stand for it too', async () => {
    const answer = await app.questions.ask('wuhan zhengxie gongzhonghao 24年一共推送多少篇');
    expect(answer.understood).toBe('武汉 政协 公众号 2024年一共推送多少篇');
    expect(answer.text).toContain('1460余篇');
  });

  it('answers for the city named in pinyin, never another city', async () => {
    const answer = await app.questions.ask('廊坊zx 23年征集社情民意xinxi多少篇');
    expect(answer.text).toContain('78篇');
    const wuhan = await app.questions.ask('Wuhan政协24年提案立案多少件');
    expect(wuhan.text).not.toContain('261件');
  });
});
