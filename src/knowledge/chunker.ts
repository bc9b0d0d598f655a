import { CLOSERS } from './normalize/text-shape.ts';
import type { ChunkDraft, Section } from './types.ts';

export interface ChunkOptions {
  /** Sentences are packed into a chunk while it stays within this many characters. */
  targetChars?: number;
  /** A single sentence longer than this is cut at clause commas. */
  maxChars?: number;
}

const DEFAULT_TARGET = 300;
const DEFAULT_MAX = 600;
/**
 * A sentence ends at 。！？； (with any closing quotes after it) or at a line break. ASCII ?!;
 * count only after Chinese text, where web copies use them for the full-width marks.
 */
const SENTENCE = new RegExp(`[^\\n]*?(?:[。！？；]|(?<=[^\\x00-\\x7f])[?!;])[${CLOSERS}]*|[^\\n]+`, 'gu');
const CLAUSE = /[^,，、]*[,，、]|[^,，、]+/gu;

/** Sentences of a text, punctuation kept, in order; joined together they give the text back without line breaks. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s.trim().length > 0);
}

/** Packs the sentences of each section into chunks; a chunk never spans two sections. */
export function chunkSections(sections: Section[], options: ChunkOptions = {}): ChunkDraft[] {
  const target = options.targetChars ?? DEFAULT_TARGET;
  const max = Math.max(options.maxChars ?? DEFAULT_MAX, target);
  const out: ChunkDraft[] = [];
  for (const { headings, paragraphs } of sections) {
    const section = headings.join(' › ');
    let current: string[] = [];
    let size = 0;
    let paragraph = -1;
    const flush = () => {
      if (current.length > 0) out.push({ section, text: current.join('') });
      current = [];
      size = 0;
    };
    paragraphs.forEach((paragraphText, index) => {
      for (const piece of splitSentences(paragraphText).flatMap((s) => (s.length > max ? splitLong(s, max) : [s]))) {
        // Paragraphs sharing a chunk stay on separate lines.
        let part = size > 0 && paragraph !== index ? `\n${piece}` : piece;
        if (size > 0 && size + part.length > target) {
          flush();
          part = piece;
        }
        current.push(part);
        size += part.length;
        paragraph = index;
      }
    });
    flush();
  }
  return out;
}

/** Cuts an over-long sentence at clause commas into pieces of at most `max` characters. */
function splitLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const clause of sentence.match(CLAUSE) ?? []) {
    if (current && current.length + clause.length > max) {
      pieces.push(current);
      current = '';
    }
    current += clause;
    while (current.length > max) {
      pieces.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
