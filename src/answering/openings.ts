import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { Passage } from './types.ts';

/**
 * The passages with the opening of each of their documents after them: "报告是谁作的 哪位领导"
 * is answered by the byline under a report's title, which words of the question ("领导") may keep
 * out of the passages retrieved.
 */
export function withOpenings(kb: KnowledgeBase, passages: Passage[]): Passage[] {
  const held = new Set(passages.map((p) => p.chunk.id));
  const docs = [...new Map(passages.map((p) => [p.doc.id, p.doc])).values()];
  const openings = docs.flatMap((doc) => {
    const first = kb.chunksOf(doc.id)[0];
    return first && !held.has(first.id) ? [{ chunk: first, doc, score: 0 }] : [];
  });
  return [...passages, ...openings];
}
