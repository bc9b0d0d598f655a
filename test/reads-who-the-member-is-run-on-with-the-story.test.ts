import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { readIntent } from '../src/opinions/dialog/intents.ts';

describe('an introduction voice input runs on from the story', () => {
  it('sets the introduction after the last words of the story apart', () => {
    const read = extractContact('建议街道把小区门口的路灯修好再装两个监控我是郑立新 民盟的');
    expect(read).toMatchObject({ name: '郑立新', sector: '民盟' });
    expect(read.rest).toBe('建议街道把小区门口的路灯修好再装两个监控');
  });

  it('reads a sector run on after the name, with the phone spoken', () => {
    const read = extractFields('建议教育局给乡村学校配心理老师 就这些我是第一中学的韩雪九三学社的电话一三八七一二三四五六七可以署名');
    expect(read).toMatchObject({ name: '韩雪', sector: '九三学社', phone: '13871234567', signed: true });
    expect(read.suggestion).not.toContain('韩雪');
  });

  it('keeps a sector name that merely holds a shorter one whole', () => {
    expect(extractContact('我是新闻出版界的陶然 电话13912345678 我们走访了几个社区书屋')).toMatchObject({ name: '陶然', sector: '新闻出版' });
  });
});

describe('an organisation and a title instead of a sector', () => {
  it('reads roles listed before the name as one introduction', () => {
    expect(extractContact('我是市工商联副主席、宏达物流的庞伟，代表商会反映个事')).toMatchObject({ name: '庞伟', sector: '工商联', rest: '代表商会反映个事' });
  });

  it('reads a sector with a title in a clause of its own', () => {
    expect(extractContact('骆斌，工商联执委，电话 177 1234 5678。反映个事')).toMatchObject({ name: '骆斌', sector: '工商联' });
  });

  it('reads the body in brackets with its level', () => {
    expect(extractContact('联系人：祁红（市妇联） 手机：158 1234 5678')).toMatchObject({ name: '祁红', sector: '妇联' });
  });
});

describe('Wu and how to be reached', () => {
  it('reads Wu 个 as 的 after a sector and in consent', () => {
    expect(extractContact('我姓顾，顾明华，民进个，电话189 1234 5678。')).toMatchObject({ name: '顾明华', sector: '民进' });
    expect(readConsent('名字可以写个')).toBe(true);
  });

  it('leaves "有事打我电话就行，号码你们有" out of the story', () => {
    expect(extractFields('建议卫健局给村卫生室设最低库存。有事打我电话就行，号码你们有').suggestion).toBe('建议卫健局给村卫生室设最低库存。');
  });
});

describe('a start phrase after a greeting run on', () => {
  it('starts the report', () => {
    expect(readIntent('喂你好啊我想放映个社情民意就是我们村口的桥裂了')).toMatchObject({ kind: 'start' });
  });
});

describe('the body a report is sent for and a number put right', () => {
  it('reads the sector of the body that entrusted the report', () => {
    expect(extractFields('受民盟市委会教育支部委托报送\n关于中小学课后服务的建议\n课后服务收费各校不一。\n建议：教育局统一标准。\n报送人：庄静 手机15872651234')).toMatchObject({ sector: '民盟', name: '庄静' });
  });

  it('takes the number put right, and leaves how it went wrong out of the story', () => {
    const read = extractFields('刚才手机号写错了 是13912345687 后两位反了');
    expect(read).toEqual({ phone: '13912345687' });
  });
});

describe('"以上是我反映的情况" closing a voice report before the signature', () => {
  it('stands for the pause before the signature, run on or not', () => {
    const runOn = extractFields('江边步道的路灯坏了一大半晚上散步的人摔了好几个建议城管尽快把路灯修好以上是我反映的情况我是卢志刚民进的电话13971245508同意署名');
    expect(runOn).toMatchObject({ name: '卢志刚', sector: '民进', phone: '13971245508', signed: true });
    expect(runOn.suggestion).toBe('建议城管尽快把路灯修好');
    const labelled = extractFields('乡镇卫生院缺儿科医生 孩子发烧要跑几十里 建议卫健委定期派儿科医生下乡坐诊 以上是我要反映的问题 反映人谭秀英 农工党的 电话一三六 二七一八 四四零九 不署名');
    expect(labelled).toMatchObject({ name: '谭秀英', sector: '农工党', phone: '13627184409', signed: false });
    expect(`${labelled.situation}${labelled.suggestion}`).not.toMatch(/以上|农工党/u);
  });
});
