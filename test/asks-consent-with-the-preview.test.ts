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
const member = () => new ChatDriver(() => app, `consent-${++members}`, '李明');

/** Everything but whether to sign, in one message. */
const REPORT =
  '我想反映社情民意：城南路与学府街交叉口紧邻城南小学，每天上下学约800名学生过马路，路口没有红绿灯，今年已发生3起剐蹭事故。' +
  '建议市公安局交警支队尽快在该路口增设红绿灯和减速带。我是民盟的李明，电话13812345678';

async function storedBy(reply: string) {
  return (await app.storage.opinions.get(receiptNumber(reply)))?.fields;
}

describe('consent is asked with the preview, and choosing submits', () => {
  it('shows the preview as soon as only consent is missing, with the choices that submit', async () => {
    const li = member();
    const preview = (await li.send(REPORT)).at(-1);
    expect(preview?.text).toContain('请核对');
    expect(preview?.text).toContain('【是否同意署名报送】（请选择）');
    expect(preview?.text).toContain('选择后即提交');
    expect(preview?.choices).toEqual([
      { label: '同意署名并提交', value: '同意署名' },
      { label: '不署名并提交', value: '不署名' },
      { label: '取消', value: '取消' },
    ]);
  });

  it('submits at the choice: one turn from the preview to the receipt', async () => {
    const li = member();
    await li.say(REPORT);
    expect(await storedBy(await li.say('同意署名'))).toMatchObject({ name: '李明', sector: '民盟', phone: '13812345678', signed: true });
    expect(li.turns).toBe(2);
  });

  it('takes consent in everyday words, with or without a word to submit', async () => {
    for (const [said, signed] of [['不署名', false], ['同意', true], ['匿名吧', false], ['同意，提交吧', true], ['可以署名👍', true], ['不同意', false]] as const) {
      const someone = member();
      await someone.say(REPORT);
      expect(await storedBy(await someone.say(said)), said).toMatchObject({ signed });
    }
  });

  it('asked to submit without a choice, asks one short question, whose answer submits', async () => {
    for (const confirmation of ['好的', '确认提交', '可以']) {
      const wu = member();
      await wu.say(REPORT);
      const [question, ...more] = await wu.send(confirmation);
      expect(more).toEqual([]);
      expect(question?.text).toBe('提交前请选择：是否同意署名报送？');
      expect(question?.choices?.map((choice) => choice.label)).toEqual(['同意署名并提交', '不署名并提交']);
      expect(await storedBy(await wu.say('匿名'))).toMatchObject({ signed: false });
    }
  });

  it('takes a correction at the preview and shows it again, consent still open', async () => {
    const zhao = member();
    await zhao.say(REPORT);
    const again = await zhao.say('电话写错了，是13912345678');
    expect(again).toContain('【联系电话】13912345678');
    expect(again).toContain('【是否同意署名报送】（请选择）');
    expect(again).not.toContain('已提交成功');
    expect(await storedBy(await zhao.say('不署名'))).toMatchObject({ phone: '13912345678', signed: false });
  });

  it('keeps the consent said with other news, and shows the preview to confirm', async () => {
    const qian = member();
    await qian.say(REPORT);
    const again = await qian.say('对了我换手机号了，新号18872193054。同意署名');
    expect(again).toContain('【联系电话】18872193054');
    expect(again).toContain('【是否同意署名报送】同意');
    expect(await storedBy(await qian.say('确认提交'))).toMatchObject({ phone: '18872193054', signed: true });
  });
});

describe('consent said before the preview', () => {
  it('shows the usual preview, and 好的 submits', async () => {
    const sun = member();
    const preview = (await sun.send(`${REPORT}，同意署名`)).at(-1);
    expect(preview?.text).toContain('【是否同意署名报送】同意');
    expect(preview?.choices?.map((choice) => choice.label)).toEqual(['确认提交', '取消']);
    expect(await storedBy(await sun.say('好的'))).toMatchObject({ signed: true });
  });

  it('named at the preview without a new value, is asked again by the preview itself', async () => {
    const zhou = member();
    await zhou.say(`${REPORT}，同意署名`);
    const [preview] = await zhou.send('署名改一下');
    expect(preview?.text).toContain('【是否同意署名报送】（请选择）');
    expect(preview?.choices?.[0]?.label).toBe('同意署名并提交');
    expect(await storedBy(await zhou.say('不署名'))).toMatchObject({ signed: false });
  });
});
