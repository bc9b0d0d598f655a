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

describe('using the bot, asked in the words of a member who is using it', () => {
  it.each([
    ['a reason asked for, called 理由', '我回了请假它追着问原因，一定要说理由吗', '追问请假原因'],
    ['a status the member guesses at after asking what it means', '报上去的那条显示已编报，是啥意思？是不是领导看过了', '已编入本会社情民意信息刊物'],
    ['a paper pasted whole', '稿子在电脑上写好了，能不能整篇粘过去', '一次粘贴全文'],
    ['the number they left, made public', '我留的电话会不会被公开', '不对外公开'],
    ['a homophone typed for 社情民意', '社情明意怎么开始填', '我想反映社情民意'],
    ['how to know a reply was recorded', '回了参加以后咋知道登记上了没有', '回复确认'],
    ['a length limit asked as 字数', '社情民意对字数有没有限制', '300 至 1000 字'],
    ['a group where it said nothing back', '在我们界别群里问了半天，它一声不吭，是不是还要弄个啥', '@履职助手'],
    ['an urgent matter reported, told before what else to do', '桥头那段护栏断了一截 这几天还下雪 我刚在你这报了 还要干点啥不 急', '电话告知市政协办公室'],
    ['an urgent matter told in a sentence of its own', '菜市场后面那堵墙裂了好大的口子，快塌了。我刚用小助手报上去了，还得做点什么不', '电话告知市政协办公室'],
    ['a danger reported, said as 挺危险', '我在家门口发现燃气表那边有股味道，挺危险的，已经在助手上报了，还用做别的吗', '电话告知市政协办公室'],
  ])('answers %s', async (_, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.text).toContain(fact);
  });
});
