import type { Embeddings } from '@langchain/core/embeddings';
import type { Passage } from '../answering/types.ts';
import type { Logger } from '../log.ts';
import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { analyzeQuery, type QueryAnalysis } from './query-analysis.ts';

export interface Retrieval {
  analysis: QueryAnalysis;
  passages: Passage[];
}

export interface RetrieverOptions {
  /** Candidates taken from each of the keyword and vector searches before fusion. */
  candidates?: number;
  /** Reciprocal-rank-fusion constant. */
  rrfK?: number;
}

/**
 * Keyword (BM25 over jieba words) and vector search fused by reciprocal rank. A question that
 * names cities searches each city's documents separately, so a comparison draws on both.
 */
export class HybridRetriever {
  private readonly candidates: number;
  private readonly rrfK: number;
  /**
   * The graph-walk filter of each large city, made once: a city's chunk list is the same array on
   * every question, and a Set of its 45k ids made per question cost more than the walk (100k chunks).
   */
  private readonly filters = new WeakMap<Int32Array, (id: number) => boolean>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly embeddings: Embeddings,
    options: RetrieverOptions = {},
    private readonly log?: Logger,
  ) {
    this.candidates = options.candidates ?? 40;
    this.rrfK = options.rrfK ?? 30;
  }

  async retrieve(question: string, limit = 5): Promise<Retrieval> {
    const text = normalizeQuery(question);
    const analysis = analyzeQuery(text, this.kb);
    const tokens = this.kb.tokenizer.tokens(text).flatMap((t) => this.kb.tokenizer.synonyms(t));
    const vector = await this.embedQuery(text);

    const groups = analysis.cities.length > 0 ? analysis.cities.map((city) => this.kb.chunksOfCity(city)) : [undefined];
    const perGroup = groups.map((within) => this.withNeighbors(this.search(tokens, vector, within, analysis), limit));
    // A comparison gets its passages from each city it names.
    const passages = interleave(perGroup, perGroup.reduce((n, g) => n + g.length, 0));
    return { analysis, passages };
  }

  /** A remote embedding service that fails must not cost the member the answer: keywords still work. */
  private async embedQuery(text: string): Promise<number[] | null> {
    try {
      return await this.embeddings.embedQuery(text);
    } catch (error) {
      this.log?.warn({ err: error }, 'query embedding failed; searching by keywords only');
      return null;
    }
  }

  private search(tokens: string[], vector: number[] | null, within: Int32Array | undefined, analysis: QueryAnalysis): Passage[] {
    const fused = new Map<number, number>();
    const addRanks = (hits: Array<{ id: number }>, weight: number) =>
      hits.forEach((hit, rank) => fused.set(hit.id, (fused.get(hit.id) ?? 0) + weight / (this.rrfK + rank + 1)));
    addRanks(this.kb.bm25.search(tokens, this.candidates, within), 1);
    if (vector) addRanks(this.vectorSearch(vector, within), 0.7);

    const passages: Passage[] = [];
    for (const [id, score] of fused) {
      const chunk = this.kb.chunks.get(id);
      if (!chunk) continue;
      const doc = this.kb.doc(chunk);
      passages.push({ chunk, doc, score: score * preference(doc.id, doc.year, chunk.section, chunk.text, analysis) });
    }
    return passages.sort((a, b) => b.score - a.score);
  }

  /**
   * The best passages, then the chunks beside the top ones in the same section: a section's
   * answer often sits one chunk away from the chunk that matched its words.
   */
  private withNeighbors(ranked: Passage[], limit: number): Passage[] {
    const top = ranked.slice(0, limit);
    const seen = new Set(top.map((p) => p.chunk.id));
    const extra: Passage[] = [];
    for (const passage of top.slice(0, NEIGHBOR_SOURCES)) {
      for (const delta of [-1, 1]) {
        const chunk = this.kb.neighbor(passage.chunk, delta);
        if (chunk && !seen.has(chunk.id)) {
          seen.add(chunk.id);
          extra.push({ chunk, doc: passage.doc, score: passage.score * 0.9 });
        }
      }
    }
    return [...top, ...extra];
  }

  /** One city's few chunks are compared exactly; a large subset walks the graph with a filter. */
  private vectorSearch(vector: number[], within: Int32Array | undefined) {
    if (!within) return this.kb.vectors.search(vector, this.candidates);
    if (within.length <= EXACT_SEARCH_LIMIT) return this.kb.vectors.searchAmong(vector, within, this.candidates);
    let allowed = this.filters.get(within);
    if (!allowed) {
      // A byte per chunk id (ids are dense: 100 KiB at 100k chunks) answers faster than a Set.
      let largest = 0;
      for (const id of within) largest = Math.max(largest, id);
      const member = new Uint8Array(largest + 1);
      for (const id of within) member[id] = 1;
      allowed = (id) => member[id] === 1;
      this.filters.set(within, allowed);
    }
    return this.kb.vectors.search(vector, this.candidates, allowed);
  }
}

/** A question naming a year or a document prefers passages that match it. */
/** Up to this many chunks, a city's chunks are compared one by one rather than through the graph. */
const EXACT_SEARCH_LIMIT = 5000;

/** How many of the best passages lend their neighbours. */
const NEIGHBOR_SOURCES = 3;

const HOW_TO_SECTION = /怎样|怎么|如何|流程|步骤|程序|方法/;

function preference(docId: string, docYear: number | undefined, section: string, text: string, analysis: QueryAnalysis): number {
  let factor = 1;
  // A "how do I" question prefers a how-to section of the rules.
  if (analysis.asksHow && HOW_TO_SECTION.test(section)) factor *= 1.3;
  if (analysis.docIds.includes(docId)) factor *= 1.5;
  for (const year of analysis.years) {
    if (docYear === year || text.includes(String(year))) factor *= 1.2;
  }
  return factor;
}

/** Round-robin over per-city rankings so each named city is represented near the top. */
function interleave(groups: Passage[][], limit: number): Passage[] {
  if (groups.length === 1) return groups[0]!.slice(0, limit);
  const out: Passage[] = [];
  const seen = new Set<number>();
  for (let rank = 0; out.length < limit && groups.some((g) => rank < g.length); rank++) {
    for (const group of groups) {
      const passage = group[rank];
      if (passage && !seen.has(passage.chunk.id) && out.length < limit) {
        seen.add(passage.chunk.id);
        out.push(passage);
      }
    }
  }
  return out;
}
