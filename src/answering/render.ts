import type { Answer, Citation } from './types.ts';

/** The sources the answer's text cites ([n]); the others were retrieved but not used. */
export function citedIn(answer: Pick<Answer, 'text' | 'citations'>): Citation[] {
  return answer.citations.filter((c) => answer.text.includes(`[${c.n}]`));
}

/** The chat form of an answer: how a follow-up or a mistyped city was understood, its text, then the sources it cites. */
export function renderAnswer(answer: Answer): string {
  const understood = answer.understood ? `（按“${answer.understood}”理解）\n` : '';
  if (!answer.answered) return `${understood}${answer.text}`;
  const cited = citedIn(answer);
  if (cited.length === 0) return `${understood}${answer.text}`;
  const sources = cited.map((c) =>
    // A staff answer is cited by who gave it and when, not as a document.
    c.source.startsWith('staff:') ? `[${c.n}] ${c.title}（${c.section}）` : `[${c.n}] 《${c.title}》${c.section ? ` ${c.section}` : ''}`,
  );
  return `${understood}${answer.text}\n\n来源：\n${sources.join('\n')}`;
}
