/** Letters a pinyin annotation is written with; a tone mark is required so English words in brackets survive. */
const LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u;
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})\\s*[(（]\\s*([${LETTERS}]{1,6}(?:\\s+[${LETTERS}]{1,6})*)\\s*[)）]`, 'gu');

/** `會(huì)` → `會`: ruby-style readings pasted into web text; real brackets such as (摘要) stay. */
export function stripPinyin(text: string): string {
  return text.replace(ANNOTATION, (whole, reading: string) => (TONED.test(reading) ? '' : whole));
}
