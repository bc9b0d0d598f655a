import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { readConsent } from '../src/opinions/intake/consent.ts';

describe('署名 followed by a one-word yes', () => {
  it.each(['署名行', '署名中', '署名成'])('%s', (text) => {
    expect(readConsent(text)).toBe(true);
  });

  it('ends a contact line without hiding the name and sector', () => {
    expect(extractContact('鲁建华 民进 电话13971234567 署名行')).toMatchObject({ name: '鲁建华', sector: '民进', phone: '13971234567', signed: true });
  });
});
