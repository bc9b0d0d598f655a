import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../knowledge/chunker.ts';
import { seededRandom } from '../shared/seeded-random.ts';

const CITY_STEMS = '东西南北中上下新安永长宁和平兴华阳明泰丰昌德嘉庆临江海山河湖松柏云清'.split('');

export interface SyntheticCorpus {
  dir: string;
  documents: number;
  characters: number;
  /** Questions about the generated documents, with the city each names. */
  questions: string[];
}

/**
 * A large corpus made at bench time from the shipped reports: their sentences recombined
 * under made-up cities, with figures changed, so that it reads like real reports but is never
 * committed. Deterministic for a given seed.
 */
export function writeSyntheticCorpus(dir: string, seedTexts: string[], targetChunks: number, seed = 7): SyntheticCorpus {
  const random = seededRandom(seed);
  const sentences = seedTexts.flatMap((t) => splitSentences(t.replace(/\n+/g, ''))).filter((s) => s.length >= 20);
  const chunksPerDoc = 100;
  // Measured: about 58 chunks come out of a generated document of 100 paragraphs.
  const documents = Math.ceil(targetChunks / 56);
  const questions: string[] = [];
  let characters = 0;
  mkdirSync(path.join(dir, 'reports'), { recursive: true });
  for (let d = 0; d < documents; d++) {
    const city = `${CITY_STEMS[d % CITY_STEMS.length]}${CITY_STEMS[Math.floor(d / CITY_STEMS.length) % CITY_STEMS.length]}${d}`;
    const lines: string[] = [`${city}市政协常委会工作报告`];
    for (let section = 0; section < chunksPerDoc / 4; section++) {
      lines.push(`${'一二三四五六七八九十'[section % 10]}、${pick(sentences, random).slice(0, 12).replace(/[,，。]/g, '')}`);
      for (let c = 0; c < 4; c++) {
        const paragraph = [pick(sentences, random), pick(sentences, random)]
          .map((s) => s.replace(/\d+/g, () => String(1 + Math.floor(random() * 500))))
          .join('');
        lines.push(`${city}市政协${paragraph}`);
      }
    }
    const text = lines.join('\n');
    characters += text.length;
    writeFileSync(path.join(dir, 'reports', `2024-${city}市政协常委会工作报告.txt`), text);
    if (questions.length < 200) {
      const fact = pick(sentences, random).replace(/[，,。；]/g, ' ').slice(0, 14);
      // Half name a city (searched within its documents), half search the whole corpus.
      questions.push(d % 2 === 0 ? `${city}市政协${fact}多少次？` : `${fact}是怎么做的？`);
    }
  }
  return { dir, documents, characters, questions };
}

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

