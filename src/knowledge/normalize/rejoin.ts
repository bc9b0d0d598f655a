import { HEADING_MARKER, endsClosed, hasSentenceEnd, isHeadingShaped } from './text-shape.ts';

/** A line this long with clause commas is body text even before its first full stop. */
const PARAGRAPH_MIN_CHARS = 40;

/**
 * Glues paragraphs that a web copy broke mid-sentence (`…深学笃悟中共二十大精` + `神和习近平…`).
 * A line is continued when it is body text (it already holds a full stop, or is long and has
 * clause commas), does not end a sentence, and the next line is not a heading.
 */
export function rejoinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && isOpenParagraph(last) && continues(line)) out[out.length - 1] = glue(last, line);
    else out.push(line);
  }
  return out;
}

function isOpenParagraph(line: string): boolean {
  if (endsClosed(line)) return false;
  if (hasSentenceEnd(line)) return true;
  return line.length >= PARAGRAPH_MIN_CHARS && /[,，、]/u.test(line) && !HEADING_MARKER.test(line);
}

function continues(line: string): boolean {
  return !HEADING_MARKER.test(line) && !isHeadingShaped(line);
}

/** Chinese needs no space at the seam; two Latin words or numbers do. */
function glue(left: string, right: string): string {
  return /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z0-9]/u.test(right) ? `${left} ${right}` : left + right;
}
