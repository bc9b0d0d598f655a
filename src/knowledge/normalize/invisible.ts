/**
 * Canonical Unicode (NFC, so decomposed tone marks and compatibility ideographs match),
 * Unix line breaks, no control or zero-width characters, and one kind of space.
 * NFKC is not used because it would also turn Chinese punctuation such as ，into ASCII.
 */
export function stripInvisible(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, '');
}
