/**
 * Okapi BM25 over pre-tokenized chunks, held in memory and rebuilt at load. Postings are kept
 * in typed arrays once built: at 100k chunks a Map per term would cost most of a gigabyte.
 */
export class Bm25Index {
  /** Build phase: each chunk's distinct terms as vocabulary ids, with their counts. */
  private readonly vocabulary = new Map<string, number>();
  private documentFrequencies: number[] = [];
  private pending: Array<{ id: number; terms: Int32Array; tfs: Uint16Array }> = [];
  /** Build phase: each chunk's length in tokens. */
  private lengths = new Map<number, number>();
  private totalLength = 0;
  private frozen = false;
  private count = 0;

  // Built by freeze(). Postings hold a chunk's position in `ids` (ascending chunk ids), so that
  // scores accumulate in flat arrays instead of a Map per search: at 100k chunks a Map of every
  // matching chunk was most of a query's time.
  private readonly postings = new Map<string, { docs: Int32Array; tfs: Uint16Array }>();
  /** Chunk id of each position, ascending. */
  private ids = new Int32Array(0);
  /** k1 · (1 − b + b · length / average length) of each position: the length part of BM25's norm. */
  private lengthNorms = new Float64Array(0);
  /** Score accumulator of one search, reused; `touchedIn[d] === generation` marks a score set in this search. */
  private scores = new Float64Array(0);
  private touchedIn = new Uint32Array(0);
  /** `allowedIn[d] === generation` marks a chunk the search is limited to. */
  private allowedIn = new Uint32Array(0);
  private touched = new Int32Array(0);
  private generation = 0;

  constructor(private readonly k1 = 1.2, private readonly b = 0.75) {}

  get size(): number {
    return this.count;
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
    this.count++;
  }

  /** Ends the build: postings go to arrays sized exactly, sorted by chunk id. */
  freeze(): void {
    if (this.frozen) return;
    const docs = this.documentFrequencies.map((df) => new Int32Array(df));
    const tfs = this.documentFrequencies.map((df) => new Uint16Array(df));
    const filled = new Int32Array(this.documentFrequencies.length);
    const n = this.pending.length;
    this.ids = new Int32Array(n);
    this.lengthNorms = new Float64Array(n);
    const avgLength = this.totalLength / Math.max(1, n);
    this.pending.sort((a, b) => a.id - b.id);
    for (let d = 0; d < n; d++) {
      const doc = this.pending[d]!;
      this.ids[d] = doc.id;
      // The same operations in the same order as the per-hit formula before, so scores are identical.
      this.lengthNorms[d] = this.k1 * (1 - this.b + (this.b * this.lengths.get(doc.id)!) / avgLength);
      for (let i = 0; i < doc.terms.length; i++) {
        const term = doc.terms[i]!;
        docs[term]![filled[term]!] = d;
        tfs[term]![filled[term]!++] = doc.tfs[i]!;
      }
    }
    for (const [token, term] of this.vocabulary) this.postings.set(token, { docs: docs[term]!, tfs: tfs[term]! });
    this.scores = new Float64Array(n);
    this.touchedIn = new Uint32Array(n);
    this.allowedIn = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.pending = [];
    this.documentFrequencies = [];
    this.vocabulary.clear();
    this.lengths = new Map();
    this.frozen = true;
  }

  documentFrequency(token: string): number {
    this.freeze();
    return this.postings.get(token)?.docs.length ?? 0;
  }

  /** Inverse document frequency; rare terms weigh more. 0 for unknown terms. */
  idf(token: string): number {
    const df = this.documentFrequency(token);
    if (df === 0) return 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * The best chunks for the query. `within`, ascending without repeats, limits the search to those
   * chunks (one city's documents); common terms, skipped in a search of everything, count there.
   */
  search(queryTokens: readonly string[], limit: number, within?: Int32Array): Array<{ id: number; score: number }> {
    this.freeze();
    const { scores, touchedIn, allowedIn, touched, lengthNorms } = this;
    // A new generation forgets the last search's scores and chunks without clearing the arrays.
    if (++this.generation === 0xffffffff) {
      touchedIn.fill(0);
      allowedIn.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    let hits = 0;
    const k1 = this.k1;
    const add = (d: number, tf: number, idf: number) => {
      const value = (idf * tf * (k1 + 1)) / (tf + lengthNorms[d]!);
      if (touchedIn[d] === generation) scores[d]! += value;
      else {
        touchedIn[d] = generation;
        scores[d] = value;
        touched[hits++] = d;
      }
    };
    const positions = within ? this.positionsOf(within) : undefined;
    if (positions) for (const d of positions) allowedIn[d] = generation;
    for (const token of new Set(queryTokens)) {
      const list = this.postings.get(token);
      if (!list) continue;
      const idf = this.idf(token);
      if (positions) {
        // Either way the chunks come in ascending order, so they are scored in the same order:
        // a few chunks are looked up in a long list, a long list is checked against many chunks.
        const { docs, tfs } = list;
        if (positions.length * Math.log2(docs.length + 1) < docs.length) {
          for (const d of positions) {
            const at = indexOf(docs, d);
            if (at >= 0) add(d, tfs[at]!, idf);
          }
        } else {
          for (let i = 0; i < docs.length; i++) if (allowedIn[docs[i]!] === generation) add(docs[i]!, tfs[i]!, idf);
        }
      } else if (idf >= MIN_SCAN_IDF || queryTokens.length === 1) {
        const { docs, tfs } = list;
        for (let i = 0; i < docs.length; i++) add(docs[i]!, tfs[i]!, idf);
      }
    }
    const ids = this.ids;
    // Chunks in the order they were first scored, as a Map of scores would hold them: topK keeps ties the same way.
    return selectTop(hits, (k) => ids[touched[k]!]!, (k) => scores[touched[k]!]!, limit);
  }

  /** Positions of the given chunk ids (ascending, so ascending too); ids not indexed are left out. */
  private positionsOf(within: Int32Array): Int32Array {
    const ids = this.ids;
    const out = new Int32Array(within.length);
    let n = 0;
    if (within.length * Math.log2(ids.length + 1) < ids.length) {
      for (const id of within) {
        const d = indexOf(ids, id);
        if (d >= 0) out[n++] = d;
      }
    } else {
      // One walk along both ascending lists (one city's 45k of 100k chunks).
      let d = 0;
      for (const id of within) {
        while (d < ids.length && ids[d]! < id) d++;
        if (d < ids.length && ids[d] === id) out[n++] = d;
      }
    }
    return out.subarray(0, n);
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
  const ids = [...scores.keys()];
  const values = [...scores.values()];
  return selectTop(ids.length, (k) => ids[k]!, (k) => values[k]!, limit);
}

/** topK over `count` entries given by position: keeps a pool of twice the limit, pruned by score. */
function selectTop(count: number, idAt: (k: number) => number, scoreAt: (k: number) => number, limit: number): Array<{ id: number; score: number }> {
  const best: Array<{ id: number; score: number }> = [];
  let floor = -Infinity;
  for (let k = 0; k < count; k++) {
    const score = scoreAt(k);
    if (best.length >= limit && score <= floor) continue;
    best.push({ id: idAt(k), score });
    if (best.length > limit * 2) {
      best.sort(byScore);
      best.length = limit;
      floor = best[limit - 1]!.score;
    }
  }
  return best.sort(byScore).slice(0, limit);
}

const byScore = (a: { id: number; score: number }, b: { id: number; score: number }) => b.score - a.score || a.id - b.id;
