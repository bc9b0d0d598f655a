import type { Span } from './cut-spans.ts';
import { isMobile } from './phone.ts';

/**
 * Given a mobile and a landline, the mobile reaches the member ("Tel：0719-…  Mob：139…"), unless
 * the member says to use the other line: "白天找我打座机", "电话留我的座机吧", "以办公室电话为准"
 * ("打我座机0719-… 或者手机139…" offers both: the mobile still).
 */
const LANDLINE_CHOSEN =
  /(?<!别|不|不要|不用|莫|没)(?:打|留|用|写|拨|找)(?:我)?的?(?:办公室|单位|家里)?的?(?:座机|固话|固定电话|办公电话)(?![^。；;！!\n]{0,20}(?:或者?|或是|还有)[^。；;！!\n]{0,4}手机)|(?:座机|固话|办公室电话|单位电话)(?:为准|优先|好找|更好找)/u;

const BRACKETED = /[（(][^（）()]*[）)]/gu;

/** Whether `found` should replace the number read before it. */
export function isBetterPhone(found: string, before: string | undefined, message: string): boolean {
  if (before === undefined) return true;
  // Two mobiles: the one the member says to call ("打第一个就行", "…是我单位的，不常在身边，有事打159…").
  if (isMobile(found) && isMobile(before)) return mobileChosen(found, before, message) === found;
  // "tel 155 2719 0043 (工作时间打座机 0719-…)": a line offered in brackets is an aside to the number given.
  return LANDLINE_CHOSEN.test(message.replace(BRACKETED, '')) ? isMobile(before) && !isMobile(found) : !isMobile(before) && isMobile(found);
}

/** Which line to use said in a clause of its own ("白天找我打座机"): about the contact, no story. */
const LINE_CHOICE =
  /(?<=^|[，,。；;！!\s])(?:电话|联系电话)?(?:白天|晚上|平时|上班时间?|有事)?(?:找我|联系我)?(?:就|还是|这次|这回)?(?:打|留|用|拨)(?:我)?的?(?:办公室|单位|家里)?的?(?:座机|固话|手机|办公室电话|单位电话)(?:吧|就行|就好|为准)?(?=$|[，,。；;！!\n])/gu;

/** "（工作时间打座机 0719-…）", "(白天打办公室)": a bracket saying when to use which line. */
const LINE_NOTE =
  /[（(][ \t]*(?:工作时间|上班时间|办公时间|白天|晚上|平时|周末|节假日)?(?:请|可以?)?(?:打|拨|找我打)(?:我的?)?(?:办公室|单位|家里)?的?(?:座机|固话|手机|办公电话|电话)?[ \t:：]*[\d\s\-－]{0,16}[)）]/gu;

export function lineChoiceSpans(text: string): Span[] {
  return [...text.matchAll(LINE_CHOICE), ...text.matchAll(LINE_NOTE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The number said of as rarely to hand ("是我单位的，不常在身边"), or the one said to call. */
const RARELY_TO_HAND = /^[，,\s]*(?:是)?(?:我的?)?(?:单位|办公室|家里|工作)?的?[，,\s]*(?:不常在身边|不在身边|不常用|不太用|不怎么用|很少用|经常打不通|打不通|不常开机)/u;
const CALL_THIS = /(?:有事|平时|最好|还是|就)?(?:打|用|联系|拨)(?:这个|这个号|我)?[:：\s]*$/u;

function mobileChosen(found: string, before: string, message: string): string {
  const plain = message.normalize('NFKC').replace(/[\s-]/gu, '');
  if (/(?:打|用|留|联系)第一个|第一个(?:就行|为准|常用)/u.test(plain)) return before;
  if (/(?:打|用|留|联系)第二个|第二个(?:就行|为准|常用)/u.test(plain)) return found;
  const digits = (phone: string) => phone.replace(/\D/gu, '');
  const beforeEnds = plain.indexOf(digits(before)) + digits(before).length;
  const foundStarts = plain.indexOf(digits(found));
  if (RARELY_TO_HAND.test(plain.slice(beforeEnds, beforeEnds + 16)) || CALL_THIS.test(plain.slice(Math.max(0, foundStarts - 8), foundStarts))) return found;
  return before;
}
