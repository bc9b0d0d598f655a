import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { readQuestion } from '../src/answering/question-reader.ts';
import { storyBeforeAPlainAsk } from '../src/answering/told-case.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a member who tells what happened, then asks plainly', () => {
  it("is answered by the rule for the ask, whatever the story's own words", async () => {
    const answer = await app.questions.ask('我这篇写的是村里自来水老停的事，写完一看两千来字了，这种材料一般写多少字合适');
    expect(answer.text).toContain('300 至 1000 字');
  });

  it('is answered about a cancelled meeting when the member had asked leave from it', async () => {
    const answer = await app.questions.ask('那个座谈会听说取消了 我前头请过假 还会再给我发提醒吗');
    expect(answer.text).toContain('不再发送回执提醒');
  });

  it('still declines a story whose ask no rule answers', async () => {
    const answer = await app.questions.ask('我们单位下个月组织去外地视察，我腰不好坐不了长途车，这个视察能不能不去');
    expect(answer.answered).toBe(false);
  });

  it('is answered when the ask runs over two clauses at the end', async () => {
    const answer = await app.questions.ask('报告写完了一数有两千四百来字 是不是写得太啰嗦了 一般多长为好');
    expect(answer.text).toContain('300 至 1000 字');
    expect(storyBeforeAPlainAsk('报告写完了一数有两千四百来字 是不是写得太啰嗦了 一般多长为好')?.told).toBe('报告写完了一数有两千四百来字 ');
  });

  it('is answered when the length is asked beside a worry about writing too much', async () => {
    const answer = await app.questions.ask('第一次给政协写社情民意 手里没底 大体写多少字合适 写太长了怕人家不爱看');
    expect(answer.text).toContain('300 至 1000 字');
  });

  it('keeps a short ask after a story that asks nothing as one question', () => {
    expect(storyBeforeAPlainAsk('照着说明发了两遍 号码肯定没错 这是咋回事')).toBeUndefined();
  });

  it('is no story when the telling asks something itself', () => {
    expect(storyBeforeAPlainAsk('这个编号是啥意思，后面的数字代表什么')).toBeUndefined();
    expect(storyBeforeAPlainAsk('座谈会取消了，我请过假，那还会再给我发提醒吗')).toEqual({ told: '座谈会取消了，我请过假，', ask: '那还会再给我发提醒吗' });
  });
});

describe('a member asking what a word of the bot means', () => {
  it('gets the item defining it, whatever they guess after asking', async () => {
    const answer = await app.questions.ask('状态成了“已采用” 这是啥意思 是不是有领导批了');
    expect(answer.text).toContain('被上级政协或党委、政府及有关部门采用');
  });
});

describe('a meeting put off', () => {
  it('keeps the reply given before, however the member says it was put off', async () => {
    const answer = await app.questions.ask('座谈会推后了两天，我前头回的参加还作数不');
    expect(answer.text).toContain('原来的回执继续有效');
  });
});

describe('what someone told the member, and when it happened', () => {
  it.each(['上午在界别群里回了个参加，下午办公室老张打电话说我没回执，咋回事', '前天在群里说了句我参加，今天秘书说没收到我的回执'])(
    '"%s" is about a reply sent in the group, not about the office or its hours',
    async (question) => {
      const answer = await app.questions.ask(question);
      expect(answer.text).toContain('不作为回执登记');
    },
  );

  it('still reads an hour the member asks about', async () => {
    const answer = await app.questions.ask('下午三点去办公室找人，那时候上班不');
    expect(answer.text).toContain('工作时间');
  });

  it('reads whether a call at an hour gets through as the office’s hours', async () => {
    const answer = await app.questions.ask('绑定老是失败 想给办公室打个电话 下午一点打有人接吗');
    expect(answer.text).toContain('14:30—17:30');
  });
});

describe("the member's own year and their dialect", () => {
  it('reads 今年 of what the member did as no year of the reports', async () => {
    const answer = await app.questions.ask('今年断断续续交了三四篇，想一下看看都到哪一步了，发什么');
    expect(answer.text).toContain('我的社情民意');
  });

  it('still reads 今年 of a city as the year asked', async () => {
    const answer = await app.questions.ask('十堰今年报了多少篇社情民意');
    expect(answer.answered).toBe(false);
  });

  it('answers how long acceptance takes, asked in Cantonese', async () => {
    const answer = await app.questions.ask('上个礼拜三交嘅，今日都仲系已提交，一般几耐先有人接手？', { at: LATE_2026 });
    expect(answer.text).toContain('5 个工作日内受理');
  });

  it('reads Cantonese in Mandarin words', () => {
    const read = readQuestion('係咪淨係喺微信度發個消息俾我？仲會唔會有正式嘅通知㗎？', app.kb.tokenizer, LATE_2026, app.kb.cities());
    expect(read).toContain('是不是只是在微信');
    expect(read).toContain('还会不会有正式的通知');
  });
});

describe('whether a case may be reported', () => {
  it('is answered by the item for that case, not by the list naming it, however the yes-or-no is put', async () => {
    const answer = await app.questions.ask('我同学跟物业的官司打了一年还没判，这个能写成社情民意报上去不');
    expect(answer.text).toContain('信访、司法等渠道');
  });
});

describe('a hazard told in everyday words', () => {
  it('is the urgent case the rules ask to phone in as well', async () => {
    const answer = await app.questions.ask('我们楼后面的围墙裂了条缝，怕塌了砸到人，已经在小助手里报了，还用干啥不');
    expect(answer.text).toContain('电话告知市政协办公室');
  });
});

describe('a limit asked', () => {
  it('is not answered by the usual figure', async () => {
    expect((await app.questions.ask('草稿保留时间最长能延到多少天')).answered).toBe(false);
    expect((await app.questions.ask('草稿最长能给我留多久')).text).toContain('72 小时');
  });
});

describe('a common word holding a phrase the members use for others', () => {
  it('reads “老人家” as old people, not as “人家” (other members)', async () => {
    const question = '听说县里好几家药房卖过期药 老人家眼神不好没注意就买了 这个写出来归到哪一类里头';
    expect(readQuestion(question, app.kb.tokenizer, LATE_2026, app.kb.cities())).not.toContain('其他委员');
    expect((await app.questions.ask(question)).text).toContain('医疗卫生');
  });
});
