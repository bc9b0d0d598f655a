import { describe, expect, it } from 'vitest';
import { consentSpans } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { phoneWithCorrectedEnd } from '../src/opinions/intake/phone.ts';
import { withoutRemarksOnTheTelling } from '../src/opinions/intake/remarks-on-the-telling.ts';
import { moreDigits } from '../src/opinions/dialog/split-messages.ts';
import { figureRetold } from '../src/opinions/dialog/figure-retold.ts';

const consent = (text: string) => consentSpans(text).map((span) => [text.slice(span.start, span.end), span.signed]);

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
    const found = extractContact('我本名刘秀梅，座机0719-5221456（工作日），手机15172650931');
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

describe('self-introductions said in passing', () => {
  it('takes what the member does, their line of work and name out of a voice run-on', () => {
    const found = extractContact('建议卫健委给村卫生室配上除颤仪我是行医的医卫口的叫龚丽萍电话幺三九七一零二六六八八');
    expect(found).toMatchObject({ name: '龚丽萍', sector: '医药卫生', phone: '13971026688', rest: '建议卫健委给村卫生室配上除颤仪' });
  });

  it('reads the sector said with 我们 right after the name', () => {
    const found = extractContact('建议延长公交末班车 我叫邹建平我们民进的电话13886713320');
    expect(found).toMatchObject({ name: '邹建平', sector: '民进', rest: '建议延长公交末班车' });
  });

  it('reads the party the member speaks for in the story, and leaves the sentence there', () => {
    const text = '我们九三学社去年在丹江口调研了库区移民的就业，四成青壮年外出打工。';
    expect(extractContact(text)).toMatchObject({ sector: '九三学社', rest: text });
  });

  it('takes the workplace and department said after the name', () => {
    expect(extractContact('我邓志军，市中医院骨伤科的，电话13972651180')).toMatchObject({ name: '邓志军', rest: '' });
  });

  it.each([
    ['how long they have lived here', '我是台盟的许雅婷，在这里生活十二年了。社保卡异地就医结算还是不方便。', '社保卡异地就医结算还是不方便。'],
    ['how long they have been retired', '我是搞教育的，教育界，退休快十年了', ''],
  ])('leaves out %s', (_, text, rest) => {
    expect(extractContact(text).rest).toBe(rest);
  });

  it('keeps a count of people after the introduction in the story', () => {
    const found = extractContact('我是农业界的，退休五年了。我们村卫生室3个村医，其中2个快七十了');
    expect(found).toMatchObject({ sector: '农业', rest: '我们村卫生室3个村医，其中2个快七十了' });
  });

  it('takes the workplace and post lines of a pasted contact block out of the body', () => {
    const fields = extractFields('社区食堂只在工作日开放，周末老人没饭吃。\n\n建议：周末错峰开放半天。\n\n联系人：严晓峰\n单位：区民政局养老科\n职务：科长\n界别：社会福利界\n手机：137-1923-6640');
    expect(fields).toMatchObject({ name: '严晓峰', situation: '社区食堂只在工作日开放，周末老人没饭吃。', suggestion: '周末错峰开放半天。' });
  });

  it('still reads a sector from the 单位 line when no 界别 line is given', () => {
    expect(extractContact('路面塌了\n反映人：孟凡\n单位：民盟十堰市委会')).toMatchObject({ name: '孟凡', sector: '民盟', rest: '路面塌了' });
  });
});

describe('consent and remarks said inside a run-on', () => {
  it('takes consent said with 这个…没问题 at the end, and its 这个 with it', () => {
    expect(consent('建议税务部门简化小微企业退税手续这个用我名字报没问题')).toEqual([['这个用我名字报没问题', true]]);
  });

  it('leaves someone else using the name in the story', () => {
    expect(consent('有人冒用我名字报了个假材料')).toEqual([]);
  });

  it('leaves out a remark that the message is passed on as it came', () => {
    expect(withoutRemarksOnTheTelling('网友写给我的，我原封不动转给你，“小区门口天天堵车”')).toBe('网友写给我的，“小区门口天天堵车”');
  });
});

describe('a figure typed the wrong way round', () => {
  it('puts the figure right when the member says it was typed back to front', () => {
    expect(figureRetold({ situation: '共发出问卷318份，收回了两百多份' }, '问卷是381份，打反了')?.situation).toBe('共发出问卷381份，收回了两百多份');
  });
});
