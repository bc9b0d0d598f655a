import type { Passage } from './types.ts';

/** A number as written and its canonical value ("1,200" and "一千二百" both give "1200"). */
interface Figure {
  surface: string;
  value: string;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';
// Chinese numerals count only before a measure word: "一线协商" or "千家万户" hold no quantity.
const MEASURE = '(?:[次个项件名人位条篇份场家年月日天届期批余多元亩户所座台辆米吨倍类轮组支部处起张种周岁]|公里|小时|分钟|平方)';
const ARABIC = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(万亿|亿|万)?%?/g;
const CHINESE_QUANTITY = new RegExp(`(${NUMERAL})(?=${MEASURE})`, 'g');
const CHINESE_ANY = new RegExp(NUMERAL, 'g');
const CHINESE_PERCENT = new RegExp(`百分之(${NUMERAL})`, 'g');
const CITATION = /\[\d+(?:\s*[,，、]\s*\d+)*\]/g;
const SCALE: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12 };

/**
 * Numbers in `answer` that none of the passages (text, title or section, all of which the
 * model saw) contain, as written but with half-width digits. Citation markers such as [1]
 * are not numbers.
 */
export function inventedNumbers(answer: string, passages: Passage[]): string[] {
  const source = halfWidth(passages.map((p) => `${p.doc.title}\n${p.chunk.section}\n${p.chunk.text}`).join('\n'));
  const known = new Set(figures(source, true).map((f) => f.value));
  const text = halfWidth(answer).replace(CITATION, ' ');
  const invented = figures(text, false).filter((f) => !known.has(f.value)).map((f) => f.surface);
  return [...new Set(invented)];
}

/** In a source every figure counts, both ways a "10万" can be read included. */
function figures(text: string, isSource: boolean): Figure[] {
  const found: Figure[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const digits = canonical(m[1]!.replaceAll(',', ''));
    const scale = m[2] ? SCALE[m[2]]! : 0;
    found.push({ surface: m[0], value: scaled(digits, scale) });
    if (isSource && scale > 0) found.push({ surface: m[0], value: digits });
  }
  for (const m of text.matchAll(CHINESE_PERCENT)) found.push({ surface: m[0], value: chineseValue(m[1]!) });
  const rest = text.replace(CHINESE_PERCENT, ' ');
  for (const m of rest.matchAll(isSource ? CHINESE_ANY : CHINESE_QUANTITY)) {
    const surface = m[1] ?? m[0];
    // A lone 一 is mostly an article ("一年来", "一项重要工作"), and bare units are not numbers.
    if (!isSource && (surface === '一' || !/^[十零〇一二两三四五六七八九]/.test(surface))) continue;
    found.push({ surface, value: chineseValue(surface) });
  }
  return found;
}

function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll('．', '.')
    .replaceAll('％', '%')
    .replaceAll('［', '[')
    .replaceAll('］', ']');
}

/** "007" → "7", "3.50" → "3.5". */
function canonical(digits: string): string {
  const [int = '0', frac = ''] = digits.split('.');
  const whole = int.replace(/^0+(?=\d)/, '');
  const fraction = frac.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Moves the decimal point right by `zeros` places, exactly ("1.2" and 4 → "12000"). */
function scaled(digits: string, zeros: number): string {
  if (zeros === 0) return digits;
  const [int = '0', frac = ''] = digits.split('.');
  const moved = `${int}${frac.padEnd(zeros, '0')}`;
  return canonical(`${moved.slice(0, int.length + zeros)}.${moved.slice(int.length + zeros)}`);
}

/** "二十六" → "26", "十万" → "100000", "二〇二四" → "2024". */
export function chineseValue(numeral: string): string {
  if (!/[十百千万亿]/.test(numeral)) return canonical([...numeral].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of numeral) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    } else if (c === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * UNIT[c]!;
      digit = 0;
    }
  }
  return String(total + section + digit);
}
