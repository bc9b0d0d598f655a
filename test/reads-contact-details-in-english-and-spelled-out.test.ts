import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';

describe('contact details written in English, spelled out or put right as said', () => {
  it.each<[string, object]>([
    ['Sign: yes', { signed: true }],
    ['Sign: no', { signed: false }],
    ['I\'m 张艾米, 经济界, 电话 13607283519', { name: '张艾米', sector: '经济', phone: '13607283519' }],
    ['我叫张馨月 弓长张 温馨的馨 月亮的月 民进会员', { name: '张馨月', sector: '民进', rest: '' }],
    ['我是九三学社的 夏文涛 电话一三九七二八七六五三一 不对 最后是五三二', { name: '夏文涛', phone: '13972876532', rest: '' }],
    ['署名用鲍俊杰个人的名字就行', { signed: true, rest: '' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toMatchObject(expected);
  });
});

describe('consent with 好了', () => {
  it('reads 還是不要署名好了 as anonymous and 署名算了 still as no', () => {
    expect(extractContact('還是不要署名好了，謝謝')).toMatchObject({ signed: false });
    expect(extractContact('署名算了')).toMatchObject({ signed: false });
    expect(extractContact('署名好了')).toMatchObject({ signed: true });
  });
});
