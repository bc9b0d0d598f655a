import { hasFigure, shapeOf } from './question-shape.ts';
import { coverage, termCredit, type Term } from './relevance.ts';

/**
 * "几个工作日内受理？受理以后多久给个说法": two figures asked in two clauses. Each clause is
 * answered by the sentence that best holds its own words, in the order asked. Coverage of the
 * whole question cannot tell them apart when the rules name the same steps in both sentences
 * ("提交后…受理", "受理后…作出决定").
 */

/** A clause asking a figure: a count, an amount or a span of time. */
const ASKS_FIGURE = /多少|几[^乎]|多久|多长时间/u;

/** Least share of a clause's own words its sentence must hold. */
const CLAUSE_COVERAGE = 0.5;

/** The clauses asking a figure, split at commas and question marks. */
export function figureClauses(question: string): string[] {
  return question.split(/[，,；;。？?！!\s]+/u).filter((clause) => ASKS_FIGURE.test(clause));
}

/**
 * For two figure clauses, the sentences answering each, first clause first; undefined unless both
 * clauses are answered and by different sentences. `ranked` is best first.
 */
export function answerEachFigureClause<T extends { sentence: string }>(question: string, terms: Term[], ranked: T[]): [T, T] | undefined {
  const clauses = figureClauses(question);
  if (clauses.length !== 2) return undefined;
  const picks = clauses.map((clause) => {
    const own = ownTerms(clause, terms);
    if (own.length === 0) return undefined;
    let best: T | undefined;
    let bestCoverage = CLAUSE_COVERAGE;
    // Best first, so of equally covering sentences the better ranked one answers.
    for (const candidate of ranked) {
      const held = coverage(own, candidate.sentence);
      if (held > bestCoverage || (best === undefined && held >= bestCoverage)) {
        best = candidate;
        bestCoverage = held;
      }
    }
    return best;
  });
  const [first, second] = picks;
  if (!first || !second || first.sentence === second.sentence) return undefined;
  return [first, second];
}

/**
 * "下基层跑了多少趟 专题调研搞了几回": one sentence giving each count asked beside the clause's own
 * words, in parts of its own ("下基层108次,开展专题调研29次"), answers every clause by itself.
 */
export function givesEachCount(question: string, terms: Term[], sentence: string): boolean {
  const clauses = figureClauses(question);
  if (clauses.length < 2) return false;
  const parts = sentence.split(/[，,；;。]/u);
  const used = new Set<number>();
  return clauses.every((clause) => {
    const units = shapeOf(clause).units;
    const own = ownTerms(clause, terms);
    const at = parts.findIndex((part, i) => !used.has(i) && units.length > 0 && hasFigure(part, units) && own.some((t) => termCredit(t, part) >= 0.5));
    used.add(at);
    return at >= 0;
  });
}

/** The question's terms a clause says. */
function ownTerms(clause: string, terms: Term[]): Term[] {
  return terms.filter((term) => term.forms.some((form) => clause.includes(form)) || clause.includes(term.word));
}

/**
 * "常熟的民生类提案比武汉多还是少": a city's figure for the thing compared is a figure outside
 * quotation marks ("“323”攻坚行动" names a campaign, it counts nothing), in a sentence naming it.
 */
export function figureBesideTerm(sentence: string, terms: Term[]): boolean {
  const named = terms.filter((t) => !t.told && [...t.word].length > 1);
  const unquoted = sentence.replace(/[“"][^”"]*[”"]/gu, '');
  return /\d/u.test(unquoted) && named.some((t) => t.forms.some((form) => sentence.includes(form)));
}
