import { describe, expect, it } from 'vitest';
import { isCancel } from '../src/conversation/dialog/escapes.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { consentSpans } from '../src/opinions/intake/consent.ts';
import { extractFields, withoutDecoration } from '../src/opinions/intake/extract.ts';

describe('greetings, sign-offs and remarks around the matter', () => {
  it.each([
    '就这些，辛苦小助手了，国庆愉快😊',
    '好啦，辛苦辛苦',
    '中了，就这，俺打字慢，见谅啊',
    '你们这个小助手真好用，比以前跑腿强多了',
    '行不行啊这个机器人？俺先试试',
    '我直接发全文哈',
    '（以上内容均属实，可核查）',
    '发了，不知道格式对不对，你们看着整理吧',
    '内容如下',
    '唔该晒！',
    '俺打字慢，见谅啊',
  ])('leaves nothing of %s', (text) => {
    expect(withoutDecoration(text)).toBe('');
  });

  it('keeps thanks and hardship that are part of the story', () => {
    expect(withoutDecoration('环卫工人干活很辛苦，居民都说要谢谢他们')).toBe('环卫工人干活很辛苦，居民都说要谢谢他们');
  });

  it('drops a formal letter’s lead-in with 将', () => {
    expect(withoutDecoration('尊敬的领导：现将近期走访了解到的情况报告如下：西关的路灯坏了半年')).toBe('西关的路灯坏了半年');
  });

  it('leaves the lead-in with the introduction it follows, never making that line the title', () => {
    const fields = extractFields('尊敬的市政协办公室：\n您好！本人系文化艺术界委员骆长庚，现将有关情况反映如下。\n我市的竹编技艺传承人只剩四位。\n为此建议：文旅局设立非遗传承补贴。');
    expect(fields.title ?? '').not.toContain('骆长庚');
    expect(fields).toMatchObject({ name: '骆长庚', sector: '文化艺术' });
  });
});

describe('who the member is, with what they do and for how long', () => {
  it.each<[string, object]>([
    ['我是民进的周丽，退休前在一中教书，当了三届委员了。我们小区门口的路灯坏了', { name: '周丽', sector: '民进', rest: '我们小区门口的路灯坏了' }],
    ['我是工商联界的新委员郑强，做物流的，想说个事', { name: '郑强', sector: '工商联', rest: '想说个事' }],
    ['我是吴敏，农业界的，在镇上种了十多年茶。说说茶园的事', { name: '吴敏', sector: '农业', rest: '说说茶园的事' }],
    ['我是台盟的陈美玲，嫁到这边十五年了 想反映社情民意', { name: '陈美玲', sector: '台盟', rest: '想反映社情民意' }],
    ['我是文艺界的委员郭平，搞摄影的，这届是第二次当委员了。有个情况', { name: '郭平', rest: '有个情况' }],
  ])('%s', (text, expected) => {
    expect(extractContact(text)).toMatchObject(expected);
  });
});

describe('consent and giving up, in more everyday forms', () => {
  it('reads 写名儿没事儿 and Cantonese 写我个名 as yes', () => {
    expect(consentSpans('写名儿没事儿').map((s) => s.signed)).toEqual([true]);
    expect(consentSpans('电话13728416650，可以写我个名').map((s) => s.signed)).toEqual([true]);
    // 吴语 "署名好个" (好的).
    expect(consentSpans('我叫钱惠芬，环境资源界个，手机号码13962318870，署名好个').map((s) => s.signed)).toEqual([true]);
  });

  it('takes a choice closed by a particle inside a voice run-on, and what the name is for, out of the story', () => {
    const text = '我是民建市委副主委孔德明想反映一个情况不署名啊名字就是给你们备个案现在我们市的个体工商户办理经营场所变更登记还要去现场核验一趟';
    const [span] = consentSpans(text);
    expect(span?.signed).toBe(false);
    expect(text.slice(span!.start, span!.end)).toBe('不署名啊名字就是给你们备个案');
  });

  it('gives up when the matter is already in hand, thanks after it', () => {
    expect(isCancel('我听邻居说社区已经在弄了 那就算了不报了 谢谢您啊')).toBe(true);
  });
});
