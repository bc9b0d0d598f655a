import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';

describe('what the member does, said with who they are', () => {
  it.each<[string, string]>([
    ['杨建军，工商联的，做装修的。老旧小区改造完了楼道里又挂满了飞线', '老旧小区改造完了楼道里又挂满了飞线'],
    ['我是致公党的 Zhang Wei 张伟，做跨境电商的。我们产业园有30多家跨境电商企业', '我们产业园有30多家跨境电商企业'],
    ['我是台盟的許家豪，在本市開了間咖啡店。台胞用台胞證無法實名註冊', '台胞用台胞证无法实名注册'],
  ])('%s', (said, story) => {
    expect(extractContact(said).rest).toBe(story);
  });

  it('stays in the story when nobody was introduced', () => {
    expect(extractContact('我在社区医院工作，发现很多老人不会用自助机').rest).toBe('我在社区医院工作，发现很多老人不会用自助机');
  });
});

describe('a number said of 他 in the story', () => {
  it('is his, not the member’s', () => {
    const fields = extractFields('县道塌方了一段 我跟交通站的刘站长反映过好几次 他电话13617196230 每次都说没钱');
    expect(fields.phone).toBeUndefined();
    expect(fields.situation).toContain('他电话13617196230');
  });
});

describe('the name said a few clauses after the sector', () => {
  it.each<[string, string, string]>([
    ['我是少数民族界的委员 土家族 向秀英 在竹山县宝丰镇开农家乐的', '向秀英', '土家族 在竹山县宝丰镇开农家乐的'],
    ['我是民盟的退休老师 姓陈 耳东陈 陈素芬', '陈素芬', ''],
    ['环资界委员 鲁国栋 报个情况 堵河库区又冒出来十几处网箱养鱼', '鲁国栋', '报个情况 堵河库区又冒出来十几处网箱养鱼'],
  ])('%s', (said, name, rest) => {
    expect(extractContact(said)).toMatchObject({ name, rest });
  });

  it('reads 名字叫 over a closing 祝好', () => {
    expect(extractContact('您好！我是对外友好界的委员，在旅行社做入境游，名字叫黎思敏。景区只收微信支付宝。同意署名。祝好！').name).toBe('黎思敏');
  });
});

describe('words that start with a surname', () => {
  it('does not read 远远不够 closing a sentence as the reporter', () => {
    expect(extractContact('每次两个小时，远远不够。有的孩子家在山区').name).toBeUndefined();
  });

  it('does not read Hubei 莫 (don\'t) closing a suggestion as the reporter', () => {
    expect(extractContact('建议把路面早点修好，莫拖。').name).toBeUndefined();
    expect(extractContact('我叫莫小军，民盟的').name).toBe('莫小军');
  });

  it('still reads a given name with 不 in it', () => {
    expect(extractContact('我叫王不凡，民盟的').name).toBe('王不凡');
  });
});

describe('an introduction run into the story by voice', () => {
  it.each<[string, string, string, string]>([
    ['我一个退休的水利工程师 九三学社的 张建国 说个事：清潩河城区段建了很多亲水平台', '张建国', '九三学社', '清潩河城区段建了很多亲水平台'],
    ['我科协的 在疾控搞水质检测 叫谭晓军 今年夏季我们抽检了42个供水点', '谭晓军', '科协', '今年夏季我们抽检了42个供水点'],
  ])('%s', (said, name, sector, rest) => {
    expect(extractContact(said)).toMatchObject({ name, sector, rest });
  });
});

describe('the name right after the post the member holds', () => {
  it('reads it, with the sector said straight after', () => {
    expect(extractContact('给予住房补贴我是县一中的校长龚建华教育界的电话一五八零七二六三九一八')).toMatchObject({ name: '龚建华', sector: '教育', phone: '15807263918', rest: '给予住房补贴' });
  });

  it('leaves a person of the story named with a post', () => {
    expect(extractContact('我是县医院的医生，张主任说没办法').name).toBeUndefined();
  });
});

describe('a name and sector run together at the end', () => {
  it('signs the message', () => {
    expect(extractContact('建议医保局加快开通。刘芳芳民盟有事打我电话 15090717263')).toMatchObject({ name: '刘芳芳', sector: '民盟', phone: '15090717263', rest: '建议医保局加快开通。' });
  });
});
