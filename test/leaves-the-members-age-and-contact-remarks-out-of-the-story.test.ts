import { describe, expect, it } from 'vitest';
import { consentSpans } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { withoutStoryAsides } from '../src/opinions/intake/story-asides.ts';

const consent = (text: string) => consentSpans(text).map((span) => [text.slice(span.start, span.end), span.signed]);

describe('who the member is, told with their age', () => {
  it('takes the age after the name out with the introduction, and leaves where they live in the story', () => {
    const found = extractContact('我是农工党的退休医生吴桂英今年七十一了住在张湾区花果街道 我们楼道的灯坏了半年');
    expect(found).toMatchObject({ name: '吴桂英', rest: '住在张湾区花果街道 我们楼道的灯坏了半年' });
  });
});

describe('who the member is, told with what they do before their name', () => {
  it('takes the sector, the work and the name out together', () => {
    const found = extractContact('学位太少 我是九三学社的委员 在市一中当校长 叫郑岚 我们学校也缺老师');
    expect(found).toMatchObject({ name: '郑岚', sector: '九三学社' });
    expect(found.rest).not.toMatch(/郑岚|当校长/u);
  });
});

describe('remarks about the contact details', () => {
  it.each([
    ['a bracketed note about leaving the number first', '公交站没有遮雨棚。（电话我先留一下，怕等下忘了）老人下雨天只能站着淋雨。', '公交站没有遮雨棚。老人下雨天只能站着淋雨。'],
    ['an offer to be called, and a tag question to the bot', '路口没有红绿灯 要得不，你们有事找我，早上车特别多', '路口没有红绿灯 早上车特别多'],
  ])('leaves out %s', (_, text, kept) => {
    expect(withoutStoryAsides(text)).toBe(kept);
  });

  it('leaves out what the member asks done with the text', () => {
    expect(withoutStoryAsides('这个当社情民意报一下，建议装上防盗螺丝')).toBe('建议装上防盗螺丝');
  });

  it('keeps a bracket that belongs to the story', () => {
    expect(withoutStoryAsides('城南路（学府街口）没有红绿灯')).toBe('城南路（学府街口）没有红绿灯');
  });
});

describe('consent said in passing', () => {
  it.each([
    ['署名无所谓', true],
    ['我这个不用署名了', false],
    ['sign OK', true],
    ['sign no', false],
    ['签我名字就行', true],
  ])('reads “%s”', (text, signed) => {
    expect(consent(text)).toEqual([[text, signed]]);
  });
});

describe('the lead-in to the member number, once the number is taken out', () => {
  it.each([
    ['建议每个路口都装上监控，详细情况可以联系我13912345678', '建议每个路口都装上监控'],
    ['菜场周边乱停车严重 有啥问题打 139 1234 5678', '菜场周边乱停车严重'],
    ['有三个村缺水，具体哪几个村你们要核实的话可以电话问我13912345678，天旱的时候只能拉水', '有三个村缺水，天旱的时候只能拉水'],
  ])('leaves out the lead-in in "%s"', (text, kept) => {
    const found = extractContact(text);
    expect(found.phone?.replace(/\s/gu, '')).toBe('13912345678');
    expect(found.rest.trim()).toBe(kept);
  });

  it('keeps a hotline the story tells of', () => {
    const found = extractContact('打12345反映了三次没人管，具体情况可以联系我13912345678');
    expect(found.rest).toContain('打12345反映了三次没人管');
  });
});

describe('contact details said as a run of short pieces', () => {
  it.each([
    ['a labelled name, a party and a phone', '名字就写刘玉梅 民盟的 手机13971234567', { name: '刘玉梅', sector: '民盟', phone: '13971234567' }],
    ['a bare name and sector, then when to call', '郑国强 九三学社 13612345678 最好下午打', { name: '郑国强', sector: '九三学社', phone: '13612345678' }],
    ['a sector alone, then where the member is', '民建的 电话15912345678 这两天在外地 打不通就发短信', { sector: '民建', phone: '15912345678' }],
  ])('reads %s, leaving nothing for the story', (_, text, expected) => {
    const found = extractContact(text);
    expect(found).toMatchObject(expected);
    expect(found.rest.trim()).toBe('');
  });

  it('takes only the words on when to call off the end of a story', () => {
    const found = extractContact('村口的桥塌了一半 我叫陶文华 电话13812345678 晚上七点以后打');
    expect(found.rest).toContain('村口的桥塌了一半');
    expect(found.rest).not.toContain('七点以后');
  });

  it('leaves a story with a number in it to the story', () => {
    const found = extractContact('小区门口的早餐店占道 店主说不服可以打13812345678找他');
    expect(found.rest).toContain('早餐店占道');
  });
});
