/**
 * Okapi BM25 over pre-tokenized chunks, held in memory and rebuilt at load. Postings are kept
 * in typed arrays once built: at 100k chunks a Map per term would cost most of a gigabyte.
 */
export class Bm25Index {
  /** Build phase: each chunk's distinct terms as vocabulary ids, with their counts. */
  private readonly vocabulary = new Map<string, number>();
  private documentFrequencies: number[] = [];
  private pending: Array<{ id: number; terms: Int32Array; tfs: Uint16Array }> = [];
  private readonly postings = new Map<string, { ids: Int32Array; tfs: Uint16Array }>();
  private readonly lengths = new Map<number, number>();
  private totalLength = 0;
  private frozen = false;

  constructor(private readonly k1 = 1.2, private readonly b = 0.75) {}

  get size(): number {
    return this.lengths.size;
  }

  add(id: number, tokens: readonly string[]): void {
    if (this.frozen) throw new Error('the keyword index is already built');
    if (this.lengths.has(id)) throw new Error(`chunk ${id} is already indexed`);
    const counts = new Map<number, number>();
    for (const token of tokens) {
      let term = this.vocabulary.get(token);
      if (term === undefined) {
        term = this.vocabulary.size;
        this.vocabulary.set(token, term);
        this.documentFrequencies.push(0);
      }
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    const terms = new Int32Array(counts.size);
    const tfs = new Uint16Array(counts.size);
    let i = 0;
    for (const [term, tf] of counts) {
      terms[i] = term;
      tfs[i++] = Math.min(tf, 0xffff);
      this.documentFrequencies[term]!++;
    }
    this.pending.push({ id, terms, tfs });
    this.lengths.set(id, tokens.length);
    this.totalLength += tokens.length;
  }

  /** Ends the build: postings go to arrays sized exactly, sorted by chunk id. */
  freeze(): void {
    if (this.frozen) return;
    const ids = this.documentFrequencies.map((df) => new Int32Array(df));
    const tfs = this.documentFrequencies.map((df) => new Uint16Array(df));
    const filled = new Int32Array(this.documentFrequencies.length);
    for (const doc of this.pending.sort((a, b) => a.id - b.id)) {
      for (let i = 0; i < doc.terms.length; i++) {
        const term = doc.terms[i]!;
        ids[term]![filled[term]!] = doc.id;
        tfs[term]![filled[term]!++] = doc.tfs[i]!;
      }
    }
    for (const [token, term] of this.vocabulary) this.postings.set(token, { ids: ids[term]!, tfs: tfs[term]! });
    this.pending = [];
    this.documentFrequencies = [];
    this.vocabulary.clear();
    this.frozen = true;
  }

  documentFrequency(token: string): number {
    this.freeze();
    return this.postings.get(token)?.ids.length ?? 0;
  }

  /** Inverse document frequency; rare terms weigh more. 0 for unknown terms. */
  idf(token: string): number {
    const df = this.documentFrequency(token);
    if (df === 0) return 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * The best chunks for the query. `within`, sorted ascending, limits the search to those chunks
   * (one city's documents) and is answered by lookups instead of scanning whole posting lists.
   */
  search(queryTokens: readonly string[], limit: number, within?: Int32Array): Array<{ id: number; score: number }> {
    this.freeze();
    const scores = new Map<number, number>();
    const avgLength = this.totalLength / Math.max(1, this.size);
    const add = (id: number, tf: number, idf: number) => {
      const norm = tf + this.k1 * (1 - this.b + (this.b * (this.lengths.get(id) ?? 0)) / avgLength);
      scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
    };
    for (const token of new Set(queryTokens)) {
      const list = this.postings.get(token);
      if (!list) continue;
      const idf = this.idf(token);
      if (within) {
        for (const id of within) {
          const at = indexOf(list.ids, id);
          if (at >= 0) add(id, list.tfs[at]!, idf);
        }
      } else if (idf >= MIN_SCAN_IDF || queryTokens.length === 1) {
        for (let i = 0; i < list.ids.length; i++) add(list.ids[i]!, list.tfs[i]!, idf);
      }
    }
    return topK(scores, limit);
  }
}

/** A term in nearly every chunk barely moves the ranking but costs a full scan: skip it. */
const MIN_SCAN_IDF = 0.2;

function indexOf(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
