import { readYesNo } from '../../shared/yes-no.ts';
import { isOpinionCategory, OPINION_CATEGORIES, type OpinionCategory, type OpinionFields } from '../types.ts';
import { readConsent } from './consent.ts';
import { fieldProblem, PHONE_PROBLEM } from './limits.ts';
import { isNameInFrame, readPersonName } from './person-name.ts';
import { findPhone, isValidPhone, tidyPhone } from './phone.ts';
import { defaultSectors, matchSector, readSector } from './sectors.ts';

/** Reading one answer to one question the dialog asked. */

export type FieldAnswer<K extends keyof OpinionFields> = { value: OpinionFields[K] } | { error: string };

/** The numbered list members pick a category from; numbers follow OPINION_CATEGORIES. */
export const CATEGORY_MENU = OPINION_CATEGORIES.map((category, i) => `${i + 1}.${category}`).join(' ');

export const SIGNED_ERROR = '请回复“同意”或“不同意”。';
export const NAME_ERROR = '请告诉我反映人的真实姓名，例如“张建国”。';
export const SECTOR_ERROR = '没有认出这个界别。请回复您所在的界别，例如：民盟、九三学社、无党派人士、教育界、医药卫生界。';
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

/**
 * Consent phrases (可以用我的名字, 不要透露我的姓名), everyday yes and no (好的, 👍, 不用了), then
 * the first word of a longer answer (同意，……) → true / false; anything else is not an answer.
 */
export function parseSigned(text: string): boolean | undefined {
  const consent = readConsent(text);
  if (consent !== undefined) return consent;
  const yesNo = readYesNo(text);
  if (yesNo !== null) return yesNo === 'yes';
  const answer = normalize(text);
  // Negatives first: 不同意 contains 同意.
  if (/^(?:否|不|no?$|别)|不同意|不愿意|匿名|不署名/.test(answer)) return false;
  if (/^(?:是|同意|可以|好|愿意|行|署名|对|嗯|yes|y$|ok)/.test(answer)) return true;
  return undefined;
}

/** "这个归环保那块吧", "那就算社会治理吧", "算民生的吧": a message that only files the report under a category. */
const FILED_UNDER = /^(?:这个|这条|那就|那|就|应该|我看|我觉得)*(?:归|算|属于|选|就选|放|划到|归到)(?:到|在|是)?([^，,。！!？?\s]{2,6}?)(?:那块|那类|那一类|这块|这类|类|的)*(?:吧|哈|啊|嘛)?[。！!]?$/u;

export function categorySaid(text: string): OpinionCategory | undefined {
  const named = FILED_UNDER.exec(text.trim())?.[1];
  // ("归我们社区管" says who is in charge, not the category.)
  return named === undefined || /我|你|他|她|管(?!理)|负责/u.test(named) ? undefined : parseCategory(named);
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

const TITLE_AGAIN = '请给这条信息拟个标题，例如“关于……的建议”；也可以回复“你来定”，由我按内容拟一个。';
const NOT_A_TEXT = '这一项需要写几句话，请直接说说内容；不想写了可以回复“取消”。';

function text<K extends 'title' | 'situation' | 'suggestion'>(field: K) {
  return (answer: string): FieldAnswer<K> => {
    const value = answer.trim();
    // "好的", "同意", "嗯": an answer to some other question, never the text of a field.
    if (readYesNo(value) !== null || readConsent(value) !== undefined) return { error: field === 'title' ? TITLE_AGAIN : NOT_A_TEXT };
    const problem = fieldProblem(field, value);
    return problem ? { error: problem } : { value };
  };
}

const PARSERS: Parsers = {
  title: text('title'),
  situation: text('situation'),
  suggestion: text('suggestion'),
  // "我叫林晓东" is 林晓东; "我是民盟的" or "东哥" is no name and is asked again.
  name: (said) => {
    const answer = spacedName(withoutAnswerFrame(said));
    const name = readPersonName(answer) ?? unlistedName(answer) ?? wordName(answer);
    return name ? { value: name } : { error: NAME_ERROR };
  },
  // "九三的委员" is 九三学社; "港澳台侨界" is kept as written; anything else is asked again.
  sector: (answer) => {
    const sector = readSector(withoutAnswerFrame(answer));
    return sector ? { value: sector } : { error: SECTOR_ERROR };
  },
  category: (answer) => {
    const category = parseCategory(answer);
    return category ? { value: category } : { error: CATEGORY_ERROR };
  },
  phone: (answer) => {
    const value = isValidPhone(answer) ? tidyPhone(answer) : findPhone(answer);
    return value ? { value } : { error: PHONE_PROBLEM };
  },
  signed: (answer) => {
    const signed = parseSigned(answer);
    return signed === undefined ? { error: SIGNED_ERROR } : { value: signed };
  },
};

/** "就写教育吧", "算民盟的就行", "名字：刘芳": the words around an answer, not the answer. */
function withoutAnswerFrame(answer: string): string {
  return answer
    .trim()
    .replace(/^(?:(?:名字|姓名|界别)(?:是|叫)?[:：]|(?:那)?(?:就)?(?:写成|填成|写|填|记|算是|算))\s*/u, '')
    .replace(/(?:吧|就行|就好|就可以|可以|呗)[。！!~～]*$/u, '');
}

/** "刘 芳": a short name typed with a space between its characters. */
function spacedName(answer: string): string {
  return /^\p{Script=Han}(?: \p{Script=Han}){1,3}$/u.test(answer.trim()) ? answer.replace(/ /gu, '') : answer;
}

/** Reads the member's answer to the question about `field`. */
export function parseFieldAnswer<K extends keyof OpinionFields>(field: K, answer: string): FieldAnswer<K> {
  if (answer.trim() === '') return { error: EMPTY_ERROR };
  const parse: (text: string) => FieldAnswer<K> = PARSERS[field];
  return parse(answer);
}

/** Asked for the name, "高洁": a surname and a given name that is also an everyday word. */
function wordName(answer: string): string | null {
  const said = answer.normalize('NFKC').trim().replace(/^(?:我叫|叫|我是)/u, '');
  // "金融", "文艺": a listed sector said without its 界 is the member misreading the question.
  if (readSector(said) || matchSector(`${said}界`, defaultSectors()) || readYesNo(said) !== null || readConsent(said) !== undefined) return null;
  return isNameInFrame(said) ? said : null;
}

/**
 * Asked for the name, "扎西次仁" or "我叫乌兰其其格，农业界": a name no surname list holds (Tibetan,
 * Mongolian, Uyghur names) is taken when it is all the answer says, four to six characters long.
 */
function unlistedName(answer: string): string | null {
  const match = /^(?:我叫|叫|我是)?(\p{Script=Han}{4,6})(?:[，,\s].*)?$/u.exec(answer.normalize('NFKC').trim());
  const name = match?.[1];
  if (!name || readSector(name) || readYesNo(name) !== null || readConsent(name) !== undefined) return null;
  // "这个还要填啊": pronouns, particles and everyday verbs are in remarks, not in names.
  return /不|没|匿名|保密|知道|方便|[这那个还要啊吧呢的了是都也我你他她么吗呀嘛哦就在填报说写]/u.test(name) ? null : name;
}
