import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * jieba's part-of-speech tagger (nr = person name, ns = place, n = noun …), built on first use:
 * its dictionary takes some 50 MB, so a process that never reads a name never loads it.
 */

let tagger: Jieba | undefined;

/** Words with their tags; `guess` lets the HMM join unknown characters (徐丽 → one word, tag x). */
export function tagWords(text: string, guess = true): TaggedWord[] {
  tagger ??= Jieba.withDict(dict);
  return tagger.tag(text, guess);
}
