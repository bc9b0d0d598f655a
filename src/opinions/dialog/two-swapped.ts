import type { OpinionFields } from '../types.ts';
import { FIGURE } from './figure-retold.ts';

/**
 * "两个村说反了：……的是李家村，……的是王家湾", "啊我说反了 是育才小学到六点 实验二小只到四点半":
 * two things of the text swapped. The member names each thing with what it is, gives the figures
 * again, or tells the sentence anew; told anew, the two words whose order differs from the text's
 * are the two swapped.
 */

type Fields = Partial<OpinionFields>;
const SWAPPED = /(?:说|写|弄|搞|打)反了/u;
const HOLD = '\u0000';

const swap = (value: string, a: string, b: string) => value.split(a).join(HOLD).split(b).join(a).split(HOLD).join(b);

/** The pieces of `text` (two characters or more) that `value` holds once, longest first from the left. */
function sharedPieces(text: string, value: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = at + 1;
    while (end < text.length && value.includes(text.slice(at, end + 1))) end++;
    const piece = text.slice(at, end);
    const once = value.indexOf(piece) === value.lastIndexOf(piece);
    if (piece.length >= 2 && once && /\p{Script=Han}/u.test(piece)) pieces.push(piece);
    at = piece.length >= 2 ? end : at + 1;
  }
  return pieces;
}

/** The one exchange of two pieces that puts the text's order of them where the member's is. */
function retoldOrder(text: string, value: string): [string, string] | null {
  const pieces = [...new Set(sharedPieces(text, value))];
  if (pieces.length < 2) return null;
  const told = pieces.map((piece) => value.indexOf(piece));
  const sorted = (order: number[]) => order.every((at, i) => i === 0 || order[i - 1]! < at);
  const found: Array<[string, string]> = [];
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const order = [...told];
      [order[i], order[j]] = [order[j]!, order[i]!];
      if (sorted(order) && !sorted(told)) found.push([pieces[i]!, pieces[j]!]);
    }
  }
  return found.length === 1 ? found[0]! : null;
}

export function twoSwapped(fields: Fields, text: string): Fields | null {
  if (!SWAPPED.test(text)) return null;
  for (const key of ['situation', 'suggestion'] as const) {
    const value = fields[key] ?? '';
    // What the member says each thing "is", or the figures they give, that the text holds.
    const named = [...text.matchAll(/是([^，,。！!\s：:]{2,10}?)(?=$|[，,。！!\s]|到|只|左右)/gu)].map((m) => m[1]!);
    const figures = [...text.matchAll(FIGURE)].map((m) => m[0]);
    for (const said of [named, figures]) {
      const both = [...new Set(said.filter((word) => value.includes(word)))];
      if (both.length === 2) return { ...fields, [key]: swap(value, both[0]!, both[1]!) };
    }
    const pair = retoldOrder(text.replace(/^.*?(?:说|写|弄|搞|打)反了/u, ''), value);
    if (pair) return { ...fields, [key]: swap(value, ...pair) };
  }
  return null;
}
