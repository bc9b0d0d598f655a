import type { Tokenizer } from '../retrieval/tokenizer.ts';

/**
 * Whether two questions ask the same thing, for staff answers ("提案怎么写" and "提案应该怎么写？")
 * and for grouping the questions the bot declined. Both are compared as read (filler dropped,
 * colloquial words in the reports' words, years written out): by their content words, weighted by
 * how much each says, and by what they ask for (a count, a how-to, a time…), which must agree.
 */
export interface QuestionPrint {
  words: Map<string, number>;
  asks: string;
  /** Years, other numbers and places: "十堰…2023年" and "武汉…2024年" are different questions however alike. */
  anchors: string;
}

const ASKS: Array<[string, RegExp]> = [
  ['how', /怎么|怎样|如何|咋|办法|流程|步骤/u],
  ['count', /多少|几[^乎]|多大|多长|多久|比例/u],
  ['when', /什么时候|何时|哪天|哪一?年|几月|几号|时间/u],
  ['list', /哪些|哪几|有什么|包括/u],
  ['who', /谁|哪位|哪个单位|哪个部门/u],
  ['why', /为什么|为何/u],
  ['yes-no', /吗|能否|是否|能不能|可不可以|可以不|会不会|有没有|算不算/u],
];

export function printOf(text: string, tokenizer: Pick<Tokenizer, 'words' | 'synonyms' | 'informativeness' | 'namesAPlace'>): QuestionPrint {
  const words = new Map<string, number>();
  const places = new Set<string>();
  for (const word of tokenizer.words(text)) {
    if (/^\d+$/u.test(word)) continue;
    if (tokenizer.namesAPlace(word)) places.add(word.replace(/(?:市|县|区)$/u, ''));
    const canonical = tokenizer.synonyms(word)[0] ?? word;
    const weight = Math.max(0.15, tokenizer.informativeness(word)) * ([...word].length === 1 ? 0.5 : 1);
    words.set(canonical, Math.max(words.get(canonical) ?? 0, weight));
  }
  const asks = kindsAsked(text).join(',');
  const numbers = [...text.matchAll(/\d+/gu)].map((m) => m[0]);
  return { words, asks, anchors: [...numbers, ...places].sort().join(',') };
}

/** What a question asks for: a how-to, a count, a time, a list, a person, a reason, a yes or no. */
export function kindsAsked(text: string): string[] {
  return ASKS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

/** 0 to 1: weighted overlap of content words, 0 when they ask for different things. */
export function similarity(a: QuestionPrint, b: QuestionPrint): number {
  if (a.asks !== b.asks || a.anchors !== b.anchors) return 0;
  let shared = 0;
  let total = 0;
  for (const word of new Set([...a.words.keys(), ...b.words.keys()])) {
    const wa = a.words.get(word) ?? 0;
    const wb = b.words.get(word) ?? 0;
    shared += Math.min(wa, wb);
    total += Math.max(wa, wb);
  }
  return total === 0 ? 0 : shared / total;
}

export interface QuestionGroup<T> {
  /** The first member's text stands for the group. */
  items: T[];
}

/**
 * Greedy grouping: each question joins the first group whose first question is at least
 * `threshold` alike, else starts a group. Groups come largest first.
 */
export function groupSimilar<T>(items: T[], printOfItem: (item: T) => QuestionPrint, threshold: number): Array<QuestionGroup<T>> {
  const groups: Array<{ head: QuestionPrint; items: T[] }> = [];
  for (const item of items) {
    const print = printOfItem(item);
    const home = groups.find((g) => similarity(g.head, print) >= threshold);
    if (home) home.items.push(item);
    else groups.push({ head: print, items: [item] });
  }
  return groups.sort((a, b) => b.items.length - a.items.length).map(({ items: members }) => ({ items: members }));
}
