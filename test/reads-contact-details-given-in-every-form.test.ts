import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readIntroduction } from '../src/opinions/intake/introduction.ts';
import { memberWrittenFor } from '../src/opinions/intake/written-for.ts';

const read = (text: string) => extractContact(text);

describe('introductions members write', () => {
  it.each([
    ['本人农工党员刘芳，在市妇幼工作，想反映一下', { name: '刘芳', sector: '农工党', rest: '想反映一下' }],
    ['我是许昌的文艺界委员，叫宋振华，联系电话15603742881，署名。', { name: '宋振华', sector: '文化艺术', phone: '15603742881', signed: true, rest: '' }],
    ['上客点我是许昌的委员王晓峰民盟的电话13849078562', { name: '王晓峰', sector: '民盟', phone: '13849078562', rest: '上客点' }],
    ['本人共青团界别 何思雨 手机 13617298054，同意署名。', { name: '何思雨', sector: '共青团', phone: '13617298054', signed: true, rest: '' }],
    ['先说明一下：同意署名，民盟韩雪，手机13107198854。', { name: '韩雪', sector: '民盟', signed: true, rest: '' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('signatures and labels', () => {
  it.each([
    ['建议集中治理。\n——社工 刘佳琪 社会福利界 电话18971245036 可以公开我的名字', { name: '刘佳琪', phone: '18971245036', signed: true, rest: '建议集中治理。' }],
    ['建议集中治理。\n—— 九三 老谭', { sector: '九三学社', rest: '建议集中治理。' }],
    ['建议严格审核。\n落款：致公党 欧阳晓峰\n2026年11月3日', { name: '欧阳晓峰', sector: '致公党' }],
    ['反映人 章静（立早章），新闻出版界，(+86)155-2719-6408，实名', { name: '章静', sector: '新闻出版', phone: '155-2719-6408', signed: true, rest: '' }],
    ['Contact me: 苗青（出版界）, mobile: 18627107733. OK to sign.', { name: '苗青', sector: '新闻出版', phone: '18627107733', signed: true, rest: '' }],
    ['Signed: 蔡文博（科技界）同意署名', { name: '蔡文博', sector: '科学技术', signed: true, rest: '' }],
    ['署名：肖国峰（民建）电话18627193504', { name: '肖国峰', sector: '民建', signed: true }],
    ['署名马丽娟，妇联界 13912345678', { name: '马丽娟', sector: '妇联', signed: true, rest: '' }],
    ['赵雨 港澳界\n微信号 zhaoyu_1985\n手机：18971452230', { name: '赵雨', phone: '18971452230', rest: '' }],
    ['联系人：黄国栋（科技界）\n办公室0719-8123456，手机18607194321', { name: '黄国栋', phone: '18607194321', rest: '' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('phones as typed', () => {
  it.each([
    ['我是教育界的卢晓燕，电话 1 3 9 7 2 8 0 4 1 5 6', '13972804156'],
    ['体育界 石磊 1527-190-3368', '1527-190-3368'],
    ['我是无党派的江海燕 电话一七七 7190 2351 不用署名', '177 7190 2351'],
    ['建议城西也筹集房源。有事call我17371924860，可以署名', '17371924860'],
  ])('%s', (text, phone) => {
    const found = read(text);
    expect(found.phone).toBe(phone);
    expect(found.rest).not.toMatch(/call|\d{4}/u);
  });
  it('keeps a number someone else answers in the story', () => {
    expect(read('打了物业办公室0719-8123456，没人接').phone).toBeUndefined();
  });
});

describe('consent in the member’s own words', () => {
  it.each([
    ['想反映个情况，不过别写我名字，怕小区里的人对号入座。', false, '想反映个情况'],
    ['建议增加保障性租赁住房。这条就别挂我名了。', false, '建议增加保障性租赁住房。'],
    ['对了名字要写吗？写吧没事，我是台联的丁一鸣，18772935106。', true, ''],
  ])('%s', (text, signed, rest) => {
    expect(read(text)).toMatchObject({ signed, rest });
  });
});

describe('written for someone else', () => {
  it('names the member a secretary or a relative writes for', () => {
    expect(memberWrittenFor('您好，我是市政协委员孙建国的秘书小林，受孙委员委托报送一条社情民意。')).toBe('孙建国');
    expect(read('我是市政协委员孙建国的秘书小林')).toMatchObject({ name: '孙建国', rest: '' });
    expect(read('您好，我替我爸发的。他是市政协委员刘德明，民革的。')).toMatchObject({ name: '刘德明', sector: '民革' });
    expect(read('孙委员是经济界的，联系电话13907186621，同意署名。')).toMatchObject({ sector: '经济', rest: '' });
  });
  it('keeps a number left first, before anything is told', () => {
    expect(readIntroduction('先留个电话 18162719904')).toEqual({ phone: '18162719904' });
  });
  it('does not take 我是张强的邻居 or a colleague’s nickname for a name', () => {
    expect(read('我是张强的邻居，他家漏水').name).toBeUndefined();
  });
});
