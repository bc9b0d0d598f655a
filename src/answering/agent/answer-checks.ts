import { splitSentences } from '../../knowledge/chunker.ts';
import { buildCitations } from '../compose.ts';
import { inventedNumbers } from '../number-guard.ts';
import type { Answer, Passage } from '../types.ts';

/**
 * The checks an agent's reply must pass to be shown: it rests on passages its searches returned,
 * every [n] points to one of them, every figure is in them, and every sentence is supported by
 * the passages it cites. A reply that fails any of them is replaced by the offline answer.
 */

/**
 * Least share of a sentence's character pairs its cited passages must hold. Measured on
 * test/fixtures/sentence-support.json (passages of the shipped reports and rules): faithful
 * paraphrases score 0.57–0.96, sentences the passage does not hold (asking for an ID number or a
 * phone, advice, general knowledge, invented circumstances) 0–0.31.
 */
export const MIN_SENTENCE_SUPPORT = 0.45;
/** A sentence of fewer character pairs ("是的。") says too little to judge. */
const MIN_PAIRS = 3;

const MARKER = /[［【\[]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[］】\]]/g;
const LEADING_MARKERS = /^(?:\s*[［【\[]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[］】\]])+/u;
/** An answer that cites nothing is shown with this many of the passages found as its sources. */
const UNCITED_SHOWN = 3;

export type Flaw =
  | { reason: 'nothing-found' }
  | { reason: 'bad-citation'; cited: number[] }
  | { reason: 'invented-number'; invented: string[] }
  | { reason: 'unsupported-sentence'; sentence: string; support: number };

/** Why the reply cannot be shown, or null when it passes every check. */
export function flawOf(reply: string, found: Passage[]): Flaw | null {
  if (found.length === 0) return { reason: 'nothing-found' };
  const bad = citedNumbers(reply).filter((n) => n < 1 || n > found.length);
  if (bad.length > 0) return { reason: 'bad-citation', cited: bad };
  const invented = inventedNumbers(reply, found);
  if (invented.length > 0) return { reason: 'invented-number', invented };
  for (const { text, cites } of citedSentences(reply)) {
    // A sentence that cites nothing must be supported by what was found as a whole.
    const support = sentenceSupport(text, cites.length > 0 ? cites.map((n) => found[n - 1]!) : found);
    if (support !== null && support < MIN_SENTENCE_SUPPORT) return { reason: 'unsupported-sentence', sentence: text.trim(), support: round(support) };
  }
  return null;
}

/**
 * Share of the sentence's pairs of adjacent letters or digits found in the passages (title and
 * section included: the model saw them), or null when the sentence is too short to judge.
 */
export function sentenceSupport(sentence: string, passages: Passage[]): number | null {
  const own = pairs(sentence.replace(MARKER, ''));
  if (own.size < MIN_PAIRS) return null;
  const source = pairs(passages.map((p) => `${p.doc.title}\n${p.chunk.section}\n${p.chunk.text}`).join('\n'));
  let held = 0;
  for (const pair of own) if (source.has(pair)) held++;
  return held / own.size;
}

/**
 * The reply with its markers renumbered 1..k in order of first mention and the cited passages as
 * its sources; a reply that cites nothing is shown with the first passages found.
 */
export function citedAnswer(reply: string, found: Passage[]): Answer {
  const used: Passage[] = [];
  const text = reply
    .replace(MARKER, (_, list: string) =>
      list
        .split(/\s*[,，、]\s*/)
        .map((n) => found[Number(n) - 1]!)
        .map((p) => {
          if (!used.includes(p)) used.push(p);
          return `[${used.indexOf(p) + 1}]`;
        })
        .join(''),
    )
    .replace(/(\[\d+\])\1+/g, '$1');
  const sources = used.length > 0 ? used : found.slice(0, UNCITED_SHOWN);
  return { text, answered: true, citations: buildCitations(sources, sources), via: 'llm' };
}

/** The reply without its markers: how an earlier answer is given back as history. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKER, '');
}

function citedNumbers(text: string): number[] {
  return [...text.matchAll(MARKER)].flatMap((m) => m[1]!.split(/\s*[,，、]\s*/).map(Number));
}

/** Sentences with the passages each cites; a marker written after the full stop belongs to the sentence before. */
function citedSentences(reply: string): { text: string; cites: number[] }[] {
  const out: { text: string; cites: number[] }[] = [];
  for (const sentence of splitSentences(reply)) {
    const lead = LEADING_MARKERS.exec(sentence)?.[0] ?? '';
    if (lead && out.length > 0) out.at(-1)!.cites.push(...citedNumbers(lead));
    const rest = sentence.slice(lead.length);
    if (rest.trim() !== '') out.push({ text: rest.replace(MARKER, ''), cites: citedNumbers(rest) });
  }
  return out;
}

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;
