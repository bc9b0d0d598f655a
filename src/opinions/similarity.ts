import type { OpinionFields } from './types.ts';

/** Pure near-duplicate detection, shared by every store so they all point out the same reports. */

export const SIMILARITY_THRESHOLD = 0.8;

/** Width, case, spacing and punctuation do not make two reports different. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The same report: title and situation equal once width, case, spacing and punctuation are set
 * aside. Every store decides resubmissions with this, so they all agree.
 */
export function sameContent(a: Pick<OpinionFields, 'title' | 'situation'>, b: Pick<OpinionFields, 'title' | 'situation'>): boolean {
  return sameText(a.title, b.title) && sameText(a.situation, b.situation);
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [normalizeForComparison(a), normalizeForComparison(b)];
  // Text of punctuation only normalises to nothing: then only the same characters are the same.
  return x === '' && y === '' ? a.trim() === b.trim() : x === y;
}

/** Character bigrams suit Chinese, which has no spaces to split words on. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(normalizeForComparison(text));
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** Jaccard similarity of the bigram sets, 0..1; empty text is never similar to anything. */
export function similarity(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SimilarityCandidate {
  number: string;
  memberId: string;
  title: string;
  situation: string;
}

/**
 * Numbers of earlier reports worth pointing out, most similar first: the same member with a
 * near-identical title (a resubmission), or anyone with a near-identical situation (the same case).
 */
export function rankSimilar(
  memberId: string,
  fields: Pick<OpinionFields, 'title' | 'situation'>,
  candidates: Iterable<SimilarityCandidate>,
  threshold = SIMILARITY_THRESHOLD,
): string[] {
  const title = bigrams(fields.title);
  const situation = bigrams(fields.situation);
  const hits: Array<{ number: string; score: number }> = [];
  for (const candidate of candidates) {
    const byTitle = candidate.memberId === memberId ? jaccard(title, bigrams(candidate.title)) : 0;
    const score = Math.max(byTitle, jaccard(situation, bigrams(candidate.situation)));
    if (score >= threshold) hits.push({ number: candidate.number, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.number.localeCompare(b.number)).map((hit) => hit.number);
}
