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

describe('the rules asked with the member’s own case or in their words', () => {
  it.each([
    ['whether there is a time limit, after the case', '我那条社情民意转给住建局都三个月了 转部门办理的有没有个时限', '有关部门的办理进度为准'],
    ['deleting a draft, 删 for 删除', '草稿写了一半不想报了 咋删', '草稿随即删除'],
    ['anonymity, which the rules call not signing', '这条社情民意能匿名报吗', '隐去反映人姓名'],
    ['a rule that ranks below the first eight passages', '受理以后多久能定下来报不报', '15 个工作日'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });

  it('does not answer a question about 提案 with the rule for 社情民意', async () => {
    expect((await app.questions.ask('提案转部门办理的有没有个时限')).answered).toBe(false);
  });
});

describe('two cities compared, each with its own year', () => {
  it('gives each city’s figure', async () => {
    const answer = await app.questions.ask('十堰23年跟常熟24年比，哪边立案的提案多？各多少件');
    expect(answer.text).toContain('206件');
    expect(answer.text).toContain('261件');
  });
});

describe('the provision for the member’s case, said in other words', () => {
  it('answers 请假 with the provision for one who cannot attend', async () => {
    expect((await app.questions.ask('开会请假怎么回')).text).toContain('写明请假原因');
  });
});

describe('a calendar is a thing asked about, not the member’s time', () => {
  it('declines syncing notices to the phone’s calendar, which no rule mentions', async () => {
    expect((await app.questions.ask('会议通知能自动同步到我手机日历里吗 老是忘')).answered).toBe(false);
  });
});

describe('how long, answered by whom it depends on', () => {
  it.each([
    ['a time left to the department', '转到有关部门以后多久能办完', '办理进度为准'],
    ['the status quoted, then how long', '状态显示已转有关部门了，部门得多久办完', '办理进度为准'],
  ])('answers %s', async (_, question, fact) => {
    expect((await app.questions.ask(question)).text).toContain(fact);
  });
});
