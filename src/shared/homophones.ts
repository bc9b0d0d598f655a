import { syllablesOf } from './sound-of.ts';

/**
 * Words typed with the wrong character of the same sound, as pinyin keyboards and voice input slip:
 * "请架" for 请假, "署明" for 署名, "帮定" for 绑定. A run of two to four characters that the
 * segmenter leaves as single characters (a typo joins no word), or a name of four made of whole
 * words ("书箱政协"), and that sounds like exactly one word of the vocabulary, sharing all but one of
 * its characters in place, is read as that word. Tones
 * are ignored: a keyboard takes the syllable without one. The pinyin library (some 25 MiB once used)
 * loads only when a run is spelled like a word of the vocabulary but for one character.
 */
export type HomophoneMender = (text: string) => string;

const HAN_RUN = /^\p{Script=Han}+$/u;
const SHORTEST = 2;
const LONGEST = 4;

/**
 * `vocabulary`: the words a run may be read as; `segment`: the text's words, so that a run inside
 * or across real words ("会议成员", never 会议程员) is left alone.
 */
export function createHomophoneMender(vocabulary: Iterable<string>, segment: (text: string) => string[]): HomophoneMender {
  // Each word under every spelling with one character left open: "请?" and "?假" find 请假.
  const byMask = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const word of vocabulary) {
    const chars = [...word];
    if (seen.has(word) || chars.length < SHORTEST || chars.length > LONGEST || !HAN_RUN.test(word)) continue;
    seen.add(word);
    for (const mask of masks(chars)) {
      const same = byMask.get(mask);
      if (same) same.push(word);
      else byMask.set(mask, [word]);
    }
  }
  return (text) => {
    const chars = [...text];
    const { alone, starts } = segmentation(text, segment);
    const out: string[] = [];
    for (let at = 0; at < chars.length; ) {
      const mended = mendAt(chars, at, { alone, starts, known: seen }, byMask);
      if (mended) {
        out.push(mended.word);
        at += mended.length;
      } else out.push(chars[at++]!);
    }
    return out.join('');
  };
}

function masks(chars: string[]): string[] {
  return chars.map((_, i) => chars.map((ch, j) => (i === j ? '?' : ch)).join(''));
}

/**
 * Characters that carry grammar: never the slip ("能发不" is no 发布, "选不署名" no 部署, "三个事想
 * 反映" no 事项), nor enough to anchor one ("都不回" is no 不会).
 */
const GRAMMAR = new Set([...'不没了的地得着过吗呢吧啊呀嘛哈个是有在我你他她它这那就都也还又要会能可想让叫把被给和与跟对向从到去来为以于及']);

interface Segmented {
  /** Whether the segmenter left each character a word of one character. */
  alone: boolean[];
  /** Whether a word starts at each character (one past the end included). */
  starts: boolean[];
  known: Set<string>;
}

function mendAt(chars: string[], at: number, { alone, starts, known }: Segmented, byMask: Map<string, string[]>) {
  for (let length = Math.min(LONGEST, chars.length - at); length >= SHORTEST; length--) {
    const run = chars.slice(at, at + length);
    const said = run.join('');
    // "书箱政协" for 书香政协: a name of four characters is slipped into whole words as easily.
    const wholeWords = length === LONGEST && starts[at] === true && starts[at + length] === true && !known.has(said);
    if (!wholeWords && !alone.slice(at, at + length).every(Boolean)) continue;
    // "出出主意", "看看": a verb said twice is no slip.
    if (!HAN_RUN.test(said) || (length === 2 && run[0] === run[1])) continue;
    const spelledAlike = [...new Set(masks(run).flatMap((mask) => byMask.get(mask) ?? []))].filter((word) => slipOf(run, [...word]));
    if (spelledAlike.length === 0) continue;
    const sound = soundOf(said);
    const alike = spelledAlike.filter((word) => soundOf(word) === sound);
    if (alike.length === 1) return { word: alike[0]!, length };
  }
  return undefined;
}

/** All but one character in place: the one that differs no grammar word, one kept a word of content. */
function slipOf(said: string[], word: string[]): boolean {
  const differing = said.filter((ch, i) => ch !== word[i]);
  const kept = said.filter((ch, i) => ch === word[i]);
  return differing.length === 1 && !GRAMMAR.has(differing[0]!) && kept.some((ch) => !GRAMMAR.has(ch));
}

/** For each character, whether the segmenter left it a word of one character and whether a word starts there. */
function segmentation(text: string, segment: (text: string) => string[]): Pick<Segmented, 'alone' | 'starts'> {
  const alone: boolean[] = [];
  const starts: boolean[] = [];
  let rest = text;
  for (const word of segment(text)) {
    const at = rest.indexOf(word);
    if (at < 0) continue;
    const skipped = [...rest.slice(0, at)];
    const chars = [...word];
    alone.push(...skipped.map(() => false), ...chars.map(() => chars.length === 1));
    starts.push(...skipped.map(() => false), ...chars.map((_, i) => i === 0));
    rest = rest.slice(at + word.length);
  }
  alone.push(...[...rest].map(() => false));
  starts.push(...[...rest].map(() => false), true);
  return { alone, starts };
}

function soundOf(word: string): string {
  return syllablesOf(word).join(' ');
}
