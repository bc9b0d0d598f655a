/** Okapi BM25 over pre-tokenized documents, held in memory and rebuilt at load. */
export class Bm25Index {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths = new Map<number, number>();
  private totalLength = 0;

  constructor(private readonly k1 = 1.2, private readonly b = 0.75) {}

  get size(): number {
    return this.lengths.size;
  }

  add(id: number, tokens: readonly string[]): void {
    if (this.lengths.has(id)) throw new Error(`chunk ${id} is already indexed`);
    for (const token of tokens) {
      let list = this.postings.get(token);
      if (!list) this.postings.set(token, (list = new Map()));
      list.set(id, (list.get(id) ?? 0) + 1);
    }
    this.lengths.set(id, tokens.length);
    this.totalLength += tokens.length;
  }

  /** Inverse document frequency; rare terms weigh more. 0 for unknown terms. */
  idf(token: string): number {
    const df = this.postings.get(token)?.size ?? 0;
    if (df === 0) return 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  documentFrequency(token: string): number {
    return this.postings.get(token)?.size ?? 0;
  }

  search(queryTokens: readonly string[], limit: number, filter?: (id: number) => boolean): Array<{ id: number; score: number }> {
    const scores = new Map<number, number>();
    const avgLength = this.totalLength / Math.max(1, this.size);
    for (const token of new Set(queryTokens)) {
      const list = this.postings.get(token);
      if (!list) continue;
      const idf = this.idf(token);
      for (const [id, tf] of list) {
        if (filter && !filter(id)) continue;
        const norm = tf + this.k1 * (1 - this.b + (this.b * (this.lengths.get(id) ?? 0)) / avgLength);
        scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return topK(scores, limit);
  }
}

/** The `limit` best entries without sorting every scored document (large corpora). */
export function topK(scores: Map<number, number>, limit: number): Array<{ id: number; score: number }> {
  const best: Array<{ id: number; score: number }> = [];
  let floor = -Infinity;
  for (const [id, score] of scores) {
    if (best.length >= limit && score <= floor) continue;
    best.push({ id, score });
    if (best.length > limit * 2) {
      best.sort(byScore);
      best.length = limit;
      floor = best[limit - 1]!.score;
    }
  }
  return best.sort(byScore).slice(0, limit);
}

const byScore = (a: { id: number; score: number }, b: { id: number; score: number }) => b.score - a.score || a.id - b.id;
