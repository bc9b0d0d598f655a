/**
 * "我有三个问题想反映": the member counts their own things exactly, where the rules speak of them
 * as several ("涉及几个问题的", "反映多个问题"). Such a sentence is about the member's case.
 */
const EXACT_COUNT = /(?:[两二三四五六七八九十]|(?<!\d)[2-9])\s*([个件项条篇份])(\p{Script=Han}{2})/gu;

export function speaksOfSeveralAsked(question: string, sentence: string): boolean {
  return [...question.matchAll(EXACT_COUNT)].some(([, unit, noun]) => new RegExp(`(?:几|多|数|若干)${unit}?${noun}`, 'u').test(sentence));
}
