import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { parseFieldAnswer } from '../src/opinions/intake/parse-answer.ts';
import { ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

let members = 0;
const member = (nickname = '山水人家') => new ChatDriver(() => app, `others-${++members}`, nickname);

async function submitted(driver: ChatDriver) {
  const number = receiptNumber(await driver.say('确认提交'));
  return (await app.storage.opinions.get(number))?.fields;
}

describe('the number of somebody the member talks about', () => {
  it('leaves a manager’s number, said after a pause, in the story and takes the member’s own', () => {
    const fields = extractFields(
      '路灯坏了三个月，找过物业经理钱国平，手机15871904444，他说不归物业管。建议城管局尽快修好。我的电话是13800001111',
    );
    expect(fields.phone).toBe('13800001111');
    expect(fields.situation).toContain('钱国平，手机15871904444，他说不归物业管');
  });

  it('leaves a number said straight after a post and a name', () => {
    const fields = extractFields('老年食堂停办两个月了，社区主任赵春生13907193333知道情况。建议民政局帮助恢复。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('赵春生13907193333');
  });

  it('leaves a neighbour’s number when the member goes on about him', () => {
    const fields = extractFields('邻居张国华，电话13907195555，他家去年被淹了三次。建议水务局清淤。');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('13907195555');
  });

  it('still takes a forwarded member’s number when staff add 她同意署名', () => {
    expect(extractFields('刘玉兰委员，妇联，13872106634，她同意署名')).toMatchObject({ name: '刘玉兰', phone: '13872106634', signed: true });
  });

  it('keeps the story whole through a whole conversation', async () => {
    const he = member();
    await he.say('我想反映社情民意');
    await he.say('小区电梯坏了一个月，物业负责人王建军，电话13907193456，她说没钱修。建议住建部门督促物业尽快维修。我叫何文斌，民进的，电话18671901111，同意署名');
    const fields = await submitted(he);
    expect(fields).toMatchObject({ name: '何文斌', phone: '18671901111' });
    expect(fields?.situation).toContain('王建军，电话13907193456');
  });
});

describe('a phone number put right in other words', () => {
  it('takes the number after 说错了说错了，应该是', () => {
    const fields = extractFields('建议在城南小学门口设减速带。手机13607198832，说错了说错了，应该是13607198823');
    expect(fields.phone).toBe('13607198823');
    expect(fields.suggestion).not.toMatch(/说错|应该是/u);
  });

  it('takes the number when spaces stand for the pauses', () => {
    const fields = extractFields('建议在城南小学门口设减速带。电话13607198832 不对 是13607198823');
    expect(fields.phone).toBe('13607198823');
    expect(fields.suggestion).not.toContain('不对');
  });
});

describe('a slow typist excusing themselves first', () => {
  it('does not put the years, the typing or the apology in the story', async () => {
    const zhou = member();
    await zhou.say('我想反映社情民意');
    expect(await zhou.say('我七十多了，打字慢，见谅')).toContain('慢慢说');
    await zhou.say('镇上的公交车一天只有两趟，老人去县医院要转三次车。建议交通局增开一趟早班车');
    await zhou.say('我是民盟的周凤英，电话13593762048，同意署名');
    const fields = await submitted(zhou);
    expect(fields?.situation).toContain('公交车一天只有两趟');
    expect(`${fields?.situation}${fields?.suggestion}`).not.toMatch(/七十多|打字|见谅/u);
  });
});

describe('a sector given where the name is asked', () => {
  it('is not taken for a name, though a name that is also a word is', () => {
    expect(parseFieldAnswer('name', '文艺')).toHaveProperty('error');
    expect(parseFieldAnswer('name', '方圆')).toEqual({ value: '方圆' });
  });
});
