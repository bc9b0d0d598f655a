import { describe, expect, it } from 'vitest';
import { readChoice } from '../src/opinions/dialog/consent-at-preview.ts';
import { consentSpans, readConsent } from '../src/opinions/intake/consent.ts';

describe('consent given with a shrug, by voice, or for the member alone', () => {
  it.each(['署名不署名都行', '署不署名都无所谓', '写不写名字都可以'])('%s is a yes', (text) => {
    expect(readConsent(text)).toBe(true);
    expect(readChoice(text, false)).toBe(true);
  });

  it('reads 书名 after 同意 as voice input of 署名', () => {
    expect(readConsent('可以书名')).toBe(true);
    expect(readConsent('这本书的书名')).toBeUndefined();
  });

  it('reads naming only the member as consent, beside who is not to be named', () => {
    expect(consentSpans('署名写我的名字就行，那位李大夫就不用写了').at(0)?.signed).toBe(true);
  });

  it('still reads a refusal', () => {
    expect(readConsent('不署名')).toBe(false);
  });
});

describe('a go-ahead led by 那', () => {
  it.each(['好的 那提交吧', '那就提交吧', '行 那就这样吧', '好的 那就这么报吧'])('%s submits what the preview shows', (text) => {
    expect(readChoice(text, false)).toBe('confirm');
  });
});
