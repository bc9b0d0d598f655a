import { describe, expect, it } from 'vitest';
import { isTypistAside } from '../src/opinions/dialog/typist-asides.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { readStartPhrase } from '../src/opinions/intake/start-phrase.ts';

describe('a phone number said again whole, in the same message', () => {
  it('keeps the number said last, in digits or by voice', () => {
    expect(extractContact('反映人：董亚楠 民进 电话13507198899 不是 打错了 是13507198889').phone).toBe('13507198889');
    expect(extractContact('我是文化界的程德胜电话是一三八七一九零二二四五不对不对是一三八七一九零二二五四同意署名').phone).toBe('13871902254');
  });
});

describe('how the member would be called, and the full name said after it', () => {
  it('takes the full name and leaves how to call them out', () => {
    expect(extractContact('俺是农工党哩，叫俺老孙就中，大名孙建国，电话13838457621')).toEqual({ rest: '', sector: '农工党', name: '孙建国', phone: '13838457621' });
  });
});

describe('a new number said at the preview without naming the field', () => {
  it('changes the phone', () => {
    expect(readCorrection('对了我换号了 现在用这个 15090788123 以后联系打这个', undefined, { phone: '13707190055' })).toEqual([{ field: 'phone', value: '15090788123' }]);
  });
});

describe('what comes before the report itself', () => {
  it('leaves thanks and apologies for the late hour out of the story', () => {
    expect(readStartPhrase('王秘书您好！辛苦了🙏 这么晚还打扰您。我想反映个事：竹山县城关镇的几个小学，午饭是统一配送的')).toEqual({ rest: '竹山县城关镇的几个小学，午饭是统一配送的' });
  });

  it('starts with the matter named first in 河北话', () => {
    expect(readStartPhrase('介个事儿俺得说道说道：俺们广阳区万庄镇有几个村冬天煤改气以后，燃气价格一涨再涨')).toEqual({ rest: '俺们广阳区万庄镇有几个村冬天煤改气以后，燃气价格一涨再涨' });
    expect(readStartPhrase('这个问题我想问一下')).toBeNull();
  });

  it('takes an older member asking not to be minded as said to the bot', () => {
    expect(isTypistAside('我今年七十六了 打字慢 你们别嫌烦')).toBe(true);
  });
});
