import { syllablesOf } from './sound-of.ts';

/**
 * Words of the knowledge base typed in pinyin, as members do when the input method is in letters:
 * "Wuhan政协", "社情民意xinxi". A run of letters read as exactly one word of the vocabulary of two
 * characters or more, tones and case ignored, is that word; English words ("ok", "app", "PPT") and
 * initials ("zx") are no such run. The pinyin library loads only when a message holds a run of
 * letters long enough to be one.
 */
export type PinyinReader = (text: string) => string;

const LETTERS = /(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])/gu;

export function createPinyinReader(vocabulary: Iterable<string>): PinyinReader {
  let bySound: Map<string, Set<string>> | undefined;
  const wordsSounding = (letters: string) => {
    bySound ??= soundsOf(vocabulary);
    return bySound.get(letters.toLowerCase());
  };
  return (text) =>
    text.replace(LETTERS, (letters) => {
      const words = wordsSounding(letters);
      return words?.size === 1 ? [...words][0]! : letters;
    });
}

function soundsOf(vocabulary: Iterable<string>): Map<string, Set<string>> {
  const bySound = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    const sound = syllablesOf(word).join('');
    bySound.set(sound, (bySound.get(sound) ?? new Set()).add(word));
  }
  return bySound;
}
