import { splitSentences } from '../knowledge/chunker.ts';
import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { analyzeQuery } from '../retrieval/query-analysis.ts';
import { buildCitations, declined } from './compose.ts';
import { trimToClauses } from './clauses.ts';
import { hasFigure, hasTime, shapeOf, type QuestionShape } from './question-shape.ts';
import { coverage, questionTerms, termCredit, type Term } from './relevance.ts';
import type { Answer, Answerer, Passage } from './types.ts';

export interface ExtractiveOptions {
  /** Least share of the question's weight the chosen sentence (with its headings) must hold. */
  minCoverage?: number;
  /** Longest single extract, in characters. */
  maxSentenceChars?: number;
}

interface Candidate {
  passage: Passage;
  sentence: string;
  score: number;
  coverage: number;
}

/**
 * The offline answerer: picks the sentence of the retrieved passages that best answers the
 * question, trims it to the clauses that matter and cites it. It declines when no sentence
 * holds enough of the question or lacks the kind of figure the question asks for.
 */
export class ExtractiveAnswerer implements Answerer {
  private readonly minCoverage: number;
  private readonly maxSentenceChars: number;

  constructor(private readonly kb: KnowledgeBase, options: ExtractiveOptions = {}) {
    this.minCoverage = options.minCoverage ?? 0.5;
    this.maxSentenceChars = options.maxSentenceChars ?? 120;
  }

  async answer(question: string, passages: Passage[]): Promise<Answer> {
    const analysis = analyzeQuery(normalizeQuery(question), this.kb);
    const terms = questionTerms(analysis, this.kb);
    const shape = shapeOf(analysis.text);
    if (passages.length === 0 || terms.length === 0) return declined(this.kb);

    const groups = analysis.cities.length > 1 ? analysis.cities.map((city) => passages.filter((p) => p.doc.city === city)) : [passages];
    const picks: Candidate[] = [];
    for (const group of groups) {
      const ranked = this.rank(group, terms, shape);
      const best = ranked[0];
      if (!best || best.coverage < this.minCoverage) continue;
      picks.push(best);
      if (groups.length === 1 && shape.multiPart) {
        const second = this.complement(ranked, best, terms);
        if (second) picks.push(second);
      }
    }
    if (picks.length === 0 || (groups.length > 1 && picks.length < groups.length)) return declined(this.kb);

    const used = [...new Set(picks.map((p) => p.passage))];
    const parts = picks.map((pick) => {
      const n = used.indexOf(pick.passage) + 1;
      const label = groups.length > 1 && pick.passage.doc.city ? `${pick.passage.doc.city}：` : '';
      return `${label}${trimToClauses(pick.sentence, terms, shape, this.maxSentenceChars)}[${n}]`;
    });
    return { text: parts.join(groups.length > 1 ? '\n' : ''), answered: true, citations: buildCitations(used, passages), via: 'extractive' };
  }

  private rank(passages: Passage[], terms: Term[], shape: QuestionShape): Candidate[] {
    const candidates: Candidate[] = [];
    passages.forEach((passage, rank) => {
      const context = `${passage.doc.title} ${passage.chunk.section}`;
      for (const sentence of splitSentences(passage.chunk.text)) {
        if (shape.units.length > 0 && !hasFigure(sentence, shape.units)) continue;
        if (shape.wantsTime && !hasTime(sentence)) continue;
        const own = coverage(terms, sentence);
        // Headings and the title carry part of the meaning of the sentences under them.
        const withContext = Math.max(own, coverage(terms, `${context} ${sentence}`) * 0.9);
        let score = withContext - rank * 0.02;
        if (shape.wantsNumber && shape.units.length === 0) score += hasFigure(sentence, []) ? 0.1 : -0.2;
        candidates.push({ passage, sentence, score, coverage: withContext });
      }
    });
    return candidates.sort((a, b) => b.score - a.score);
  }

  /** A second sentence for a question asking several things, if it adds what the first lacks. */
  private complement(ranked: Candidate[], first: Candidate, terms: Term[]): Candidate | undefined {
    const missing = terms.filter((t) => termCredit(t, first.sentence) < 1);
    if (missing.length === 0) return undefined;
    return ranked.find((c) => c !== first && c.sentence !== first.sentence && coverage(missing, c.sentence) >= 0.5);
  }
}
