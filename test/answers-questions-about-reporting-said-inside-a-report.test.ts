import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { processQuestionsIn } from '../src/opinions/dialog/process-questions.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `process-q-${++members}`, '岁月静好');

describe('a question about reporting, said inside the report, is answered and kept out of it', () => {
  it('answers how long a report should be, asked with the start phrase', async () => {
    const replies = await member().say('你好 我想反映个社情民意 要写好多字不');
    expect(replies).toContain('300 至 1000 字');
    expect(replies).toContain('请说说情况与问题');
  });

  it('keeps the story told after "这个能当社情民意反映吗？" mid-dialog', async () => {
    const doctor = member();
    await doctor.say('我想反映社情民意');
    const replies = await doctor.say('这个能当社情民意反映吗？我下乡义诊发现，山区村里很多独居老人高血压常年不吃药。建议给独居老人配呼叫设备。');
    expect(replies).not.toContain('草稿已保留');
    expect(replies).toContain('姓名');
  });

  it('answers "写这个要署名不？" as a question, not as consent or story', async () => {
    const farmer = member();
    await farmer.say('我想反映社情民意');
    await farmer.say('医院的护工一天要三百，农村人出不起，七十多岁的人晚上睡在走廊折叠床上');
    const replies = await farmer.say('写这个要署名不？署名会不会有啥影响');
    expect(replies).toContain('意见建议');
    const draft = await farmer.say('预览');
    expect(draft).toContain('睡在走廊折叠床上');
    expect(draft).not.toContain('要署名不');
  });

  it('cuts only questions at either end, never the consent said while asking', () => {
    expect(processQuestionsIn('这个能当社情民意反映吗？我下乡义诊发现老人不吃药。').questions).toEqual(['这个能当社情民意反映吗？']);
    expect(processQuestionsIn('那我不署名 但是信息要留吧？我叫柯玲').questions).toEqual([]);
    expect(processQuestionsIn('可以署名噻').questions).toEqual([]);
    expect(processQuestionsIn('路口没有红绿灯，出了事谁来管？').questions).toEqual([]);
  });

  it('takes who may learn who reported it, and a length asked in dialect, as questions about reporting', () => {
    expect(processQuestionsIn('这个反映了 我们街道能看到是我说的吗')).toEqual({ questions: ['我们街道能看到是我说的吗'], rest: '' });
    expect(processQuestionsIn('这玩意儿得写多老些字啊')).toEqual({ questions: ['这玩意儿得写多老些字啊'], rest: '' });
  });

  it('leaves out what the member has to attach, said with the question about it', () => {
    expect(processQuestionsIn('可以发照片吗？我拍了宿舍的照片').rest).toBe('');
    expect(processQuestionsIn('可以发照片吗？孩子们冬天冻疮很多').rest).toBe('孩子们冬天冻疮很多');
  });
});

describe('questions asked the way members talk', () => {
  it('reads the worry said after a spoken question as no part of it', async () => {
    const answer = await app.questions.ask('写社情民意一般写多长合适啊 太短了怕说不清楚 太长了又怕领导没空看');
    expect(answer.text).toContain('300 至 1000 字');
  });
  it('does not answer "捐了多少" with a sentence that gives no figure', async () => {
    const answer = await app.questions.ask('廊坊那次抗洪捐款里头，光企业界委员自己捐了多少？');
    expect(answer.answered).toBe(false);
  });
  it('does not answer "要走什么程序" with a sentence that names no procedure', async () => {
    const answer = await app.questions.ask('我想从提案委员会调到社会和法制委员会去，要走什么程序申请');
    expect(answer.answered).toBe(false);
  });
});

describe('the rules asked about in the member’s words', () => {
  it('does not take a verb before 市政协 for a place it has no reports of', async () => {
    const answer = await app.questions.ask('哎呀通知的截止时间昨天就过了 我今天才看到 现在想请个假还来得及吗');
    expect(answer.text).toContain('回执截止时间过后');
    const kept = await app.questions.ask('反映的东西有点敏感，能不能不写我名字啊');
    expect(kept.text).toContain('隐去反映人姓名');
    const code = await app.questions.ask('提交完给了我个编号，SQMY后头那串数是啥意思');
    expect(code.text).toContain('SQMY-年份-4位序号');
  });
});

describe('the rules’ worked example is no answer', () => {
  it('answers how long a draft is kept from the rule, never from the sample report', async () => {
    const answer = await app.questions.ask('写了一半的社情民意能放几天？我明天再接着写行不');
    expect(answer.text).toContain('72 小时');
    expect(answer.text).not.toContain('道路拓宽');
  });
});

describe('a meeting changed or the bot used, in the member’s words', () => {
  it('reads 换地方了, 绑顶 and 在这里交', async () => {
    expect((await app.questions.ask('听说那个座谈会换地方了，我之前回的参加还作数不？')).text).toContain('继续有效');
    expect((await app.questions.ask('绑顶了好几次都说不成功 是不是系统坏了')).text).toContain('绑定不成功');
    expect((await app.questions.ask('我有个提案想顺手在这里交了，行不行？')).text).toContain('提案按本会提案工作规定提交');
  });
});

describe('what a report must hold, asked after the member’s own case', () => {
  it('answers from the rule, the case told first only telling answers apart', async () => {
    const answer = await app.questions.ask('我想反映下我们小区门口路灯坏了半年没人修，一篇社情民意要写哪些东西？');
    expect(answer.text).toContain('应当包含以下内容');
  });
});

describe('more of the rules asked with the member’s case', () => {
  it('reads 就完事了吗 as the ask after the case, and 我报过的那几篇 as all the member submitted', async () => {
    expect((await app.questions.ask('我们小区旁边工地围挡快倒了，挺急的，报了社情民意就完事了吗')).text).toContain('紧急情况');
    expect((await app.questions.ask('编号找不到了，我报过的那几篇能一下子全看到不？')).text).toContain('我的社情民意');
  });
});
