import type { Tokenizer } from '../retrieval/tokenizer.ts';

/**
 * A figure asked of a part of something the reports count as a whole: by each of its divisions
 * ("各个区分别多少件") or of one group within it ("企业界委员自己捐了多少", "其中民生类几件").
 * A sentence giving only the whole is no answer to either.
 */
export type PartAsked = { by: string } | { of: string[] };

const FIGURE_ASK = '[^，,。？?！!；;]{0,12}?(?:多少|几[^乎])';

/** "各个区分别多少件", "各县各自几个", "各个界别提了多少件": a figure for each division. */
const EACH_DIVISION = new RegExp(`(?:各个|每个|每一个|各)(\\p{Script=Han}{1,3}?)(?:分别|各自)${FIGURE_ASK}|各个(\\p{Script=Han}{1,3}?)${FIGURE_ASK}`, 'u');

/** "每位主席会议成员各下了几次": each person's own figure ("每位委员能提几件" asks a rule's, without 各). */
const EACH_PERSON = new RegExp(`(?:每位|每名|每一位|每个人)(\\p{Script=Han}{0,8}?)(?:各|分别|各自)${FIGURE_ASK}`, 'u');

/** "哪个界别提得最多", "哪个县报得最多": the division ranked first, which only figures for each or a ranking say. */
const WHICH_MOST = /(?:哪个|哪一个|哪家)([^，,。？?！!；;\s]{1,12}?)最(?:多|少|高|低|大)/u;

/** "企业界委员自己捐了多少", "其中民生类的有几件": the group the figure is asked of. */
const GROUP_OWN = new RegExp(`(\\p{Script=Han}{2,8}?)(?:自己|自个儿|本身|单独)${FIGURE_ASK}`, 'u');
const GROUP_WITHIN = /其中(\p{Script=Han}{2,12}?)的?(?:有|占|是)?(?:多少|几[^乎])/u;
/** "光委员企业捐了多少", "单是民革提了几件": a figure of that group alone. */
const GROUP_ONLY = new RegExp(`(?:光|单是|单|只算|仅)(\\p{Script=Han}{2,8}?)(?:就|自己)?(?=捐|提|交|报|有|占|办|开|搞|花|投|出)${FIGURE_ASK}`, 'u');
/** "十堰政协委员里 女委员有多少人": the group named after the whole it is part of. */
const GROUP_IN = /(?:里面|当中|中间|里(?!面))[，,\s]*(\p{Script=Han}{2,8}?)的?(?:有|占|是)?(?:多少|几[^乎])/u;

/** Words that say who or what in general, which every sentence about the committee would hold. */
const GENERAL = /^(?:我|你|他|她|咱|我们|你们|他们|咱们|政协|市政协|委员|委员们|的|方面|类|里|里面|这些|那些|这|那|个|人|单位|一共|总共|光|就|还|都)$/u;

export function partAsked(text: string, cities: string[], tokenizer: Pick<Tokenizer, 'words' | 'namesAThing'>): PartAsked | undefined {
  // "各个专委会一共搞了多少次" asks the total after all.
  const total = /一共|总共|总计|合计|加起来/u.test(text);
  const each = total ? null : EACH_DIVISION.exec(text);
  // Of the words after 哪个, the first names the division ("界别提得最多" → 界别).
  const most = WHICH_MOST.exec(text)?.[1];
  const person = total ? null : EACH_PERSON.exec(text);
  const division = each?.[1] ?? each?.[2] ?? (person ? person[1] || '人' : undefined) ?? (most ? tokenizer.words(most)[0] : undefined);
  // "许昌和常熟各自多少": the cities are compared, each answered by its own sentence.
  if (division && !cities.some((city) => city.includes(division) || division.includes(city))) return { by: division };
  // "2642万里头，光委员企业捐了多少": only that group, said as a whole.
  const only = total ? null : GROUP_ONLY.exec(text)?.[1];
  if (only && !GENERAL.test(only)) return { of: [only] };
  const group = GROUP_OWN.exec(text) ?? GROUP_WITHIN.exec(text) ?? GROUP_IN.exec(text);
  if (!group) return undefined;
  // The last words before 自己 name the group ("救灾捐款里企业界委员" → 企业界); the scene before 里 does not.
  const said = group[1]!.split(/里面?|中间?|当中/u).at(-1)!;
  // Only the nouns name it: "转到全国政协的" is said "转送全国政协" as readily.
  const words = tokenizer.words(said).filter((w) => tokenizer.namesAThing(w) && !GENERAL.test(w) && !cities.some((city) => w.includes(city)));
  if (words.length > 0) return { of: words };
  // "女委员": a qualifier on a general word names the group only as a whole ("廊坊市政协自己确定了几件":
  // a city's committee is the one asked about, on its own, no group within it).
  const phrase = said.replace(/的$/u, '');
  const parts = tokenizer.words(phrase);
  const ofACity = parts.slice(0, -1).every((w) => cities.some((city) => w.includes(city)));
  return parts.length > 1 && GENERAL.test(parts.at(-1)!) && !parts.every((w) => GENERAL.test(w)) && !ofACity ? { of: [phrase] } : undefined;
}

/**
 * Whether the sentence gives the part asked: figures for several of the divisions, each named
 * ("江岸区…件、江汉区…件"), or the group itself said with its figure.
 */
export function givesThePart(sentence: string, part: PartAsked, forms: (word: string) => string[]): boolean {
  if ('by' in part) {
    const figures = sentence.match(/\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+(?=[个件篇项名人次家条])/gu) ?? [];
    return (figures.length >= 2 && sentence.split(part.by).length > 2) || RANKED_FIRST.test(sentence.split(part.by).slice(1).join(part.by));
  }
  return part.of.every((word) => forms(word).some((form) => saidOnItsOwn(sentence, form)));
}

/** A division said to lead ("…界别提案数量最多", "居全市首位"), after it is named. */
const RANKED_FIRST = /最(?:多|少|高|低|大)|居首|首位|第一/u;

/** Words joining donors or doers into one figure ("各级委员和委员企业捐款捐物2642万元"). */
const JOINED_BEFORE = /(?:和|、|及|与|以及|同)$/u;
const JOINED_AFTER = /^(?:和|、|及|与|以及|同|等)/u;

/** The group said with a figure of its own, not as one of several sharing it. */
function saidOnItsOwn(sentence: string, form: string): boolean {
  for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
    if (!JOINED_BEFORE.test(sentence.slice(0, at)) && !JOINED_AFTER.test(sentence.slice(at + form.length))) return true;
  }
  return false;
}
