/** One space at most inside a line, none at the ends, and no empty lines. */
export function tidyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .filter((line) => line.length > 0);
}

/** A question is one line: every run of whitespace becomes a single space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
