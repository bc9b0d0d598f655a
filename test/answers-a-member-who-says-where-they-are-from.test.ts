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

describe('a member who says which city they are of, then asks of "our" committee', () => {
  it('is answered for that city, in dialect too', async () => {
    const answer = await app.questions.ask('您好 俺是廊坊的委员 俺们政协23年全年向市委请示报告了多少回 麻烦给查查 谢了啊');
    expect(answer.text).toContain('59次');
    expect(answer.text).not.toContain('16次');
  });

  it('sets aside the first time and the worry they tell before the question', async () => {
    const answer = await app.questions.ask('俺是许昌农业界的委员 头一回写社情民意 心里没底 想先看看人家咋弄哩 许昌政协24年社情民意信息一共收了多少篇 中不中帮俺查查');
    expect(answer.text).toContain('1021篇');
  });
});

describe('what a member adds after asking', () => {
  it('checks a choice of two figures, whatever they say of having seen both', async () => {
    const answer = await app.questions.ask('廊坊政协23年向市委请示报告，是59次还是56次？我整理材料两个数都见过，麻烦核一下，谢谢');
    expect(answer.text).toContain('59次');
  });
});

describe('words of the rules said inside others', () => {
  it('keeps 界别的 whole: "我们界别的委员" are no "其他委员"', () => {
    expect(app.kb.tokenizer.rephrase('想给我们界别的委员发个开会通知')).toContain('界别的委员');
  });

  it('answers a convener who would send their sector a notice through the bot', async () => {
    const answer = await app.questions.ask('我是委员，也是界别召集人，想给我们界别几个委员发个开会通知，我自己能用助手发吗');
    expect(answer.text).toContain('委员不能');
  });

  it('reads "编报出去" as the rules\' 编报', async () => {
    const answer = await app.questions.ask('我反映的是我们单位内部管理上的事，怕领导知道是我提的，选了不署名。编报出去的时候会不会还带着我的名字啊？');
    expect(answer.text).toContain('隐去反映人姓名');
  });
});
