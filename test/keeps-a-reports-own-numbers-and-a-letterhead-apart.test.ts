import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { readIntent } from '../src/opinions/dialog/intents.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

describe('numbers the story is about', () => {
  it('keeps a shop’s line and a scammer’s numbers in the story, listed together or not', () => {
    const shop = extractContact('小区门口那家烧烤店的外卖电话13971234567天天有人打，油烟全冲我们楼上，我叫贺兰，民盟的，13507198765');
    expect(shop.phone).toBe('13507198765');
    expect(shop.rest).toContain('外卖电话13971234567');
    const scam = extractContact('好多人接到冒充社保局的电话，号码是16512345678、0719-7654321，说卡要停用');
    expect(scam.phone).toBeUndefined();
    expect(scam.rest).toContain('0719-7654321');
  });
});

describe('who reports it, told with asides', () => {
  it('reads the sector after a surname spelled out, and drops the request to note the number', () => {
    const read = extractContact('我姓张，弓长张，张慧敏，九三学社的，手机13612345678你们记一下。');
    expect(read).toMatchObject({ name: '张慧敏', sector: '九三学社', phone: '13612345678' });
    expect(read.rest).not.toContain('记一下');
  });

  it('takes consent run on with "that is all" in voice input', () => {
    expect(extractContact('我叫罗志红是民进的委员电话一三九七一二三四五六七同意署名就这些')).toMatchObject({ name: '罗志红', signed: true });
  });
});

describe('a letterhead above a pasted report', () => {
  it('takes the 关于…的建议 line under it as the title, the lines above it as the signature, and leaves out the address', () => {
    const read = extractFields('十堰市华远物流有限公司\n董事长 何建国\n电话：139-7199-0001  传真：0719-8000001\n地址：十堰市茅箭区东岳路18号\n\n关于解决物流园区货车夜间停车难的建议\n园区周边没有货车停车场，司机只能把车停在路边，夜里常有油被偷。\n建议：在园区北侧规划一处货车停车场。');
    expect(read.title).toBe('关于解决物流园区货车夜间停车难的建议');
    expect(read.name).toBe('何建国');
    expect(`${read.situation}${read.suggestion}`).not.toMatch(/东岳路|传真|有限公司/u);
  });
});

describe('how a report begins', () => {
  it('starts after a courtesy and a form of address', () => {
    expect(readIntent('各位领导辛苦了 反映一个停车的问题')).toMatchObject({ kind: 'start' });
  });

  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('leaves the years and the typing said before the start out of the story', async () => {
    const he = new ChatDriver(() => app, 'aside-1', '夕阳');
    await he.say('小伙子你好 我都八十了 眼睛花 想反映个事');
    await he.say('我们院里的电梯坏了半个月没人修，楼上老人下不了楼');
    await he.say('建议物业马上修，街道督促一下');
    expect(await he.say('预览')).not.toContain('八十');
  });

  it('leaves whose phone is used out of the story', async () => {
    const she = new ChatDriver(() => app, 'aside-2', '老爸');
    await she.say('我想反映社情民意，我是借我老公的手机发的，我叫钱晓云，农工党，电话13800001111');
    await she.say('菜市场门口的斑马线被摊贩占了，老人过马路只能走机动车道');
    await she.say('建议城管把摊位挪到市场里面');
    expect(await she.say('预览')).not.toContain('老公的手机');
  });

  it('does not take a meeting notice passed on for a report', async () => {
    const him = new ChatDriver(() => app, 'forward-1', '转发');
    const reply = await him.say('转给大家看看\n【转发】关于召开全市政协信息工作会议的通知\n定于4月2日下午在市政协二楼会议室召开，请各支部派1人参加。\n联系人：办公室 刘秘书 13872800002');
    expect(reply).not.toContain('填写社情民意');
  });
});
