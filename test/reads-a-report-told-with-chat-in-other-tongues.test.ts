import { describe, expect, it } from 'vitest';
import { readPreviewReply } from '../src/opinions/dialog/preview-reply.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { isOnlyAsides } from '../src/opinions/intake/story-asides.ts';
import { readYesNo } from '../src/shared/yes-no.ts';

describe('a yes in English at the preview', () => {
  it('confirms with English words around the Chinese, each word counted once', () => {
    expect(readYesNo('Looks great, 就这样吧')).toBe('yes');
    expect(readPreviewReply('lgtm 提交吧').kind).toBe('confirm');
    expect(readYesNo('not good')).toBeNull();
  });
});

describe('who reports it, in Cantonese or the old way', () => {
  it('reads 嘅 before 委员 and after an organisation as 的', () => {
    expect(extractContact('我系工商联嘅委员，我叫陈国伟')).toMatchObject({ sector: '工商联', name: '陈国伟' });
  });

  it('reads 姓X名Y as the name', () => {
    expect(extractContact('本人经济界委员，姓欧名晓阳')).toMatchObject({ sector: '经济', name: '欧晓阳' });
  });
});

describe('asides said with a laugh or a particle', () => {
  it('takes a worry about being a nuisance, laughed off, as no part of the story', () => {
    expect(isOnlyAsides('嘿嘿您不会嫌我烦吧')).toBe(true);
  });

  it('takes consent closed by 哦', () => {
    expect(readConsent('可以署名哦')).toBe(true);
  });
});

describe('the member’s own work, said in passing', () => {
  it('is no part of the story, unless it introduces who reports it', () => {
    expect(isOnlyAsides('我是开书店的')).toBe(true);
    expect(isOnlyAsides('我在银行上班')).toBe(true);
    expect(isOnlyAsides('有不清楚的再问我')).toBe(true);
    expect(isOnlyAsides('我们小区在城东')).toBe(false);
    expect(extractContact('我是做律师的，民盟，我叫孔令华')).toMatchObject({ sector: '民盟', name: '孔令华' });
  });
});
