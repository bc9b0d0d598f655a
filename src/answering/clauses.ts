import { hasFigure, hasTime, type QuestionShape } from './question-shape.ts';
import { coverage, type Term } from './relevance.ts';

const CLAUSE_END = /(?<=[，,；;：:])/u;

/** What a run gains for holding the start when a reason is asked; one asking an outcome must hold the end. */
const OUTCOME_OR_REASON = 0.3;

/**
 * Report sentences run to hundreds of characters. Keep the run of clauses that carries the
 * question's words and the asked-for figure, so the answer is a sentence, not a paragraph.
 */
export function trimToClauses(sentence: string, terms: Term[], shape: QuestionShape, maxChars: number): string {
  const text = sentence.trim();
  if ([...text].length <= maxChars) return finish(text);
  return finish(bestRun(withoutOtherTitles(text, terms), terms, shape, maxChars));
}

function bestRun(text: string, terms: Term[], shape: QuestionShape, maxChars: number): string {
  if ([...text].length <= maxChars) return text;
  const clauses = withContinuations(text.split(CLAUSE_END).filter(Boolean));
  const bearing = clauses.map((c) => coverage(terms, c) > 0);
  let best = { from: 0, to: 0, score: -Infinity };
  for (let from = 0; from < clauses.length; from++) {
    let length = 0;
    for (let to = from; to < clauses.length; to++) {
      length += [...clauses[to]!].length;
      if (length > maxChars && to > from) break;
      const window = clauses.slice(from, to + 1).join('');
      let score = coverage(terms, window) - length / (maxChars * 20);
      // A later clause taking up the question's words again tells what became of it
      // ("《张湾阳光小学……亟待解决》等得到批示,……,阳光小学天桥建成投入使用").
      score += 0.02 * bearing.slice(from + 1, to + 1).filter(Boolean).length;
      if (shape.units.length > 0 && hasFigure(window, shape.units)) score += 1;
      // "跑了多少家…出了多少篇": two figures asked, the run keeps both.
      if (shape.multiPart && shape.units.length > 0 && clauses.slice(from, to + 1).filter((c) => hasFigure(c, shape.units)).length > 1) score += 0.5;
      if (shape.wantsTime && hasTime(window)) score += 1;
      // "后来咋处理的" is told where the sentence ends; "为啥要推" where it begins.
      if (shape.asksOutcome && to === clauses.length - 1) score += 1;
      if (shape.asksWhy && from === 0) score += OUTCOME_OR_REASON;
      if (score > best.score) best = { from, to, score };
    }
  }
  return clauses.slice(best.from, best.to + 1).join('');
}

/**
 * "《张湾阳光小学……》《城区供水……》《关于……》等得到批示": of a run of titles, the ones about the
 * question stand for the rest, so what became of them fits in the answer.
 */
function withoutOtherTitles(text: string, terms: Term[]): string {
  return text.replace(/(?:《[^《》]+》[、和及]?){3,}/gu, (run) => {
    const titles = run.match(/《[^《》]+》/gu)!;
    // A one-character word ("出" of "出了几期" in "进出校园") does not make a title about the question.
    const words = terms.filter((t) => [...t.word].length > 1);
    const kept = titles.filter((t) => coverage(words, t) > 0);
    return kept.length > 0 && kept.length < titles.length ? `${kept.join('、')}${/^等/u.test(text.slice(text.indexOf(run) + run.length)) ? '' : '等'}` : run;
  });
}

/**
 * "被列为72件重点提案之一,同时纳入10件主席督办件之一": a clause opening with "同时/并/还" adds to
 * the one before it, so the two are kept or dropped together.
 */
function withContinuations(clauses: string[]): string[] {
  const out: string[] = [];
  for (const clause of clauses) {
    if (out.length > 0 && CONTINUES.test(clause)) out[out.length - 1] += clause;
    else out.push(clause);
  }
  return out;
}

const CONTINUES = /^(?:同时|并且|并|还|且|也)(?![\p{P}])/u;

function finish(text: string): string {
  // Article numbers ("第八条") label a rule; they are not part of the answer.
  const trimmed = text.replace(/^第[一二三四五六七八九十百零]+条\s*/u, '').replace(/[，,；;：:、\s]+$/u, '');
  return /[。！？!?”」』)）]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}
