import { dropLineRegexes, type CleaningRules } from './rules.ts';
import { HEADING_MARKER, hanCount, hasSentenceMark, isHeadingShaped, sameText } from './text-shape.ts';

/** List bullets web copies put before metadata lines (`- 来源:本站`); patterns are matched without them. */
const BULLET = /^[-*·•]\s*/u;
/** A page-title suffix naming the site: `…会议上_常熟新闻网-本地新闻`, `… | 某某网`. */
const SITE_SUFFIX = /\s*[_|｜]\s*[^_|｜。，,]{2,30}$/u;
/** Below this share of Chinese characters a long line is link, code or counter debris. */
const MIN_HAN_SHARE = 0.2;
const SHORT_LINE = 10;
/** Lines without Chinese are kept only when they read like an English sentence. */
const MIN_LATIN_WORDS = 4;
/** A year alone on its line: debris, unless it heads the heading below it (`2024` / `履职关键词`). */
const BARE_YEAR = /^(?:19|20)\d{2}$/u;

/** Drops metadata and site-name lines matching the configured patterns. */
export function dropRuleLines(lines: string[], rules: CleaningRules): string[] {
  const patterns = dropLineRegexes(rules);
  return lines.filter((line) => !patterns.some((p) => p.test(line.replace(BULLET, ''))));
}

/**
 * Removes what the page around the report left behind without a rule naming it: lines that
 * are mostly ASCII or digits, the site suffix of the title, and later copies of the title.
 */
export function dropPageDebris(lines: string[]): string[] {
  const [first, ...rest] = joinYearHeadings(lines).filter((line) => !isAsciiDebris(line));
  if (first === undefined) return [];
  const title = hasSentenceMark(first) ? first : first.replace(SITE_SUFFIX, '');
  return [title, ...rest.filter((line) => !sameText(line, title))];
}

export function isAsciiDebris(line: string): boolean {
  const han = hanCount(line);
  if (han === 0) return (line.match(/[A-Za-z]{2,}/gu)?.length ?? 0) < MIN_LATIN_WORDS;
  const chars = line.replace(/\s+/gu, '').length;
  return chars >= SHORT_LINE && han / chars < MIN_HAN_SHARE && !hasSentenceMark(line);
}

/** Magazine-style layouts set the year over a heading; the pair is one heading (`2024年履职关键词`). */
function joinYearHeadings(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (BARE_YEAR.test(lines[i]!.trim()) && next !== undefined && isHeadingShaped(next) && !HEADING_MARKER.test(next)) {
      joined.push(`${lines[i]!.trim()}年${next}`);
      i++;
    } else joined.push(lines[i]!);
  }
  return joined;
}
