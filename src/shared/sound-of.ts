import { createRequire } from 'node:module';

type Pinyin = (text: string, options: { toneType: 'none'; type: 'array'; v: boolean }) => string[];

let pinyin: Pinyin | undefined;

/**
 * How a word sounds, one toneless syllable per character ("请假" → ["qing", "jia"]; ü as v, as
 * keyboards type it). The pinyin library (some 25 MiB once used) loads on the first call.
 */
export function syllablesOf(word: string): string[] {
  pinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}
