/**
 * A story pasted twice ("标题：…情况：…建议：…" and the same again), or one of its lines sent again:
 * the member means it once. Lines and blocks said a second time word for word are dropped.
 */
const LEAST = 10;

export function withoutRepeats(text: string): string {
  const seen = new Set<string>();
  const lines = text.split('\n').filter((line) => {
    const said = line.trim();
    if (Array.from(said).length < LEAST) return true;
    if (seen.has(said)) return false;
    seen.add(said);
    return true;
  });
  const kept = lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
  // "……住户有40多家。……住户有40多家。": one line holding the same sentences twice.
  const sentences = kept.match(/[^。！!？?\n]+[。！!？?]?/gu) ?? [];
  const half = sentences.length / 2;
  if (sentences.length >= 2 && Number.isInteger(half) && sentences.slice(0, half).join('') === sentences.slice(half).join('') && !kept.includes('\n')) return sentences.slice(0, half).join('');
  return kept;
}

/** Whether a bubble only says again what is already told. */
export function saidAlready(told: string | undefined, more: string): boolean {
  const said = more.trim();
  return told !== undefined && Array.from(said).length >= LEAST && told.includes(said);
}
