import type { Logger } from '../log.ts';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { declined } from './compose.ts';
import { coverage, questionTerms } from './relevance.ts';
import type { Answer, Answerer } from './types.ts';

/** Least share of the question's weight the retrieved passages must hold to be worth answering from. */
const MIN_PASSAGE_COVERAGE = 0.34;
const CANDIDATE_PASSAGES = 8;

/**
 * Retrieval, the checks that hold for every answerer (a place or year the knowledge base does
 * not cover, a question whose words the passages do not hold), then the configured answerer.
 */
export class QuestionService {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly retriever: HybridRetriever,
    private readonly answerer: Answerer,
    private readonly log: Logger,
  ) {}

  async ask(question: string): Promise<Answer> {
    // More passages than are cited: the answerer cites what it used first, then the best others.
    const { analysis, passages } = await this.retriever.retrieve(question, CANDIDATE_PASSAGES);
    const place = analysis.unknownPlaces[0];
    if (place) return declined(this.kb, `${place}政协的资料`);
    const year = analysis.years.find((y) => !this.kb.knowsYear(y, analysis.cities));
    if (year !== undefined) return declined(this.kb, `${year}年的相关资料`);

    const terms = questionTerms(analysis, this.kb);
    const context = passages.map((p) => `${p.doc.title} ${p.chunk.section} ${p.chunk.text}`).join('\n');
    if (passages.length === 0 || coverage(terms, context) < MIN_PASSAGE_COVERAGE) {
      this.log.debug({ question, terms }, 'declined: passages do not cover the question');
      return declined(this.kb);
    }
    return this.answerer.answer(question, passages);
  }
}
