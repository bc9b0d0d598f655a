import { hasFigure, hasTime, type QuestionShape } from './question-shape.ts';
import { coverage, type Term } from './relevance.ts';

const CLAUSE_END = /(?<=[，,；;：:])/u;

/**
 * Report sentences run to hundreds of characters. Keep the run of clauses that carries the
 * question's words and the asked-for figure, so the answer is a sentence, not a paragraph.
 */
export function trimToClauses(sentence: string, terms: Term[], shape: QuestionShape, maxChars: number): string {
  const text = sentence.trim();
  if ([...text].length <= maxChars) return finish(text);
  const clauses = text.split(CLAUSE_END).filter(Boolean);
  let best = { from: 0, to: 0, score: -Infinity };
  for (let from = 0; from < clauses.length; from++) {
    let length = 0;
    for (let to = from; to < clauses.length; to++) {
      length += [...clauses[to]!].length;
      if (length > maxChars && to > from) break;
      const window = clauses.slice(from, to + 1).join('');
      let score = coverage(terms, window) - length / (maxChars * 20);
      if (shape.units.length > 0 && hasFigure(window, shape.units)) score += 1;
      // "跑了多少家…出了多少篇": two figures asked, the run keeps both.
      if (shape.multiPart && shape.units.length > 0 && clauses.slice(from, to + 1).filter((c) => hasFigure(c, shape.units)).length > 1) score += 0.5;
      if (shape.wantsTime && hasTime(window)) score += 1;
      if (score > best.score) best = { from, to, score };
    }
  }
  return finish(clauses.slice(best.from, best.to + 1).join(''));
}

function finish(text: string): string {
  // Article numbers ("第八条") label a rule; they are not part of the answer.
  const trimmed = text.replace(/^第[一二三四五六七八九十百零]+条\s*/u, '').replace(/[，,；;：:、\s]+$/u, '');
  return /[。！？!?”」』)）]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}
