import { escapeRegExp } from '../../shared/escape-regexp.ts';

/** Brackets left empty once what they held is cut: `金年会(金子招牌)` → `()`. */
const EMPTY_BRACKETS = /[(（【\[]\s*[)）】\]]/gu;
const EDGE_SEPARATORS = /^[\s:：|_\-·]+|[\s:：|_\-·]+$/gu;
/** Text after the last full stop of a line, short and without punctuation: a likely inserted brand. */
const TAIL = /[。！？!?]([\p{Script=Han}A-Za-z0-9]{2,8})$/u;
const BRACKETED = /[(（【\[][^)）】\]]*[)）】\]]/gu;

/** Cuts the configured spam phrases and drops lines left with nothing readable. */
export function cutSpam(lines: string[], phrases: string[]): string[] {
  if (phrases.length === 0) return lines;
  const spam = new RegExp(phrases.map(escapeRegExp).join('|'), 'giu');
  return lines.map((line) => cutFrom(line, spam)).filter(isReadable);
}

/**
 * Finds brands injected into a page without a configured phrase: a short word hanging after
 * the last full stop of a paragraph that also turns up as a line of its own, as another such
 * tail, or in the title. It is cut from all of those places.
 */
export function dropBrandInsertions(lines: string[]): string[] {
  const tails = lines.map((line) => line.match(TAIL)?.[1]);
  const cores = lines.map((line) => line.replace(BRACKETED, '').trim());
  const brands = new Set(
    tails.filter((tail): tail is string => {
      if (!tail) return false;
      const seen = tails.filter((t) => t === tail).length + cores.filter((c) => c === tail).length;
      return seen + (lines[0]?.includes(tail) ? 1 : 0) >= 2;
    }),
  );
  if (brands.size === 0) return lines;
  return lines
    .map((line, i) => {
      if (brands.has(cores[i]!)) return '';
      const tail = tails[i];
      let out = tail && brands.has(tail) ? line.slice(0, -tail.length) : line;
      // In the title the brand may carry its pinyin glued in front: `jinnian金年会:`.
      if (i === 0) for (const brand of brands) out = cutFrom(out, new RegExp(`[A-Za-z]*${escapeRegExp(brand)}`, 'gu'));
      return out;
    })
    .filter(isReadable);
}

function cutFrom(line: string, phrase: RegExp): string {
  const cut = line.replace(phrase, '');
  return cut === line ? line : cut.replace(EMPTY_BRACKETS, '').replace(EDGE_SEPARATORS, '');
}

function isReadable(line: string): boolean {
  return /[\p{Script=Han}A-Za-z0-9]/u.test(line);
}

