import { toSimplified } from '../knowledge/normalize/simplified.ts';

/**
 * One form for every chat message before it is read: full-width letters and digits as ASCII
 * (１３８ → 138), Traditional characters as Simplified, no zero-width or bidi control characters,
 * Unix line breaks. Chinese punctuation (，。：？) is kept as written, so a member's story is
 * stored in their own punctuation; readers accept both forms.
 */

/** Zero-width, soft hyphen, bidi controls and the byte-order mark: invisible, never meant. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/**
 * Full-width ASCII letters and digits, the separators ／ ｜ ＠ (no Chinese punctuation), and CJK
 * compatibility ideographs: NFKC maps them one to one.
 */
const COMPATIBLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0f\uff5c\uff20\uf900-\ufaff]/gu;

export function normalizeMessage(text: string): string {
  const plain = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(INVISIBLE, '')
    .replace(COMPATIBLE, (c) => c.normalize('NFKC'))
    // An ideographic space is a space; a full-width plus or dash inside a number is ASCII.
    .replace(/\u3000/gu, ' ')
    .replace(/＋(?=\d)/gu, '+')
    .replace(/(?<=\d)－(?=\d)/gu, '-');
  return toSimplified(plain);
}
