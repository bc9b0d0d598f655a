/**
 * A rule that introduces a list ("分为以下八类：") is answered by the list's item names, so
 * "有哪些类别" gets "经济发展、民生保障、……" and not the first item's fine print.
 */
const ITEM = /^[（(][一二三四五六七八九十\d]+[)）]\s*|^\d+[.、]\s*/u;
const MAX_HEAD_CHARS = 14;

export function introducesList(sentence: string): boolean {
  return /[：:]\s*$/u.test(sentence.trim());
}

/** The intro line followed by the names of the items in the lines after it, or null if none. */
export function summarizeList(intro: string, followingLines: string[]): string | null {
  const heads: string[] = [];
  for (const line of followingLines) {
    if (!ITEM.test(line)) break;
    const body = line.replace(ITEM, '');
    const head = body.split(/[：:；;，,。]/u)[0]!.replace(/[“”"]/g, '').trim();
    heads.push([...head].length <= MAX_HEAD_CHARS ? head : `${[...head].slice(0, MAX_HEAD_CHARS).join('')}…`);
  }
  if (heads.length === 0) return null;
  return `${intro.trim().replace(/[：:]\s*$/u, '：')}${heads.join('、')}。`;
}

export function isListItem(line: string): boolean {
  return ITEM.test(line);
}
