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

describe('the rules asked plainly', () => {
  it.each([
    ['kinds counted in 种, not the rules’ 类', '社情民意的类别有几种', '八类'],
    ['kinds counted in Traditional characters', '社情民意的類別一共分幾類？', '八类'],
    ['what to do when unsure, asked with a question word before 咋整', '类别拿不准归哪一类咋整', '可以选择“其他”'],
    ['a set way of writing, not the worked example', '标题有没有固定的写法？', '一句话概括'],
    ['what the member wrote, called 东西', '群里的人能看到我写的东西吗', '不会在群里显示'],
    ['a worry after a comma, the question asked A-not-A', '留的手机号会不会被公开啊，怕有人打电话来骚扰', '不对外公开'],
    ['a paper written in Word, pasted whole', '材料在word里早就写好了 能直接整篇贴过来不 还是得一项一项填', '一次粘贴全文'],
    ['impatience after a pause', '受理了以后还要等多久才知道报不报上去啊 等得心急', '15 个工作日'],
    ['how to report, with the one-character 报', '想在手机上报个社情民意，咋报', '我想反映社情民意'],
    ['how to title it, said 起', '标题怎么起比较好', '关于……的建议'],
  ])('answers %s', async (_, question, fact) => {
    const answer = await app.questions.ask(question);
    expect(answer.text).toContain(fact);
  });
});
