import { HEADING_MARKER, hanCount, hasSentenceMark, isHeadingShaped } from './normalize/text-shape.ts';
import type { Section } from './types.ts';

/**
 * Heading levels. Standalone short lines are outermost (e.g. 工作回顾 › 一、…), numbered and
 * bulleted styles follow the order the reports use. A paragraph's lead phrase is innermost and
 * applies to that paragraph only.
 * Steps of ten leave room for runs of standalone headings (旗帜鲜明讲政治 › 把牢工作“方向舵”).
 */
const PLAIN = 0;
const MARKERS: Array<{ pattern: RegExp; level: number; keepMarker: boolean }> = [
  { pattern: /^■\s*/u, level: 10, keepMarker: false },
  { pattern: /^●\s*/u, level: 20, keepMarker: false },
  { pattern: /^[一二三四五六七八九十]{1,3}、/u, level: 10, keepMarker: true },
  { pattern: /^[(（][一二三四五六七八九十]{1,3}[)）]/u, level: 20, keepMarker: true },
  { pattern: /^\d{1,2}[.、．](?!\d)\s*/u, level: 30, keepMarker: true },
];
const MARKDOWN = /^(#{1,6})\s+(.+)$/u;
/** A marked heading with no full stop may be longer than a standalone one. */
const MARKED_HEADING_MAX = 40;
/** `全面加强党的领导。…`: a short opening phrase without commas, repeated across paragraphs. */
const LEAD_PHRASE = /^([^。！？!?,，、;；:：\s]{2,14}?)(?:。|——)(?=\S)/u;
const LEAD_MIN_REPEATS = 2;
const FIRST_SENTENCE = /^(.+?)[。！？!?]/u;
const TITLE_MAX = 60;
const SUBTITLE = /^[—–]{1,2}/u;
const PERSON_NAME = /^\p{Script=Han}(?:\s?\p{Script=Han}){1,2}$/u;

type Item = { heading: string; level: number; plain: boolean } | { body: string; lead?: string };

/** Splits clean text (one paragraph per line) into runs of paragraphs under one heading path. */
export function splitSections(cleanText: string): Section[] {
  const lines = cleanText.split('\n').filter((line) => line.trim().length > 0);
  const front = frontMatterLength(lines);
  const sections: Section[] = front > 0 ? [{ headings: [], paragraphs: lines.slice(0, front).map((l) => l.replace(MARKDOWN, '$2')) }] : [];
  const path: Array<{ level: number; text: string; plain: boolean }> = [];
  // Level of the item before when it was a standalone heading: the next one nests under it.
  let plainBefore = -1;
  for (const item of acceptRepeatedLeads(lines.slice(front).flatMap(classify))) {
    if ('heading' in item) {
      let level = item.level;
      if (item.plain) level = plainBefore = plainBefore >= 0 ? Math.min(plainBefore + 1, 9) : siblingLevel(path, item.heading);
      else plainBefore = -1;
      while (path.length > 0 && path.at(-1)!.level >= level) path.pop();
      path.push({ level, text: item.heading, plain: item.plain });
      continue;
    }
    plainBefore = -1;
    const headings = [...path.map((h) => h.text), ...(item.lead ? [item.lead] : [])];
    const last = sections.at(-1);
    if (last && last.headings.join('\n') === headings.join('\n')) last.paragraphs.push(item.body);
    else sections.push({ headings, paragraphs: [item.body] });
  }
  return sections;
}

/**
 * A standalone heading after body text is outermost, unless it is built like an open one
 * (强化党的领导 在… / 强化主责主业 在…): parallel headings are siblings under the same parent.
 */
function siblingLevel(path: Array<{ level: number; text: string; plain: boolean }>, heading: string): number {
  const sibling = [...path].reverse().find((h) => h.plain && parallel(h.text, heading));
  return sibling?.level ?? PLAIN;
}

const SEPARATOR = /[\s,，、]/gu;
const PARALLEL_MIN = 6;

function parallel(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < PARALLEL_MIN || Math.abs(a.length - b.length) > 2) return false;
  const gaps = (text: string) => [...text.matchAll(SEPARATOR)].map((m) => `${m.index}${/\s/u.test(m[0]) ? ' ' : ','}`).join('');
  return gaps(a) !== '' ? gaps(a) === gaps(b) : a.slice(0, 2) === b.slice(0, 2);
}

/** Title, subtitle (——…) and author lines at the top: they describe the whole document, not a part. */
function frontMatterLength(lines: string[]): number {
  const titleLike = (line: string | undefined) =>
    line !== undefined && line.length <= TITLE_MAX && hanCount(line) > 0 && !hasSentenceMark(line) && (!HEADING_MARKER.test(line) || /^#\s/u.test(line));
  if (!titleLike(lines[0])) return 0;
  let n = 1;
  while (n < lines.length) {
    const line = lines[n]!;
    const next = lines[n + 1];
    if (SUBTITLE.test(line) || PERSON_NAME.test(line) || (titleLike(line) && next !== undefined && SUBTITLE.test(next))) n++;
    else break;
  }
  return n;
}

function classify(line: string): Item[] {
  const md = line.match(MARKDOWN);
  if (md) return [{ heading: md[2]!, level: (md[1]!.length - 1) * 10, plain: false }];
  for (const { pattern, level, keepMarker } of MARKERS) {
    const marker = line.match(pattern)?.[0];
    if (marker === undefined) continue;
    const rest = line.slice(marker.length);
    const label = keepMarker ? marker.trim() : '';
    if (!hasSentenceMark(rest) && line.length <= MARKED_HEADING_MAX) return [{ heading: label + rest, level, plain: false }];
    const first = rest.match(FIRST_SENTENCE);
    // A heading sentence followed by body text; a lone sentence or clause is a list item instead.
    if (first && first[1]!.length <= MARKED_HEADING_MAX && first[0].length < rest.length) {
      return [{ heading: label + first[1]!, level, plain: false }, { body: rest }];
    }
    return [{ body: keepMarker ? line : rest }];
  }
  if (isHeadingShaped(line)) return [{ heading: line, level: PLAIN, plain: true }];
  return [{ body: line, lead: line.match(LEAD_PHRASE)?.[1] }];
}

/** A lead phrase counts as a sub-heading only when sibling paragraphs share the pattern. */
function acceptRepeatedLeads(items: Item[]): Item[] {
  const groups: Item[][] = [[]];
  for (const item of items) {
    if ('heading' in item) groups.push([]);
    groups.at(-1)!.push(item);
  }
  return groups.flatMap((group) => {
    const leads = group.filter((item) => 'body' in item && item.lead).length;
    return leads >= LEAD_MIN_REPEATS ? group : group.map((item) => ('body' in item ? { body: item.body } : item));
  });
}
