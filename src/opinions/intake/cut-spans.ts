/**
 * Taking parts (a phone number, "同意署名", "我是民盟的徐丽") out of a member's text and
 * leaving the rest as written, with no punctuation left dangling where a part was:
 * "没有红绿灯，我的手机139…，每天" → "没有红绿灯，每天"; "……信号灯，同意署名。" → "……信号灯。"
 */

export interface Span {
  start: number;
  end: number;
}

const SEPARATOR = /[，,。；;！!？?、:：]/u;
const STRONG = /[。；;！!？?]/u;
const BLANK = /[ \t]/u;
const OPENING = /[（(]/u;
const CLOSING = /[）)]/u;
const FILLER = /^(?:就是说?|那个)(?=[我咱俺这那])/u;

/** Overlapping or touching spans as one, in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The text without the spans; punctuation next to a removed part is kept once, the stronger mark. */
export function cutSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of mergeSpans(spans).reverse()) {
    let { start, end } = span;
    while (start > 0 && BLANK.test(out.charAt(start - 1))) start--;
    while (end < out.length && BLANK.test(out.charAt(end))) end++;
    const before = out.charAt(start - 1);
    const after = out.charAt(end);
    // "哦不对 手机是139… 名字雷振宇" → "哦不对 名字雷振宇": words apart stay apart.
    const apart = (start < span.start || end > span.end) && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
    // "排到河里（我电话139…，照片视频都有）" → "排到河里（照片视频都有）"; brackets left empty go too.
    if (OPENING.test(before) && CLOSING.test(after)) {
      start--;
      end++;
    } else if (OPENING.test(before)) while (end < out.length && (SEPARATOR.test(out.charAt(end)) || BLANK.test(out.charAt(end)))) end++;
    const lineStart = start === 0 || before === '\n';
    const lineEnd = end === out.length || after === '\n';
    if (lineStart) {
      // Nothing before it on the line: the marks after it have nothing to follow.
      while (end < out.length && (SEPARATOR.test(out.charAt(end)) || BLANK.test(out.charAt(end)))) end++;
      // "我叫梅雪芬就是我们剧团……": voice input's filler after an introduction opens no story.
      end += FILLER.exec(out.slice(end))?.[0].length ?? 0;
    } else if (SEPARATOR.test(before) && (lineEnd || SEPARATOR.test(after))) {
      if (lineEnd) {
        // "信号灯，同意署名" → "信号灯": a comma does not end a text; a full stop stays.
        if (!STRONG.test(before)) start--;
      } else if (STRONG.test(after) && !STRONG.test(before)) {
        start--;
      } else {
        end++;
        while (end < out.length && BLANK.test(out.charAt(end))) end++;
      }
    }
    out = out.slice(0, start) + (apart ? ' ' : '') + out.slice(end);
  }
  return out
    .split('\n')
    .filter((line) => !/^[\s\p{P}\p{S}]*$/u.test(line) || line === '')
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
