import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bm25Index, topK } from '../src/retrieval/bm25.ts';
import { LocalHashEmbeddings } from '../src/retrieval/local-embeddings.ts';
import { createTokenizer } from '../src/retrieval/tokenizer.ts';
import { VectorIndex } from '../src/retrieval/vector-index.ts';

describe('local embeddings', () => {
  const embeddings = new LocalHashEmbeddings();

  it('are deterministic, normalized and need no model download', async () => {
    const [a] = await embeddings.embedDocuments(['全年召开党组会议26次']);
    const b = await embeddings.embedQuery('全年召开党组会议26次');
    expect(a).toEqual(b);
    expect(a).toHaveLength(256);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 6);
  });

  it('place related texts closer than unrelated ones', () => {
    const q = embeddings.embed('党组会议开了多少次');
    const near = embeddings.embed('全年召开党组会议26次');
    const far = embeddings.embed('油橄榄种植面积达到10万亩');
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i]!, 0);
    expect(dot(q, near)).toBeGreaterThan(dot(q, far));
  });
});

describe('keyword search', () => {
  it('keeps domain terms whole with the committee dictionary', () => {
    const tokenizer = createTokenizer({ dictionary: path.resolve('knowledge/domain-words.txt') });
    expect(tokenizer.tokens('社情民意信息怎么报送')).toContain('社情民意');
    expect(tokenizer.tokens('一线协商共同缔造')).toContain('一线协商');
  });

  it('ranks the passage holding the rare words first', () => {
    const index = new Bm25Index();
    index.add(1, ['政协', '会议', '召开']);
    index.add(2, ['政协', '党组', '会议', '26次']);
    index.add(3, ['政协', '油橄榄', '面积']);
    expect(index.search(['党组', '会议'], 2).map((h) => h.id)).toEqual([2, 1]);
    expect(index.search(['油橄榄'], 5, Int32Array.from([1, 2]))).toEqual([]);
    expect(index.search(['会议'], 5, Int32Array.from([2])).map((h) => h.id)).toEqual([2]);
  });

  it('selects the best entries without sorting everything', () => {
    const scores = new Map(Array.from({ length: 1000 }, (_, i) => [i, (i * 37) % 1000] as [number, number]));
    const best = topK(scores, 3);
    expect(best.map((b) => b.score)).toEqual([999, 998, 997]);
  });
});

describe('vector index', () => {
  it('finds, forgets and persists points', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'liaison-vectors-'));
    const index = VectorIndex.create({ dimensions: 3 }, 2);
    index.add(10, [1, 0, 0]);
    index.add(11, [0, 1, 0]);
    index.add(12, [0, 0, 1]);
    expect(index.search([0.9, 0.1, 0], 1)[0]!.id).toBe(10);
    index.remove(10);
    expect(index.search([0.9, 0.1, 0], 1)[0]!.id).not.toBe(10);
    await index.save(path.join(dir, 'v.hnsw'));
    const loaded = await VectorIndex.load(path.join(dir, 'v.hnsw'), { dimensions: 3 });
    expect(loaded!.search([0, 0, 1], 1)[0]!.id).toBe(12);
    expect(loaded!.searchAmong([0, 1, 0], [11, 12], 2).map((h) => h.id)).toEqual([11, 12]);
  });
});
