/**
 * "我有三个问题想反映", "手上有三个事": the member counts their own things exactly, where the rules
 * speak of them as several ("涉及几个问题的", "反映多个问题"). Such a sentence is about the member's case.
 */
const EXACT_COUNT = /(?:[两二三四五六七八九十]|(?<!\d)[2-9])\s*[个件项条篇份](\p{Script=Han}{2})/gu;

export function speaksOfSeveralAsked(question: string, sentence: string): boolean {
  return [...question.matchAll(EXACT_COUNT)].some(([, noun]) => {
    // "三个事", "两件事情": a matter on hand is what the rules call a 问题.
    const nouns = noun!.startsWith('事') ? [noun!, '问题'] : [noun!];
    // "两件事情" is "几个问题" to the rules: any measure word will do.
    return nouns.some((n) => new RegExp(`(?:几|多|数|若干)[个件项条篇份]?${n}`, 'u').test(sentence));
  });
}
