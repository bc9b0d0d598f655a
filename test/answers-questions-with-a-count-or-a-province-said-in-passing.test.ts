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

describe('a draft left for some days', () => {
  it('is told how long drafts are kept and how to go on within a few days', async () => {
    const answer = await app.questions.ask('我社情民意填到一半临时要出差三四天，回来以后草稿还在不在能不能接着写');
    expect(answer.text).toContain('72 小时');
    expect(answer.text).toContain('接着上次的草稿继续');
  });

  it('is told drafts are cleared when it has been longer', async () => {
    const answer = await app.questions.ask('上个月写了一半的那篇公交站台没遮雨棚的，一直没点提交，今天想起来了想接着往下写，还找得回来不？');
    expect(answer.text).toContain('72 小时');
    expect(answer.text).toContain('自动清除');
  });
});

describe('the member\'s moment, told in their words', () => {
  it('answers a one-time code asked to serve twice, but not how long it lasts', async () => {
    expect((await app.questions.ask('办公室给了我一个绑定码，我用完了想再给我另一个微信号也绑上，这个码能用两回不')).text).toContain('只能使用一次');
    expect((await app.questions.ask('办公室给的绑定码多久过期啊？我下周才有空弄，到时候还能用不')).answered).toBe(false);
    expect((await app.questions.ask('绑定码能用两回吗？多长时间过期？')).answered).toBe(false);
  });

  it('answers a deadline learned of too late, and a meeting called off', async () => {
    expect((await app.questions.ask('糟了糟了，回执截止是昨天下午五点，我现在才知道那天要陪我妈做手术，还能在你这儿请假吗🙏')).text).toContain('直接联系市政协办公室');
    expect((await app.questions.ask('听说周五那个视察取消了，我之前请了假的，用不用去撤回？后面还会不会有人催我回执')).text).toContain('不再发送回执提醒');
    expect((await app.questions.ask('收到一条前头带【取消】的消息，那我前几天请假的那个会还作不作数，还用管吗')).text).toContain('不再统计');
  });
});

describe('replying in another member\'s place', () => {
  it('is declined: the rules speak of the member\'s own reply', async () => {
    expect((await app.questions.ask('我们界别有位老委员不会用手机，我能帮他代回个回执请假吗')).answered).toBe(false);
  });
});

describe('who gave the report, asked politely', () => {
  it('is read as who', async () => {
    expect((await app.questions.ask('常熟市政协常委会工作报告是哪位同志作的')).text).toContain('沈晓东');
  });
});

describe('how a reply is known to be recorded', () => {
  it('is answered by the confirmation the bot sends', async () => {
    expect((await app.questions.ask('回了参加以后它会回我个啥不 我咋知道登记上没')).text).toContain('写明会议名称和登记的回执内容');
  });

  it('answers a number taken for the member\'s own count by how numbers run', async () => {
    expect((await app.questions.ask('刚交完给了个编号SQMY-2026-0158 这个0158是啥意思 我个人第158条？？我哪报过那么多😂')).text).toContain('按年度从 0001 开始连续编排');
  });

  it('answers two categories for one report by the rule of one', async () => {
    expect((await app.questions.ask('我反映的事又沾教育又沾医疗 类别能不能两个都选上')).text).toContain('选择一项');
  });
});

describe('the member\'s moment, said with "now" and "again"', () => {
  it('reads a reply sent now after a deadline, and a code used to bind again', async () => {
    expect((await app.questions.ask('哎呀回执截止是昨天下午 我今天才看到消息 现在回请假还收不收')).text).toContain('不再接收');
    expect((await app.questions.ask('办公室给了我一个绑定码，我昨天先在平板上用它绑了，今天想换到手机上再绑一次，这个码还能用吗')).text).toContain('只能使用一次');
  });
});

describe('who does something, asked of the rules', () => {
  it('is answered by the role the rules name', async () => {
    expect((await app.questions.ask('我是九三学社界别的联络人，想以界别的名义报一篇社情民意，可以吗，界别名义一般谁来报')).text).toContain('界别召集人或联络人');
  });

  it("is still no staff member's name asked for", async () => {
    expect((await app.questions.ask('办公室管社情民意的是哪位同志 想直接加个微信问问进度')).answered).toBe(false);
  });

  it('reads "法律上该咋弄" as asking for legal advice', async () => {
    expect((await app.questions.ask('小助手 我邻居跟物业打官司，你能帮着看看法律上该咋弄不')).text).toContain('不提供法律咨询意见');
  });
});

describe('more of the member\'s moments', () => {
  it('answers a report already in, to be put right, by whom to contact', async () => {
    expect((await app.questions.ask('社情民意已经提交了才发现里面有个数写错了，300户写成30户了，咋改')).text).toContain('请联系市政协办公室');
  });

  it('answers when the reminder comes, though the deadline is only near', async () => {
    expect((await app.questions.ask('开会通知回执我还没回 快截止了机器人会提醒我吗？提前多长时间提醒')).text).toContain('24 小时');
  });

  it('answers a new number said verb first', async () => {
    expect((await app.questions.ask('俺换手机号了 原来绑的那个咋弄啊 能自己改中不中')).text).toContain('请联系市政协办公室办理');
  });
});
