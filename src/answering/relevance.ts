import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';

export interface Term {
  word: string;
  weight: number;
  /** The word and its declared synonyms: any of them counts as the word. */
  forms: string[];
  /** Shorter words inside a long one, for partial credit ("汉味汉产" → 汉味, 汉产). */
  parts: string[];
}

/** Words that only shape a question ("哪个", "召开了") and say nothing about its subject. */
const FRAME_WORDS = new Set(
  '下来 一年下来 以后 之后 一般 通常 能 能够 可以 们 给 但 但是 去 来 要 想 我 我们 还 还想 多久 多长时间 多长 哪里 哪儿 在哪 在哪里 谁 是谁 哪位 何时 为何 是不是 能否 可以 需要 应该 主题 内容 情况 工作 方面 活动 组织 开展 举办 召开 推进 推动 进行 相关 具体 主要 哪些 什么 怎么样 怎样 如何 为什么 时候 什么时候 名字 叫 叫什么 获得 得到 荣誉 一共 总共 多大 各 各是 各自 更 最 年 月 日 市政协 政协 多 次 件 期 篇 名 场 条 个 项'.split(' '),
);

/** "几次", "多少件": the shape of the answer, not its subject. */
const QUANTITY_ASK = /^(?:几|多少)\p{Script=Han}?$/u;

/** A declared synonym is nearly, not quite, the word asked about. */
const SYNONYM_CREDIT = 0.8;

/** Share of a long word's weight that its parts earn when the word itself is absent. */
const PART_CREDIT = 0.8;

/**
 * The question's content words weighted by rarity in the knowledge base. A word the
 * knowledge base never uses weighs as much as its rarest word: a question about "天气" is
 * not covered by passages that merely share "武汉".
 */
export function questionTerms(analysis: QueryAnalysis, kb: KnowledgeBase): Term[] {
  const maxIdf = Math.log(1 + kb.bm25.size);
  const weightOf = (word: string) => (kb.bm25.documentFrequency(word) === 0 ? maxIdf : kb.bm25.idf(word));
  const terms = new Map<string, Term>();
  for (const word of kb.tokenizer.words(analysis.text)) {
    if (terms.has(word) || FRAME_WORDS.has(word) || QUANTITY_ASK.test(word) || analysis.cities.some((c) => word.startsWith(c) || c.startsWith(word))) continue;
    if (/^\d+$/.test(word) && analysis.years.includes(Number(word))) continue;
    const forms = kb.tokenizer.synonyms(word);
    const weight = Math.min(...forms.map(weightOf)) * kb.tokenizer.informativeness(word) * ([...word].length === 1 ? 0.4 : 1);
    const parts = [...word].length > 2 ? kb.tokenizer.tokens(word).filter((p) => p !== word && [...p].length >= 2) : [];
    terms.set(word, { word, weight, forms, parts });
  }
  return [...terms.values()];
}

/** How much of one term the text holds: 1, a share through its parts, or 0. */
export function termCredit(term: Term, text: string): number {
  if (text.includes(term.word)) return 1;
  if (term.forms.some((form) => text.includes(form))) return SYNONYM_CREDIT;
  if (term.parts.length === 0) return 0;
  return (PART_CREDIT * term.parts.filter((p) => text.includes(p)).length) / term.parts.length;
}

/** Share of the question's weight whose words the text contains. */
export function coverage(terms: Term[], text: string): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return 0;
  return terms.reduce((sum, t) => sum + t.weight * termCredit(t, text), 0) / total;
}
