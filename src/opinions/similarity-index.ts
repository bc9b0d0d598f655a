import { bigrams, SIMILARITY_THRESHOLD } from './similarity.ts';

/**
 * An inverted index of the situations' character bigrams, so a similar-submission check reads a
 * few posting lists instead of every submission. It only narrows: what it returns are exactly the
 * indexed reports whose situation reaches `threshold` by the same Jaccard arithmetic as
 * rankSimilar, and the store ranks them (with the member's own reports) through rankSimilar.
 *
 * Why it finds every one (the prefix filter): a report B with jaccard(A, B) ≥ t shares at least
 * ⌈t·|A|⌉ of A's bigrams, so among any |A| − ⌈t·|A|⌉ + 1 bigrams of A at least one is in B.
 * Probing that many of A's bigrams — the rarest, whose lists are shortest — reaches every such B.
 * A situation never changes once submitted, so an entry never goes stale; numbers are added only.
 */
export class SimilarityIndex {
  private readonly ids = new Map<string, number>();
  /** Bigram id → positions in `entries` of the reports whose situation has it. */
  private readonly postings: number[][] = [];
  private readonly entries: { number: string; grams: Int32Array }[] = [];
  /** Which query last looked at each entry: a Set per query without allocating one. */
  private looked = new Uint32Array(1024);
  private queries = 0;

  get size(): number {
    return this.entries.length;
  }

  add(number: string, situation: string): void {
    const grams = [...bigrams(situation)].map((gram) => this.idOf(gram));
    const at = this.entries.length;
    this.entries.push({ number, grams: Int32Array.from(grams).sort() });
    for (const id of grams) this.postings[id]!.push(at);
  }

  /** Numbers of indexed reports whose situation's bigram Jaccard with `situation` is ≥ threshold. */
  similarTo(situation: string, threshold = SIMILARITY_THRESHOLD): string[] {
    const mine = bigrams(situation);
    const size = mine.size;
    if (size === 0) return [];
    // Bigrams nobody else has first (they match nothing), then the rarest.
    const known: number[] = [];
    let unseen = 0;
    for (const gram of mine) {
      const id = this.ids.get(gram);
      if (id === undefined) unseen++;
      else known.push(id);
    }
    const ordered = known.sort((a, b) => this.postings[a]!.length - this.postings[b]!.length);
    // One more than the bigrams a match may lack; floor(t·|A|) ≤ ⌈t·|A|⌉ keeps it safe from rounding.
    const probes = size - Math.floor(threshold * size) + 1 - unseen;
    const query = Int32Array.from(known).sort();
    if (this.looked.length < this.entries.length) this.looked = new Uint32Array(this.entries.length * 2);
    if (this.queries === 0xffffffff) {
      this.looked.fill(0);
      this.queries = 0;
    }
    const mark = ++this.queries;
    const found: string[] = [];
    for (const id of ordered.slice(0, Math.max(0, probes))) {
      for (const at of this.postings[id]!) {
        if (this.looked[at] === mark) continue;
        this.looked[at] = mark;
        const entry = this.entries[at]!;
        const other = entry.grams.length;
        // Jaccard can be no more than the smaller set over the larger (computed as jaccard computes it).
        if (Math.min(size, other) / Math.max(size, other) < threshold) continue;
        const shared = overlap(query, entry.grams);
        if (shared / (size + other - shared) >= threshold) found.push(entry.number);
      }
    }
    return found;
  }

  private idOf(gram: string): number {
    let id = this.ids.get(gram);
    if (id === undefined) {
      id = this.postings.length;
      this.ids.set(gram, id);
      this.postings.push([]);
    }
    return id;
  }
}

/** Common elements of two ascending arrays. */
function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}
