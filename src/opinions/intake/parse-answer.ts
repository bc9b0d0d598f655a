import { isOpinionCategory, OPINION_CATEGORIES, type OpinionCategory, type OpinionFields } from '../types.ts';
import { fieldProblem, PHONE_PROBLEM } from './limits.ts';
import { findPhone, isValidPhone } from './phone.ts';

/** Reading one answer to one question the dialog asked. */

export type FieldAnswer<K extends keyof OpinionFields> = { value: OpinionFields[K] } | { error: string };

/** The numbered list members pick a category from; numbers follow OPINION_CATEGORIES. */
export const CATEGORY_MENU = OPINION_CATEGORIES.map((category, i) => `${i + 1}.${category}`).join(' ');

const SIGNED_ERROR = '请回复“同意”或“不同意”。';
const CATEGORY_ERROR = `没有找到这个类别，请回复名称或序号：${CATEGORY_MENU}`;
const EMPTY_ERROR = '这一项还没有内容，请再输入一次。';

/** Short forms members use for a category. */
const CATEGORY_ALIASES: ReadonlyArray<readonly [string, OpinionCategory]> = [
  ['经济', '经济发展'], ['营商', '经济发展'], ['产业', '经济发展'], ['企业', '经济发展'],
  ['民生', '民生保障'], ['社保', '民生保障'], ['养老', '民生保障'], ['就业', '民生保障'],
  ['治理', '社会治理'], ['社会', '社会治理'], ['社区', '社会治理'], ['安全', '社会治理'],
  ['生态', '生态环境'], ['环境', '生态环境'], ['环保', '生态环境'],
  ['教育', '教育文化'], ['文化', '教育文化'], ['文旅', '教育文化'], ['体育', '教育文化'],
  ['医疗', '医疗卫生'], ['卫生', '医疗卫生'], ['医卫', '医疗卫生'], ['卫健', '医疗卫生'],
  ['城建', '城乡建设'], ['交通', '城乡建设'], ['城乡', '城乡建设'], ['建设', '城乡建设'], ['住建', '城乡建设'],
  ['其它', '其他'],
];

const CHINESE_DIGITS = '一二三四五六七八';

/** Full-width forms, spaces and punctuation say nothing about the answer. */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}]/gu, '').toLowerCase();
}

/** 是/同意/可以/好 → true; 否/不同意/不/匿名 → false; anything else is not an answer. */
export function parseSigned(text: string): boolean | undefined {
  const answer = normalize(text);
  // Negatives first: 不同意 contains 同意.
  if (/^(?:否|不|no?$|别)|不同意|不愿意|匿名|不署名/.test(answer)) return false;
  if (/^(?:是|同意|可以|好|愿意|行|署名|对|嗯|yes|y$|ok)/.test(answer)) return true;
  return undefined;
}

/** A category by name, short form (民生 → 民生保障) or number in the menu (1–8). */
export function parseCategory(text: string): OpinionCategory | undefined {
  const answer = normalize(text).replace(/类$/, '');
  if (isOpinionCategory(answer)) return answer;
  const number = /^第?([1-8一二三四五六七八])(?:项|个|号)?$/.exec(answer)?.[1];
  if (number) return OPINION_CATEGORIES[/\d/.test(number) ? Number(number) - 1 : CHINESE_DIGITS.indexOf(number)];
  const named = OPINION_CATEGORIES.find((category) => answer.includes(category));
  if (named) return named;
  // The alias written earliest wins: 交通安全 is about 交通.
  let best: { at: number; category: OpinionCategory } | undefined;
  for (const [alias, category] of CATEGORY_ALIASES) {
    const at = answer.indexOf(alias);
    if (at >= 0 && (!best || at < best.at)) best = { at, category };
  }
  return best?.category;
}

type Parsers = { [K in keyof OpinionFields]: (text: string) => FieldAnswer<K> };

function text<K extends 'title' | 'situation' | 'suggestion' | 'name' | 'sector'>(field: K) {
  return (answer: string): FieldAnswer<K> => {
    const value = answer.trim();
    const problem = fieldProblem(field, value);
    return problem ? { error: problem } : { value };
  };
}

const PARSERS: Parsers = {
  title: text('title'),
  situation: text('situation'),
  suggestion: text('suggestion'),
  name: text('name'),
  sector: text('sector'),
  category: (answer) => {
    const category = parseCategory(answer);
    return category ? { value: category } : { error: CATEGORY_ERROR };
  },
  phone: (answer) => {
    const value = isValidPhone(answer) ? answer.trim() : findPhone(answer);
    return value ? { value } : { error: PHONE_PROBLEM };
  },
  signed: (answer) => {
    const signed = parseSigned(answer);
    return signed === undefined ? { error: SIGNED_ERROR } : { value: signed };
  },
};

/** Reads the member's answer to the question about `field`. */
export function parseFieldAnswer<K extends keyof OpinionFields>(field: K, answer: string): FieldAnswer<K> {
  if (answer.trim() === '') return { error: EMPTY_ERROR };
  const parse: (text: string) => FieldAnswer<K> = PARSERS[field];
  return parse(answer);
}
