/** Sentence ends and line breaks: where a long Chinese reply may be cut without breaking a thought. */
const BREAK_AFTER = /[。！？；!?;\n]/u;

/**
 * Splits a reply into parts of at most `maxChars` code points, cutting after a sentence end or a
 * line break when one exists in the part, else after a comma, else hard. Parts are trimmed.
 */
export function splitMessage(text: string, maxChars: number): string[] {
  if (maxChars < 1) throw new RangeError('maxChars must be positive');
  const chars = Array.from(text.trim());
  const parts: string[] = [];
  let start = 0;
  while (chars.length - start > maxChars) {
    const window = chars.slice(start, start + maxChars);
    let cut = lastIndex(window, (c) => BREAK_AFTER.test(c));
    if (cut < maxChars / 3) cut = Math.max(cut, lastIndex(window, (c) => c === '，' || c === ','));
    const end = cut >= 0 ? start + cut + 1 : start + maxChars;
    const part = chars.slice(start, end).join('').trim();
    if (part) parts.push(part);
    start = end;
  }
  const rest = chars.slice(start).join('').trim();
  if (rest || parts.length === 0) parts.push(rest);
  return parts;
}

function lastIndex(chars: string[], test: (c: string) => boolean): number {
  for (let i = chars.length - 1; i >= 0; i--) if (test(chars[i] ?? '')) return i;
  return -1;
}
