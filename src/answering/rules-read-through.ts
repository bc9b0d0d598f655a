import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { coverage, type Term } from './relevance.ts';
import type { Passage } from './types.ts';

/** Rules the search ranked low that a case told before the ask still reads, at most this many… */
const RULES_READ_THROUGH = 3;
/** …each holding this share of the question's weight. */
const RULE_READ_COVERAGE = 0.5;

/**
 * The member's story ranks the passages that speak of the story, while the rule for such a case
 * may rank low ("井盖丢了晚上贼危险 我在小助手上报了 还用干啥不" → 第三十五条). The rules are a few
 * dozen articles: each is read.
 */
export function rulesTheSearchMissed(kb: KnowledgeBase, terms: Term[], found: Passage[]): Array<Omit<Passage, 'score'>> {
  const held = new Set(found.map((p) => p.chunk.id));
  return kb
    .rulePassages()
    .filter((p) => !held.has(p.chunk.id))
    .map((rule) => ({ rule, covers: coverage(terms, `${rule.doc.title} ${rule.chunk.section} ${rule.chunk.text}`) }))
    .filter((p) => p.covers >= RULE_READ_COVERAGE)
    .sort((a, b) => b.covers - a.covers)
    .slice(0, RULES_READ_THROUGH)
    .map((p) => p.rule);
}

/**
 * The rules holding the sentences members ask about in the question's words
 * (knowledge/rule-questions.txt), which the search over the rules' own words may miss.
 */
export function rulesAskedSo(kb: KnowledgeBase, askedSo: ReadonlySet<string>): Array<Omit<Passage, 'score'>> {
  return askedSo.size === 0 ? [] : kb.rulePassages().filter((p) => [...askedSo].some((anchor) => p.chunk.text.includes(anchor)));
}

/** The passages found, then the rules not among them, ranked after every one found. */
export function withRules(found: Passage[], rules: Array<Omit<Passage, 'score'>>): Passage[] {
  const held = new Set(found.map((p) => p.chunk.id));
  return [...found, ...rules.filter((p) => !held.has(p.chunk.id)).map((p) => ({ ...p, score: 0 }))];
}
