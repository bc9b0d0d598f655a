import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** The situation and suggestion as the report would carry them. */
const body = (text: string) => {
  const fields = extractFields(text);
  return `${fields.situation ?? ''}${fields.suggestion ?? ''}`;
};

describe('which of the member’s numbers to use, said around it', () => {
  it('keeps the registered number pointed at by its last digits out of the story', () => {
    const text = '公园晚上九点以后灯全关了，上个月有位老人摔断了腿。建议把主步道的灯延长到晚上十一点。电话就打名单上尾号2468那个';
    expect(body(text)).not.toContain('尾号');
  });

  it('takes the new number and leaves the old one’s remark out', () => {
    const fields = extractFields('社区的妇女儿童之家平时锁着门。建议交给社会组织运营。这次电话留我新号 15997821043，原来那个不大用了');
    expect(fields.phone).toBe('15997821043');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('不大用了');
  });

  it('reads a number spoken apart after its lead, the other one set aside', () => {
    const fields = extractFields('篮球场晚上收费三十块一小时。建议工作日晚上免费开放。电话这次写我另一个手机 1 5 0 7 1 2 3 4 5 6 7 名单上那个号先不用');
    expect(fields.phone).toBe('15071234567');
    expect(`${fields.situation}${fields.suggestion}`).not.toMatch(/另一个|先不用/u);
  });

  it('takes a WeChat ID offered with the phone out of the story', () => {
    const text = '古镇只有一个公共厕所，节假日排队半小时。建议在古镇两头各建一座旅游厕所。有事加我微信 zhou_lin1975 或者打13607196623，我是致公党的周琳';
    expect(body(text)).not.toMatch(/微信|zhou_lin1975|或者打/u);
  });

  it('keeps a landline and a mobile apart, and takes the mobile', () => {
    expect(extractFields('反映人：马秀英（民进）\n联系电话：0719-8881234（办）13872556677（手机）').phone).toBe('13872556677');
  });
});

describe('a reporter who asks to stay unnamed with the start phrase', () => {
  it('is not signed, and the request is no story', () => {
    expect(extractFields('匿名反映一个情况 名字别写出去')).toEqual({ signed: false });
  });
});

describe('the details asked for, given with fillers and a slip', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('takes the name said after its label, never the filler before it', async () => {
    const m = new ChatDriver(() => app, 'fillers-1', '振宇');
    await m.say('我想反映社情民意');
    await m.say('本地招聘会来的大多是销售和餐饮岗位，学汽车的专业对口岗位很少，很多人毕业就去了外地。建议人社局联合企业每年办两次专场招聘会。');
    const preview = await m.say('哦好的 我想想啊 我是社科界的 电话是0719 哦不对 手机是13597863301 名字雷振宇');
    expect(preview).toContain('【反映人】雷振宇');
    expect(preview).toContain('13597863301');
  });
});

describe('details closing a run-on message', () => {
  it('reads the sector before the name, glued to the number', () => {
    const fields = extractFields('提个建议 背街小巷下水道一下雨就往外冒 建议县住建局把那段管网改造列进今年的计划 民进张伟13797821645');
    expect(fields).toMatchObject({ name: '张伟', sector: '民进', phone: '13797821645' });
    expect(fields.suggestion).toBe('建议县住建局把那段管网改造列进今年的计划');
  });

  it('reads 不署名 said twice before the introduction, and leaves both out', () => {
    const fields = extractFields('化工厂晚上偷偷排气 居民晚上都被熏醒了 建议环保部门晚上突击检查在厂区周边装在线监测设备匿名吧不用写我名字我是九三学社的吴敏电话13545713308');
    expect(fields).toMatchObject({ name: '吴敏', signed: false, phone: '13545713308' });
    expect(fields.suggestion).toBe('建议环保部门晚上突击检查在厂区周边装在线监测设备');
  });

  it('leaves out which line not to call', () => {
    const fields = extractFields('我是教育界的李红梅，办公电话0719-8665432转806，手机不方便接。学校晚自习十点下，公交九点半就收班了。建议公交集团在放学时段加开两趟夜班车。');
    expect(`${fields.situation}${fields.suggestion}`).not.toContain('不方便接');
  });
});
