import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = () => new ChatDriver(() => app, `take-back-${++members}`, '戴文');

const REPORT =
  '我想反映社情民意：全市有将近一半的公办幼儿园招不满，有的班只有十几个孩子，老师却不能减。' +
  '建议教育局统筹整合生源不足的幼儿园，富余教师转岗做托育。我是民建的戴文，电话13607191546';

describe('a member who would take back the report just submitted', () => {
  it('is told it is with the office, by its number, and whom to ask', async () => {
    const dai = member();
    await dai.say(REPORT);
    const number = receiptNumber(await dai.say('同意署名'));
    const reply = await dai.say('等等 数字我还没核实 先不提交了 取消吧');
    expect(reply).toContain(number);
    expect(reply).toContain('联系市政协办公室');
    expect((await app.storage.opinions.get(number))?.status).toBe('已提交');
    expect(await dai.say('取消')).toContain(number);
  });

  it('is told there is nothing to cancel once the submission is long past', async () => {
    const dai = member();
    await dai.say(REPORT);
    await dai.say('同意署名');
    const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
    expect(await dai.say('取消', { time: later })).toContain('没有正在填写');
  });
});
