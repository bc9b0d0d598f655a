import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';

export interface Term {
  word: string;
  weight: number;
}

/** Words that only shape a question ("哪个", "召开了") and say nothing about its subject. */
const FRAME_WORDS = new Set(
  '主题 内容 情况 工作 方面 活动 组织 开展 举办 召开 推进 推动 进行 相关 具体 主要 哪些 什么 怎么样 怎样 如何 为什么 时候 名字 叫 叫什么 获得 得到 荣誉 一共 总共 多大 各 自 更 最 年 月 日'.split(' '),
);

/**
 * The question's content words weighted by rarity in the knowledge base. A word the
 * knowledge base never uses weighs as much as its rarest word: a question about "天气" is
 * not covered by passages that merely share "武汉".
 */
export function questionTerms(analysis: QueryAnalysis, kb: KnowledgeBase): Term[] {
  const cityChars = new Set(analysis.cities);
  const maxIdf = Math.log(1 + kb.bm25.size);
  const words = new Map<string, number>();
  for (const word of kb.tokenizer.tokens(analysis.text)) {
    if (cityChars.has(word) || analysis.cities.some((c) => word.startsWith(c)) || FRAME_WORDS.has(word)) continue;
    if (/^\d+$/.test(word) && analysis.years.includes(Number(word))) continue;
    const idf = kb.bm25.documentFrequency(word) === 0 ? maxIdf : kb.bm25.idf(word);
    words.set(word, idf * (word.length === 1 ? 0.4 : 1));
  }
  // Search mode yields a long word and its parts: the parts count half, so a passage with
  // only "社情民意" still earns some of "社情民意信息".
  const list = [...words].map(([word, weight]) => ({ word, weight }));
  return list.map((t) => (list.some((o) => o.word.length > t.word.length && o.word.includes(t.word)) ? { ...t, weight: t.weight * 0.5 } : t));
}

/** Share of the question's weight whose words the text contains. */
export function coverage(terms: Term[], text: string): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return 0;
  const found = terms.reduce((sum, t) => sum + (text.includes(t.word) ? t.weight : 0), 0);
  return found / total;
}
