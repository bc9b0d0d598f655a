import { existsSync, readFileSync } from 'node:fs';

/**
 * How members say things versus how the reports write them, read from `knowledge/colloquial.txt`:
 * phrases to ignore (address, filler), phrases to read as the report's word, and groups of report
 * words that count as one another.
 */
export interface Phrasing {
  /** Phrases dropped from a question, longest first. */
  ignored: string[];
  /** Colloquial phrase → the report word it is read as, longest phrase first. */
  rewrites: Array<[from: string, to: string]>;
  /** Report words equivalent to one another (the right-hand side of a line). */
  groups: string[][];
}

export const NO_PHRASING: Phrasing = { ignored: [], rewrites: [], groups: [] };

/** Parses the file; a missing file means no colloquial vocabulary. */
export function loadPhrasing(file: string | undefined): Phrasing {
  if (!file || !existsSync(file)) return NO_PHRASING;
  return parsePhrasing(readFileSync(file, 'utf8'));
}

export function parsePhrasing(text: string): Phrasing {
  const ignored: string[] = [];
  const rewrites: Array<[string, string]> = [];
  const groups: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const at = line.search(/[=＝]/u);
    if (at < 0) continue;
    const left = words(line.slice(0, at));
    const right = words(line.slice(at + 1));
    if (right.length === 0) {
      ignored.push(...left);
      continue;
    }
    if (right.length > 1 || left.some((w) => right.includes(w))) groups.push(right);
    for (const word of left) if (!right.includes(word)) rewrites.push([word, right[0]!]);
  }
  const longestFirst = (a: string, b: string) => [...b].length - [...a].length;
  return {
    ignored: [...new Set(ignored)].sort(longestFirst),
    rewrites: rewrites.sort((a, b) => longestFirst(a[0], b[0])),
    groups,
  };
}

function words(side: string): string[] {
  return side.split(/\s+/u).map((w) => w.trim()).filter(Boolean);
}

/** "gongzhonghao" holds "gzh": letters said for a word are a run of their own, never part of a longer one. */
function insideLetters(text: string, at: number, from: string): boolean {
  return /^[A-Za-z]/u.test(from) && (/[A-Za-z]/u.test(text[at - 1] ?? '') || /[A-Za-z]/u.test(text[at + from.length] ?? ''));
}

/**
 * Drops the ignored phrases and puts the report's word for each colloquial phrase, in one pass
 * from the left so a replaced word is never read again. `protect` holds words that must stay
 * whole ("履职助手" keeps its "助手").
 */
export function applyPhrasing(text: string, phrasing: Phrasing, protect: (text: string, at: number, length: number) => boolean = () => false): string {
  const table: Array<[string, string]> = [...phrasing.ignored.map((w): [string, string] => [w, '']), ...phrasing.rewrites];
  table.sort((a, b) => b[0].length - a[0].length);
  if (table.length === 0) return text;
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const [from, to] of table) {
      if (text.startsWith(from, i) && !protect(text, i, from.length) && !insideLetters(text, i, from)) {
        // "怎么回复" already says the report's word that "怎么回" is read as: it stays, not "怎么回复复".
        const said = to.startsWith(from) && text.startsWith(to, i) ? to.length : from.length;
        out += to;
        i += said;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}
