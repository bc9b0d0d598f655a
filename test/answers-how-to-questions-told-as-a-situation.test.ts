import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { speaksOfSeveralAsked } from '../src/answering/several.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('whether a reply counts', () => {
  it('reads "作数" as whether it is taken as a reply, which a reply in a group is not', async () => {
    const answer = await app.questions.ask('我在群里回了个请假 作数吗');
    expect(answer.text).toContain('不作为回执登记');
  });

  it('reads "之前回的" as the earlier reply, which a change of meeting leaves valid', async () => {
    const answer = await app.questions.ask('开会时间变了 先前回的请假还算数不');
    expect(answer.text).toContain('继续有效');
  });
});

describe('what else to do for an urgent matter', () => {
  it('reads "挺急的" as the rules\' 紧急情况', async () => {
    const answer = await app.questions.ask('我发现路口有个安全隐患挺急的 在助手里提交了还要做啥');
    expect(answer.text).toContain('电话告知市政协办公室');
  });
});

describe('what a status shown means', () => {
  it('is answered by the item defining it, not the list naming every status', async () => {
    const answer = await app.questions.ask('我报的社情民意显示已采用 这是什么意思啊');
    expect(answer.text).toContain('得到领导批示');
  });
});

describe('several matters the member has on hand', () => {
  it('are the rules\' 几个问题 when counted as 事', () => {
    expect(speaksOfSeveralAsked('我手上有三个事想反映', '涉及几个问题的，请分篇报送')).toBe(true);
    expect(speaksOfSeveralAsked('我有两件事情', '涉及几个问题的，请分篇报送')).toBe(true);
    expect(speaksOfSeveralAsked('我有两件事情', '一篇社情民意信息应当包含以下内容')).toBe(false);
  });
});

describe('whom to send a written opinion to', () => {
  it('reads "发给" as the rules\' 发送, and answers how to begin', async () => {
    const answer = await app.questions.ask('我写好一篇社情民意了 发给谁 怎么开始');
    expect(answer.text).toContain('我想反映社情民意');
  });
});
