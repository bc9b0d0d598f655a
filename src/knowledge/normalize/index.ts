import { dropPageDebris, dropRuleLines } from './debris.ts';
import { stripInvisible } from './invisible.ts';
import { stripPinyin } from './pinyin.ts';
import { rejoinBrokenLines } from './rejoin.ts';
import type { CleaningRules } from './rules.ts';
import { toSimplified } from './simplified.ts';
import { cutSpam, dropBrandInsertions } from './spam.ts';
import { collapseWhitespace, tidyLines } from './whitespace.ts';
import { toHalfWidth } from './width.ts';

export { defaultCleaningRules, loadCleaningRules, type CleaningRules } from './rules.ts';

/** Character-level steps shared by documents and questions, so both are compared in one form. */
function normalizeCharacters(text: string): string {
  return toSimplified(stripPinyin(toHalfWidth(stripInvisible(text))));
}

/** Clean text of a document: one paragraph or heading per line, no blank lines. */
export function normalizeDocument(raw: string, rules: CleaningRules): string {
  let lines = tidyLines(normalizeCharacters(raw));
  lines = cutSpam(dropRuleLines(lines, rules), rules.spamPhrases);
  lines = rejoinBrokenLines(dropPageDebris(dropBrandInsertions(lines)));
  return lines.join('\n');
}

/** A member's question in the same form as the documents, on one line. */
export function normalizeQuery(text: string): string {
  return collapseWhitespace(normalizeCharacters(text));
}
