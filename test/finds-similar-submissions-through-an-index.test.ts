import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opinionCorpus } from '../src/evaluation/opinion-corpus.ts';
import { bigrams, rankSimilar, similarity, type SimilarityCandidate } from '../src/opinions/similarity.ts';
import { SimilarityIndex } from '../src/opinions/similarity-index.ts';
import type { OpinionFields } from '../src/opinions/types.ts';
import { seededRandom } from '../src/shared/seeded-random.ts';
import { openStorage, type Storage } from '../src/storage/open-store.ts';

const MEMBERS = 40;
const corpus = opinionCorpus(900, 7);
let dir: string;
let bot: Storage;
/** The workbench's own connection to the same file, as `liaison web` has. */
let web: Storage;
let message = 0;

async function submit(storage: Storage, i: number, fields: OpinionFields): Promise<void> {
  await storage.opinions.submit({ memberId: `console:u${i % MEMBERS}`, channel: 'console', messageId: `m${++message}`, fields, now: new Date(Date.parse('2026-03-01T00:00:00Z') + message * 60_000) });
}

let everyReport: SimilarityCandidate[] = [];
/** Every report as it stands now, for the full scans that follow. */
async function readEveryReport(storage: Storage): Promise<void> {
  everyReport = (await storage.opinions.list()).map((o) => ({ number: o.number, memberId: o.memberId, title: o.fields.title, situation: o.fields.situation }));
}

/** What the check returned before the index: every report scanned. */
function byFullScan(memberId: string, fields: Pick<OpinionFields, 'title' | 'situation'>): string[] {
  return rankSimilar(memberId, fields, everyReport);
}

const numbers = async (found: Promise<{ number: string }[]>) => (await found).map((o) => o.number);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaison-similar-'));
  bot = openStorage({ dataDir: dir });
  web = openStorage({ dataDir: dir });
  for (const [i, fields] of corpus.slice(0, 600).entries()) await submit(bot, i, fields);
});
afterAll(() => {
  bot.close();
  web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the similar-submission check reads an index, and finds what a full scan finds', () => {
  it('the corpus has near-duplicates to find, and mostly reports unlike each other', () => {
    const grams = corpus.slice(0, 600).map((c) => bigrams(c.situation));
    const jaccard = (a: Set<string>, b: Set<string>) => {
      let shared = 0;
      for (const g of a) if (b.has(g)) shared++;
      return shared / (a.size + b.size - shared);
    };
    const near = grams.filter((a, i) => grams.slice(0, i).some((b) => jaccard(a, b) >= 0.8));
    expect(near.length).toBeGreaterThan(10);
    expect(near.length).toBeLessThan(100);
  });

  it('returns the same reports in the same order as scanning every report, for reports, edits of them and odd text', async () => {
    const random = seededRandom(11);
    const queries: { memberId: string; fields: Pick<OpinionFields, 'title' | 'situation'> }[] = [];
    for (let q = 0; q < 100; q++) {
      const i = Math.floor(random() * 600);
      const base = corpus[i]!;
      const chars = Array.from(base.situation);
      const cut = chars.slice(0, Math.max(1, chars.length - Math.floor(random() * 12))).join('');
      queries.push({ memberId: `console:u${(i + (q % 3 === 0 ? 0 : 1)) % MEMBERS}`, fields: { title: base.title, situation: q % 2 ? base.situation : cut } });
    }
    queries.push(
      { memberId: 'console:u1', fields: { title: '', situation: '' } },
      { memberId: 'console:u1', fields: { title: '路', situation: '路' } },
      { memberId: 'console:u2', fields: { title: '！！！', situation: '。。。，，' } },
      { memberId: 'console:nobody', fields: { title: corpus[5]!.title, situation: '完全无关的一件事情' } },
    );
    let found = 0;
    await readEveryReport(web);
    for (const { memberId, fields } of queries) {
      const expected = byFullScan(memberId, fields);
      expect(await numbers(web.opinions.findSimilar(memberId, fields)), fields.situation).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('finds reports another process submitted after its index was built', async () => {
    await numbers(web.opinions.findSimilar('console:u1', corpus[0]!));
    for (const [i, fields] of corpus.slice(600).entries()) await submit(bot, 600 + i, fields);
    await readEveryReport(bot);
    for (const i of [600, 650, 700, 750, 899]) {
      const fields = corpus[i]!;
      const mine = await numbers(web.opinions.findSimilar('console:u3', fields));
      expect(mine).toEqual(byFullScan('console:u3', fields));
      expect(mine.length).toBeGreaterThan(0);
    }
  });

  it('follows reports moved to another member (an account bound after submitting)', async () => {
    const fields = { title: corpus[3]!.title, situation: '另一件完全不同的事情，和原来的内容没有关系' };
    expect(await numbers(web.opinions.findSimilar('M0099', fields))).toEqual([]);
    await bot.opinions.reassignMember(`console:u${3 % MEMBERS}`, 'M0099');
    const moved = await numbers(web.opinions.findSimilar('M0099', fields));
    expect(moved.length).toBeGreaterThan(0);
    await readEveryReport(web);
    expect(moved).toEqual(byFullScan('M0099', fields));
  });
});

describe('the index itself', () => {
  it('holds at the threshold exactly: 4 of 5 bigrams shared is similar, 3 of 4 is not', () => {
    const index = new SimilarityIndex();
    index.add('A', '甲乙丙丁戊己'); // 5 bigrams
    index.add('B', '甲乙丙丁戊'); // 4 of them
    index.add('C', '甲乙丙丁'); // 3 of them
    expect(index.similarTo('甲乙丙丁戊己').sort()).toEqual(['A', 'B']);
    expect(similarity('甲乙丙丁戊己', '甲乙丙丁戊')).toBe(0.8);
    expect(index.similarTo('')).toEqual([]);
    expect(index.size).toBe(3);
  });
});
