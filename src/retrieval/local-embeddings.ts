import { Embeddings } from '@langchain/core/embeddings';

/**
 * Offline stand-in for a neural embedding model: signed feature hashing of character
 * unigrams and bigrams, sublinear term frequency, L2-normalized. Stateless and deterministic,
 * so documents embedded on different days (incremental ingest) stay comparable and nothing is
 * ever downloaded.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(options: { dimensions?: number } = {}) {
    super({});
    this.dimensions = options.dimensions ?? 256;
  }

  /** Recorded in the index manifest: a different value forces a rebuild. */
  get modelId(): string {
    return `local-hash-ngram-v1-${this.dimensions}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  embed(text: string): number[] {
    const counts = new Map<string, number>();
    const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
    for (const run of text.toLowerCase().match(WORD_RUNS) ?? []) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        const ch = chars[i]!;
        if (!STOP_CHARS.has(ch)) add(ch);
        if (i + 1 < chars.length) add(ch + chars[i + 1]);
      }
    }
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const [feature, count] of counts) {
      const hash = fnv1a(feature);
      const weight = (1 + Math.log(count)) * ([...feature].length === 1 ? 0.5 : 1);
      const index = (hash >>> 1) % this.dimensions;
      vector[index]! += hash & 1 ? weight : -weight;
    }
    const norm = Math.hypot(...vector) || 1;
    return vector.map((value) => value / norm);
  }
}

const WORD_RUNS = /[\p{Script=Han}\p{L}\p{N}]+/gu;
const STOP_CHARS = new Set([...'的了和是在与及等为对将把被也就都而其之于以并或这那有个中']);

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
