import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { phoneWithCorrectedEnd } from '../src/opinions/intake/phone.ts';
import { moreDigits } from '../src/opinions/dialog/split-messages.ts';

describe('phone numbers in unusual forms', () => {
  it('goes on with the digits of a number split by a dash over two bubbles', () => {
    expect(moreDigits('-6621')).toBe('6621');
    expect(moreDigits('－6621')).toBe('6621');
    expect(moreDigits('好的')).toBe('');
  });

  it('takes the member’s own number from brackets in the story and leaves the bracket tidy', () => {
    const found = extractContact('垃圾站的污水流到菜地里（我手机13687120456，现场视频也拍了），村民种的菜都不敢吃。');
    expect(found).toMatchObject({ phone: '13687120456', rest: '垃圾站的污水流到菜地里（现场视频也拍了），村民种的菜都不敢吃。' });
  });

  it('keeps the mobile when a landline for office hours is added in brackets', () => {
    const found = extractContact('我是科协的罗文斌，手机 139 7102 6688（上班时间打座机 0719-8261100）');
    expect(found).toMatchObject({ name: '罗文斌', sector: '科协', phone: '139 7102 6688', rest: '' });
  });

  it('still takes the landline the member chooses outside brackets', () => {
    expect(extractContact('座机0719-8261100，手机13971026688，白天打座机').phone).toBe('0719-8261100');
  });

  it('takes when a line is answered along with its number', () => {
    const found = extractContact('我本名是刘秀梅，座机0719-5221456（工作日），手机15172650931');
    expect(found).toMatchObject({ name: '刘秀梅', phone: '15172650931', rest: '' });
  });

  it('puts right the end of the number said with 最后是', () => {
    expect(phoneWithCorrectedEnd('13807192654', '号码错了，最后是2645')).toBe('13807192645');
    expect(phoneWithCorrectedEnd('13807192654', '最后是他自己去办的')).toBeUndefined();
  });
});

describe('other people’s numbers in the story', () => {
  it.each([
    ['a resident named before a bracketed number', '小区业主张桂兰（电话13593820176）说夜里根本睡不着。'],
    ['a shop owner with the number alone in brackets', '超市老板何志强(15807193320)跟我讲被罚了两回。'],
  ])('leaves %s in the story', (_, text) => {
    const found = extractContact(text);
    expect(found.phone).toBeUndefined();
    expect(found.rest).toBe(text);
  });

  it('takes a bracketed number that signs the message off', () => {
    expect(extractContact('建议尽快修复路灯。周海燕（13593820176）同意署名')).toMatchObject({ phone: '13593820176', signed: true });
  });
});
