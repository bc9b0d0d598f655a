import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { applyText } from '../src/opinions/dialog/wizard.ts';
import { RuleExtractor } from '../src/opinions/extractor.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
let members = 0;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());
const member = () => new ChatDriver(() => app, `pause-${++members}`, '海阔天空');

describe('back from a call, the suggestion labelled', () => {
  it('keeps the story told before the pause', async () => {
    const story = { situation: '我们几个做工程的会员企业，验收都两三年了，工程款还欠着，去催就说财政紧张' };
    const update = await applyText(story, 'suggestion', '好了 建议：一是开展拖欠账款专项清理；二是把清欠纳入部门考核', new RuleExtractor());
    expect(update.fields).toMatchObject({ situation: story.situation, suggestion: '一是开展拖欠账款专项清理；二是把清欠纳入部门考核' });
  });
});

describe('asked first whether it counts as 社情民意', () => {
  it('offers the account that follows as the report', async () => {
    const writer = member();
    const replies = await writer.say('这个算不算社情民意啊？就是景区对本市市民的优惠，本地人进山门票加交通车要两百多，一年只有一个免费开放日，还要提前抢票');
    expect(replies).toContain('要把它作为社情民意提交吗');
    expect(await writer.say('是的')).toContain('意见建议');
    expect(await writer.say('预览')).toContain('一年只有一个免费开放日');
  });
});

describe('the workplace said with 的 after the introduction', () => {
  it.each<[string, object]>([
    ['您好！我是医卫界委员陈思远，市中心医院急诊科的。想反映一下公共场所AED配置的事。', { name: '陈思远', rest: '您好！想反映一下公共场所AED配置的事。' }],
    ['我是教育界的王芳，实验小学的，想说说课后服务', { name: '王芳', rest: '想说说课后服务' }],
    // The member's workplace told as part of the story stays.
    ['我是民盟的李华，我们医院的病人很多', { name: '李华', rest: '我们医院的病人很多' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toMatchObject(expected);
  });
});

describe('a story typed by voice without a start phrase', () => {
  it('is offered as a report though it says 好几个 (no question)', async () => {
    const doctor = member();
    const replies = await doctor.say('我们县里好几个乡镇卫生院的救护车都是十年前配的有两台已经报废了山区老人急病要等一个多小时');
    expect(replies).toContain('要把它作为社情民意提交吗');
  });
});

describe('asked for the suggestion, a subsidy that was stopped', () => {
  it('goes on with the story; the suggestion is still asked for', async () => {
    const told = { situation: '我们社区的老年食堂去年办起来，一顿饭12块' };
    const update = await applyText(told, 'suggestion', '今年三月份起 说补贴没了 涨到18块', new RuleExtractor());
    expect(update.fields?.situation).toContain('涨到18块');
    expect(update.fields?.suggestion).toBeUndefined();
  });
});
