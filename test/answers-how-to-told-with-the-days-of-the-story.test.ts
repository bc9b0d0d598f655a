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

describe('a how-to told with the days the member\'s story happened on', () => {
  it('answers how long until 受理 though the member says when and that nothing happened', async () => {
    const answer = await app.questions.ask('我前天交的社情民意到现在都没动静，一般几天能受理');
    expect(answer.text).toContain('5 个工作日');
  });

  it('answers a reply after the deadline though the member says the deadline passed yesterday', async () => {
    const answer = await app.questions.ask('会议回执截止时间昨天早就过了我才看到，现在回请假还算吗');
    expect(answer.text).toContain('不再接收该会议的回执');
  });

  it('still reads the day of the meeting asked about', async () => {
    const answer = await app.questions.ask('明天那个会我去不了，在你这咋请假？');
    expect(answer.text).toContain('请假');
  });
});

describe('the member\'s situation said in everyday words', () => {
  it('reads 挺危险 as the rules\' 安全隐患', async () => {
    const answer = await app.questions.ask('我报的社情民意说的事挺危险的，提交了还要做什么吗');
    expect(answer.text).toContain('电话告知市政协办公室');
  });

  it('reads several matters written in one go as 涉及几个问题', async () => {
    const answer = await app.questions.ask('几件事能一起写进去报一篇社情民意吗');
    expect(answer.text).toContain('一事一报');
  });

  it('reads a figure 不一样 from the papers as 不一致', async () => {
    const answer = await app.questions.ask('助手答的数字跟文件不一样，以哪个为准');
    expect(answer.text).toContain('以原文和本会正式文件为准');
  });

  it('answers whether a reply in the group will do, though "or what should I do" follows', async () => {
    const answer = await app.questions.ask('我在群里回了请假行不行还是得咋弄');
    expect(answer.text).toContain('不作为回执登记');
  });

  it('reads binding that 对不上 as a name or number not matching the roll', async () => {
    const answer = await app.questions.ask('绑定时老说对不上，我换过手机号，怎么办');
    expect(answer.text).toContain('一次性绑定码');
  });

  it('reads whether a draft 还在不在 as how long it is kept', async () => {
    const answer = await app.questions.ask('社情民意草稿过几天还在不在');
    expect(answer.text).toContain('72 小时');
  });

  it('reads a fear that name and phone 给出去 as whether they are made public', async () => {
    const answer = await app.questions.ask('不署名报的话会不会把我名字和电话给出去');
    expect(answer.text).toContain('不对外公开');
  });

  it('reads whether a late reply 还管用 as whether it is allowed, and says what to do instead', async () => {
    const answer = await app.questions.ask('回执截止了，现在回请假还来得及吗');
    expect(answer.text).toContain('不再接收该会议的回执');
    expect(answer.text).toContain('直接联系市政协办公室');
  });

  it('reads the member\'s work calling them away as the rules\' 临时有公务', async () => {
    const answer = await app.questions.ask('我回了参加，可单位派我去外地，还能改成请假吗');
    expect(answer.text).toContain('新的回执替换原来的回执');
  });

  it('reads asking the assistant to hand in a proposal as submitting through it, not a count of proposals', async () => {
    const answer = await app.questions.ask('提案写好了，你帮我交上去行吗');
    expect(answer.text).toContain('提案工作规定');
  });

  it('reads the several reports a member handed in as all of their own, not a count asked', async () => {
    const answer = await app.questions.ask('我交过好几条社情民意，怎么看它们办到哪一步了');
    expect(answer.text).toContain('/my');
  });
});
