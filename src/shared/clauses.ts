/** Clauses split at sentence and clause punctuation; 、 joins a list, so it does not split. */
export function clauses(text: string): string[] {
  return text
    .split(/[，。；！？,;!?\n]+/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}
