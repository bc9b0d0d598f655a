/** Shared tests on the shape of a line, used by cleaning, rejoining and heading detection. */

const HAN_GLOBAL = /\p{Script=Han}/gu;

/** Marks that close a sentence; ASCII forms count because web copies often use them in Chinese text. */
const SENTENCE_END = '。！？；!?;';
/** Closing quotes and brackets that belong to the sentence before them. */
export const CLOSERS = '”’」』）)》】〕';

const INNER_SENTENCE_END = new RegExp(`[${SENTENCE_END}]`, 'u');
const ENDS_CLOSED = new RegExp(`[${SENTENCE_END}：:…][${CLOSERS}]*$`, 'u');
const HAS_SENTENCE_MARK = new RegExp(`[${SENTENCE_END}：:]`, 'u');

/** Numbered and bulleted heading markers the reports use, plus Markdown headings kept by the loader. */
export const HEADING_MARKER =
  /^(?:#{1,6}\s|[■●]\s*|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))/u;

/** Standalone headings are short; longer lines are taken for body text. */
const HEADING_MAX_CHARS = 30;

export function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

export function endsClosed(line: string): boolean {
  return ENDS_CLOSED.test(line);
}

/** Holds a full stop somewhere (a colon does not count): the line is body text. */
export function hasSentenceEnd(text: string): boolean {
  return INNER_SENTENCE_END.test(text);
}

export function hasSentenceMark(text: string): boolean {
  return HAS_SENTENCE_MARK.test(text);
}

/** A short line with Chinese text and no sentence punctuation at all: a title or a heading. */
export function isHeadingShaped(line: string): boolean {
  return line.length <= HEADING_MAX_CHARS && hanCount(line) > 0 && !hasSentenceMark(line) && !/[,，、]$/u.test(line);
}

/** Same text ignoring spacing, for spotting repeats such as a title copied twice. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');
}
