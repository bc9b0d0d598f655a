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

const ask = async (question: string) => (await app.questions.ask(question)).text;

describe('a member asking about a report of their own', () => {
  it('is told the length the rules set, when worried theirs is too long or too short', async () => {
    expect(await ask('我那篇稿子才两百来字 会不会太短了 要不要再补点')).toContain('300 至 1000 字');
    expect(await ask('社情民意写得越长越好吗？我洋洋洒洒写了三千多')).toContain('300 至 1000 字');
  });

  it('is not told the length when the words counted only say what they wrote', async () => {
    expect(await ask('我写好一篇了 八百来字 能整篇贴给你吗')).not.toContain('300 至 1000 字');
  });

  it('is told numbers start again each year, even when asking about next year', async () => {
    expect(await ask('我的编号是SQMY-2026-0088，等明年再报的话号码是接着排吗')).toContain('按年度从 0001 开始');
  });

  it('is told the office gives its reasons when a report was not taken', async () => {
    expect(await ask('辛辛苦苦写的 结果显示不予采用 到底啥原因能告诉我不')).toContain('不予采用的理由');
  });

  it('is told who takes a report up, when glad it was', async () => {
    expect(await ask('太好了我那条显示已采用👏 是哪个单位采用的啊')).toContain('上级政协');
  });

  it('is sent to the petition and court channels with a claim of their own family', async () => {
    expect(await ask('我家的老房子征收补偿款一直谈不拢 找了几次都没个说法 我作为委员能把这事当社情民意反映吗')).toContain('信访、司法');
  });
});

describe('a member asking about a notice from their own moment', () => {
  it('is answered on a changed meeting when the change was told in a sentence before', async () => {
    expect(await ask('刚才收到一条【变更】，座谈会改到周四上午了。我上周回的是参加，那个还管用吗？')).toContain('继续有效');
  });

  it('is told to call the office when the deadline was only seen after it passed', async () => {
    expect(await ask('截止时间是前天中午，我刚刚才看到这条通知，现在还能请假吗')).toContain('直接联系市政协办公室');
  });

  it('is told staff alone send notices, when a committee head would send one to their members', async () => {
    expect(await ask('我们小组想碰个头，你能不能替我给他们发个开会通知')).toContain('委员不能');
  });

  it('is told notices need a bound account, when they never bound one', async () => {
    expect(await ask('别人都说收到开会通知了 我一条都没有 我好像从来没搞过什么绑定')).toContain('尚未绑定');
  });

  it('is told one matter goes in one report, asked with three matters counted as 仨', async () => {
    expect(await ask('我手上有仨事儿：路灯不亮、井盖丢了、垃圾没人收，搁一篇里头报行不')).toContain('一事一报');
  });
});
