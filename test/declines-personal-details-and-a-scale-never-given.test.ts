import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { asksForContact, asksForParticulars, givesParticulars } from '../src/answering/contact-asked.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('someone\'s phone asked with why it is wanted', () => {
  it('is read as a request for contact details', () => {
    expect(asksForContact('李四委员的电话 我有事找他')).toBe(true);
    expect(asksForContact('帮忙查查王主席的联系方式，下午想跟他沟通')).toBe(true);
    expect(asksForContact('给我找一下十堰政协办公室的电话 急用')).toBe(true);
  });

  it('still leaves the member\'s own number and the rules about numbers alone', () => {
    expect(asksForContact('我的手机号换了 怎么联系办公室改')).toBe(false);
    expect(asksForContact('报送时要填本人的联系电话，对吗')).toBe(false);
  });

  it('is declined, not answered by the binding rule', async () => {
    const answer = await app.questions.ask('帮我查下李四委员的手机 我下午要联系他');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('联系信息');
  });
});

describe('a person\'s age or birthplace', () => {
  it('is told from questions about people in general', () => {
    expect(asksForParticulars('许昌政协主席今年多大岁数')).toBe(true);
    expect(asksForParticulars('他老家是哪的 籍贯在哪')).toBe(true);
    expect(asksForParticulars('80岁以上老人有多少')).toBe(false);
    expect(givesParticulars('张某，1968年3月生，江苏人')).toBe(true);
    expect(givesParticulars('在政协第十五届委员会第四次会议上 沈晓东')).toBe(false);
  });

  it('is declined when no passage states it, though the person is named', async () => {
    const answer = await app.questions.ask('十堰政协主席几岁了 是哪儿人');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('年龄');
  });
});

describe('an amount asked in a scale the answer must be said in', () => {
  it('reads "多少亿" as wanting a figure in 亿', () => {
    expect(shapeOf('营收能到多少亿').units).toEqual(['亿']);
    expect(shapeOf('一共接待多少万人次').units).toEqual(['万']);
  });

  it('is declined when the report gives no such figure for the thing', async () => {
    const answer = await app.questions.ask('武汉量子科技产业园一年营收多少亿');
    expect(answer.answered).toBe(false);
  });
});
