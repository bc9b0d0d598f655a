import type { Answer } from './types.ts';

/** The chat form of an answer: its text, then the sources it cites. */
export function renderAnswer(answer: Answer): string {
  if (!answer.answered) return answer.text;
  const cited = answer.citations.filter((c) => answer.text.includes(`[${c.n}]`));
  if (cited.length === 0) return answer.text;
  const sources = cited.map((c) => `[${c.n}] 《${c.title}》${c.section ? ` ${c.section}` : ''}`);
  return `${answer.text}\n\n来源：\n${sources.join('\n')}`;
}
