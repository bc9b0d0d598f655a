import { idf } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { Bm25Index, topK } from '../src/retrieval/bm25.ts';
import { IdfTable } from '../src/retrieval/idf-table.ts';
import { seededRandom } from '../src/shared/seeded-random.ts';

/** jieba's IDF table read the way it was before it moved into a buffer: a Map of its lines. */
function mapOf(text: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return table;
}

describe('the general-language word weights', () => {
  it('answer every word of jieba’s table exactly as a Map of its lines did', () => {
    const expected = mapOf(Buffer.from(idf).toString('utf8'));
    const table = new IdfTable(idf);
    let differing = 0;
    for (const [word, value] of expected) if (!Object.is(table.get(word), value)) differing++;
    expect(expected.size).toBeGreaterThan(250_000);
    expect(differing).toBe(0);
    for (const word of ['', ' ', '不在表里的词', '劳动防护 13.900677652', '\n']) expect(table.get(word)).toBe(expected.get(word));
  });

  it.each([
    ['a later line wins', 'a 1\nb 2\na 3\n', ['a', 'b']],
    ['lines without a key or a space are no entries', ' 4\nc\n\nd 5', ['', ' ', 'c', 'd']],
    ['the key runs to the last space', 'e f 6\ng  7\n', ['e', 'e f', 'g', 'g ']],
    ['an empty value reads as Number reads it', 'h \ni x\n', ['h', 'i']],
  ])('%s', (_rule, text, words) => {
    const table = new IdfTable(Buffer.from(text));
    const expected = mapOf(text);
    for (const word of words) expect(table.get(word), word).toBe(expected.get(word));
  });
});

/** The keyword index as it scored before: a Map of scores per search, topK over it. */
function referenceSearch(docs: Map<number, string[]>, query: string[], limit: number, within?: Int32Array) {
  const k1 = 1.2;
  const b = 0.75;
  const postings = new Map<string, Map<number, number>>();
  let total = 0;
  for (const [id, tokens] of [...docs].sort((x, y) => x[0] - y[0])) {
    total += tokens.length;
    for (const token of tokens) {
      const list = postings.get(token) ?? new Map<number, number>();
      list.set(id, (list.get(id) ?? 0) + 1);
      postings.set(token, list);
    }
  }
  const avg = total / docs.size;
  const scores = new Map<number, number>();
  for (const token of new Set(query)) {
    const list = postings.get(token);
    if (!list) continue;
    const idf = Math.log(1 + (docs.size - list.size + 0.5) / (list.size + 0.5));
    const add = (id: number, tf: number) => {
      const norm = tf + k1 * (1 - b + (b * docs.get(id)!.length) / avg);
      scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (k1 + 1)) / norm);
    };
    if (within) {
      for (const id of within) if (list.has(id)) add(id, list.get(id)!);
    } else if (idf >= 0.2 || query.length === 1) {
      for (const [id, tf] of list) add(id, tf);
    }
  }
  return topK(scores, limit);
}

describe('keyword scores in flat arrays', () => {
  it('rank as the Map of scores did, ties and limited searches included', () => {
    const random = seededRandom(11);
    const vocabulary = Array.from({ length: 60 }, (_, i) => `词${i}`);
    // Skewed word choice: some words in nearly every chunk, many rare; equal lengths make ties.
    const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
    const docs = new Map<number, string[]>();
    for (let i = 0; i < 3000; i++) docs.set(i * 3 + (i % 2), Array.from({ length: 4 + Math.floor(random() * 12) }, word));
    // Hundreds of equal scores: which of them make the 40 depends on the order chunks are scored in.
    for (let i = 0; i < 300; i++) docs.set(9000 + i, ['词1', '词2', '词3', '词4']);
    const index = new Bm25Index();
    for (const [id, tokens] of docs) index.add(id, tokens);
    const ids = [...docs.keys()].sort((x, y) => x - y);
    for (let q = 0; q < 60; q++) {
      const query = q % 4 === 0 ? ['词2', word()] : Array.from({ length: 1 + Math.floor(random() * 6) }, word);
      // None, a few chunks (looked up one by one), or most of them (checked against each list).
      const within = q % 3 === 0 ? undefined : Int32Array.from(ids.filter(() => random() < (q % 3 === 1 ? 0.01 : 0.6)));
      expect(index.search(query, 40, within), query.join(' ')).toEqual(referenceSearch(docs, query, 40, within));
    }
  });
});
