import type { OpinionFields } from '../types.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';

/**
 * A word or a figure of the text put right at the preview in the member's own words: "是六里坪镇
 * 不是土关垭镇", "不是东风路是东岳路", "写成二中了，应该是三中", "困人是9次不是8次", or only the
 * right words when they differ from the text by a figure ("应该是今年已经坏了9回").
 */

type Fields = Partial<OpinionFields>;
const TEXT_FIELDS = ['situation', 'suggestion', 'title'] as const;

const PART = '[“"‘「]?([^，,。！!？?；;\\s“”"\'‘’「」]{1,20}?)[”"’」]?';
/** "是X，不是Y" / "是X 不是Y" (X said, Y denied). */
const SAID_THEN_DENIED = new RegExp(`(?:应该|应当)?是\\s*${PART}\\s*[，,\\s]?\\s*(?:而)?不是\\s*${PART}(?=$|[，,。！!\\s]|我|打错|写错|说错)`, 'gu');
/** "不是Y是X" / "不是Y，而是X". */
const DENIED_THEN_SAID = new RegExp(`不是\\s*${PART}\\s*[，,\\s]?\\s*(?:而|应该|应当)?是\\s*${PART}(?=$|[，,。！!\\s]|我|打错|写错|说错)`, 'gu');
/** "写成二中了，应该是三中", "二中写错了，是三中". */
const WRITTEN_THEN_SAID = new RegExp(`(?:写成|打成|说成|记成)${PART}了?[，,\\s]*(?:应该|应当)?是\\s*${PART}(?=$|[，,。！!\\s])`, 'gu');
/** "应该是今年已经坏了9回", "是有4部电梯": the right words alone, after a remark on what was wrong. */
// "数字写少了，有四十多户": how many there are, said with 有.
const SAID_ALONE = /(?<![不])(?:应该|应当)?(?:是|有)\s*([^，,。！!？?；;“”"]{2,24}?)(?=$|[，,。！!])/gu;
const NUMBER = /\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+/gu;
/** "13800元", "7户": a figure with its measure word says where it goes, as no phone number does. */
const AMOUNT = /^\d{1,8}(?:\.\d+)?(?:多|余)?[个家人名位次件辆台所座户元块岁天年月米%％]$/u;
const SAYS_WRONG = /错|不对|少了|多了|写少|写多|说少|说多|记错|搞错|弄错/u;

/** `to` without the words that already follow or precede `from` in the text ("解放北路那一片" → 解放北路). */
function aligned(value: string, from: string, to: string): string {
  const at = value.indexOf(from);
  const after = value.slice(at + from.length);
  const before = value.slice(0, at);
  let end = to.length;
  for (let k = to.length - 1; k > 0; k--) if (after.startsWith(to.slice(to.length - k))) { end = to.length - k; break; }
  let start = 0;
  for (let k = end - 1; k > 0; k--) if (before.endsWith(to.slice(0, k))) { start = k; break; }
  return to.slice(start, end);
}

/** The field holding `from`, with it replaced by `to` (less what already stands around it). */
export function swapped(fields: Fields, from: string, to: string): Fields | null {
  if (from === to) return null;
  const field = TEXT_FIELDS.find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(from));
  if (!field) return null;
  const value = fields[field] as string;
  return { ...fields, [field]: value.split(from).join(aligned(value, from, to)) };
}

/** The one place a field says the same words with another figure, put right. */
function withFigureChanged(fields: Fields, said: string): Fields | null {
  // Words around the figure say where it goes: a bare number (a phone said again) does not.
  if (!/\d|[零〇一二两三四五六七八九十百千万]/u.test(said) || (said.replace(NUMBER, '').length < 2 && !AMOUNT.test(said))) return null;
  const pattern = new RegExp(escapeRegExp(said).replace(NUMBER, '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)'), 'gu');
  const hits = TEXT_FIELDS.flatMap((key) => [...String(fields[key] ?? '').matchAll(pattern)].map((m) => ({ key, found: m[0] })));
  return hits.length === 1 && hits[0] ? swapped(fields, hits[0].found, said) : null;
}

export function putRight(fields: Fields, text: string): Fields | null {
  let next: Fields = fields;
  let changed = false;
  for (const [pattern, order] of [[SAID_THEN_DENIED, 'said-first'], [DENIED_THEN_SAID, 'denied-first'], [WRITTEN_THEN_SAID, 'denied-first']] as const) {
    for (const match of text.matchAll(pattern)) {
      const [to, from] = order === 'said-first' ? [match[1], match[2]] : [match[2], match[1]];
      const after = to && from ? swapped(next, from, to) : null;
      if (after) [next, changed] = [after, true];
    }
  }
  if (SAYS_WRONG.test(text) && !/电话|手机|号码/u.test(text)) {
    for (const match of text.matchAll(SAID_ALONE)) {
      const after = match[1] ? withFigureChanged(next, match[1]) : null;
      if (after) [next, changed] = [after, true];
    }
  }
  return changed ? next : null;
}
