/**
 * A rule that introduces a list ("分为以下八类：") is answered by the list's item names, so
 * "有哪些类别" gets "经济发展、民生保障、……" and not the first item's fine print.
 */
const ITEM = /^[（(][一二三四五六七八九十\d]+[)）]\s*|^\d+[.、]\s*/u;
const MAX_HEAD_CHARS = 14;
/** An item led by the intro's quoted words names itself in its first clause, which is longer. */
const MAX_LED_HEAD_CHARS = 20;
const LEAD_QUOTED = /([两二三四五六七八九十]|\d{1,2})(?:个|项|大|条)?[“"]([^”"]{2,8})[”"]\s*[：:]\s*$/u;

export function introducesList(sentence: string): boolean {
  return /[：:]\s*$/u.test(sentence.trim());
}

/** The intro line followed by the names of the items in the lines after it, or null if none. */
export function summarizeList(intro: string, followingLines: string[]): string | null {
  const heads: string[] = [];
  // "全面做到四个“深刻把握”:": each item is a paragraph opening with the words quoted.
  const quoted = LEAD_QUOTED.exec(intro);
  const lead = quoted?.[2];
  for (const line of followingLines.filter((l) => l.trim() !== '')) {
    const led = lead !== undefined && line.trim().startsWith(lead);
    if (!ITEM.test(line) && !led) break;
    const body = line.replace(ITEM, '');
    const head = body.split(/[：:；;，,。]/u)[0]!.replace(/[“”"]/g, '').trim();
    const most = led ? MAX_LED_HEAD_CHARS : MAX_HEAD_CHARS;
    heads.push([...head].length <= most ? head : `${[...head].slice(0, most).join('')}…`);
  }
  if (heads.length === 0) return null;
  // A list the passage holds only the start of says so: "四个…：甲、乙、丙等。"
  const counted = quoted?.[1];
  const cut = counted !== undefined && (HAN_COUNTS[counted] ?? Number(counted)) > heads.length ? '等' : '';
  return `${intro.trim().replace(/[：:]\s*$/u, '：')}${heads.join('、')}${cut}。`;
}

/** A list's intro with its item names after the colon, as summarizeList writes it. */
export function summarizesAList(sentence: string): boolean {
  return /：[^：]*、[^：]*、/u.test(sentence);
}

export function isListItem(line: string): boolean {
  return ITEM.test(line);
}

/** "三大中心分别是啥", "哪三个平台": so many things of one kind, each to be named. */
export interface KindAsked {
  count: number;
  /** The word each item ends with ("中心"). */
  kind: string;
}

const COUNT_WORD = '[两二三四五六七八九十]|\\d{1,2}';
const KIND_ASKED = [
  new RegExp(`(${COUNT_WORD})(?:大|个|项|类|种|家)?(\\p{Script=Han}{1,4}?)(?:分别|都|各|又)?(?:是|叫|指|有|包括)(?:什么|啥|哪些|哪几|哪(?:${COUNT_WORD}))`, 'u'),
  new RegExp(`哪(${COUNT_WORD})(?:大|个|项|类|种|家)(\\p{Script=Han}{1,4}?)(?:[？?。！!，,\\s]|是|呢|啊|呀|$)`, 'u'),
];
const HAN_COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function kindAsked(question: string): KindAsked | undefined {
  for (const pattern of KIND_ASKED) {
    const m = pattern.exec(question);
    if (m) return { count: HAN_COUNTS[m[1]!] ?? Number(m[1]), kind: m[2]! };
  }
  return undefined;
}

/**
 * The things of the kind a sentence names clause by clause ("以市太和医院为主体建设区域疑难危重症
 * 中心,以市人民医院为主体建设区域生殖医学中心,……"): what the clauses say in common before them
 * ends at its last word that names no thing ("建设"), and each item is what follows it up to the kind.
 */
export function itemsOfKind(sentence: string, kind: string, tokenizer: { words(text: string): string[]; namesAThing(word: string): boolean }): string[] {
  const items = itemsEndingIn(sentence, kind, tokenizer);
  // "三个医疗中心" of "区域生殖医学中心": the kind's head word ("中心") ends the items.
  const head = tokenizer.words(kind).at(-1);
  return items.length > 0 || !head || head === kind ? items : itemsEndingIn(sentence, head, tokenizer);
}

function itemsEndingIn(sentence: string, kind: string, tokenizer: { words(text: string): string[]; namesAThing(word: string): boolean }): string[] {
  const heads = sentence
    .split(/[，,；;、。]/u)
    .filter((clause) => clause.includes(kind))
    .map((clause) => clause.slice(0, clause.indexOf(kind) + kind.length));
  if (heads.length < 2) return [];
  const common = longestCommonPart(heads);
  const anchor = tokenizer.words(common).filter((w) => !tokenizer.namesAThing(w)).at(-1) ?? common;
  if (!anchor) return [];
  const items = heads.map((head) => head.slice(head.lastIndexOf(anchor) + anchor.length).replace(/^[“"《]/u, ''));
  return items.every((item) => item.length > kind.length && item.length <= MAX_HEAD_CHARS) && new Set(items).size === items.length ? items : [];
}

/** The longest text every string holds (the strings are clauses: a few dozen characters). */
function longestCommonPart(texts: string[]): string {
  const [first, ...rest] = texts;
  let best = '';
  for (let from = 0; from < first!.length; from++) {
    for (let to = first!.length; to > from + best.length; to--) {
      const part = first!.slice(from, to);
      if (rest.every((t) => t.includes(part))) {
        best = part;
        break;
      }
    }
  }
  return best;
}

/** "（三）已编报：已编入…": the item's label, the word it defines. */
const ITEM_LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.、])\s*([^，,。；;：:]{1,12})[：:]/u;

/**
 * How well a sentence answers what a word means ("已编报是啥意思"): the list item defining it scores,
 * over the list naming it among others. When the words whose meaning is asked are known (`meant`,
 * "从已受理变成已编报了 编报是个么意思"), an item defining another word is no answer, and the word said
 * without 已 still names its item. Words are matched as said, not by synonym (编报 is not 提交).
 */
export function meaningFit(sentence: string, meant: ReadonlyArray<{ word: string }>, terms: ReadonlyArray<{ word: string }>): number {
  const label = ITEM_LABEL.exec(sentence)?.[1]?.trim();
  if (label === undefined) return 0;
  if (meant.length === 0) return terms.some((t) => t.word === label) ? 0.4 : 0;
  return meant.some((t) => t.word === label || `已${t.word}` === label) ? 0.4 : -0.3;
}
