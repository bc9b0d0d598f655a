import { splitSentences } from '../knowledge/chunker.ts';
import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { analyzeQuery } from '../retrieval/query-analysis.ts';
import { buildCitations, declined } from './compose.ts';
import { trimToClauses } from './clauses.ts';
import { introducesList, isListItem, summarizeList } from './enumeration.ts';
import { hasDuration, hasFigure, hasTime, shapeOf, type QuestionShape } from './question-shape.ts';
import { coverage, questionTerms, termCredit, type Term } from './relevance.ts';
import type { Answer, Answerer, Passage } from './types.ts';

export interface ExtractiveOptions {
  /** Least share of the question's weight the chosen sentence (with its headings) must hold. */
  minCoverage?: number;
  /** Longest single extract, in characters. */
  maxSentenceChars?: number;
}

/** Longest extract answering "多少次/几期" and the like. */
const COUNT_ANSWER_CHARS = 70;

/** Longest two-sentence answer to a "how do I" question. */
const PROCEDURE_CHARS = 170;

interface Candidate {
  passage: Passage;
  sentence: string;
  /** The sentence that follows in the same passage, if any. */
  next?: string;
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
    const measured = this.measuredTerm(analysis.text, terms);

    const groups = analysis.cities.length > 1 ? analysis.cities.map((city) => passages.filter((p) => p.doc.city === city)) : [passages];
    const picks: Candidate[] = [];
    for (const group of groups) {
      const ranked = this.rank(group, terms, shape).filter((c) => !measured || termCredit(measured, c.sentence) >= 0.8);
      const best = ranked[0];
      if (!best || best.coverage < this.minCoverage) continue;
      picks.push(best);
      if (groups.length === 1 && shape.multiPart) {
        const second = this.complement(ranked, best, terms);
        if (second) picks.push(second);
      } else if (
        groups.length === 1 &&
        shape.wantsProcedure &&
        best.next &&
        coverage(terms, best.next) > 0 &&
        [...best.sentence + best.next].length <= PROCEDURE_CHARS
      ) {
        picks.push({ ...best, sentence: best.next, next: undefined });
      }
    }
    if (picks.length === 0 || (groups.length > 1 && picks.length < groups.length)) return declined(this.kb);

    const used = [...new Set(picks.map((p) => p.passage))];
    const parts = picks.map((pick, i) => {
      const n = used.indexOf(pick.passage) + 1;
      const label = groups.length > 1 && pick.passage.doc.city ? `${pick.passage.doc.city}：` : '';
      // Consecutive sentences from one passage share one citation mark, after the last.
      const mark = picks[i + 1]?.passage === pick.passage && groups.length === 1 ? '' : `[${n}]`;
      // A count is answered by the clauses around the figure, not the whole report sentence.
      const limit = shape.units.length > 0 ? Math.min(this.maxSentenceChars, COUNT_ANSWER_CHARS) : this.maxSentenceChars;
      return `${label}${trimToClauses(pick.sentence, terms, shape, limit)}${mark}`;
    });
    return { text: parts.join(groups.length > 1 ? '\n' : ''), answered: true, citations: buildCitations(used, passages), via: 'extractive' };
  }

  private rank(passages: Passage[], terms: Term[], shape: QuestionShape): Candidate[] {
    const candidates: Candidate[] = [];
    passages.forEach((passage, rank) => {
      const context = `${passage.doc.title} ${passage.chunk.section}`;
      // Lines are paragraphs or list items: a sentence never spans two of them.
      const lines = passage.chunk.text.split('\n');
      const sentences = lines.flatMap((line, l) => {
        const own = splitSentences(line);
        const last = own[own.length - 1];
        // A list's intro stands for the whole list, summarized by its item names.
        const list = last && introducesList(last) ? summarizeList(last, lines.slice(l + 1)) : null;
        return list ? [...own.slice(0, -1), list] : own.filter((s) => !(isListItem(line) && shape.wantsList));
      });
      sentences.forEach((sentence, i) => {
        // A lead phrase repeating the heading ("扎实开展主题教育。") names the topic, it does not answer.
        if (isHeadingEcho(sentence, passage.chunk.section)) return;
        if (shape.units.length > 0 && !hasFigure(sentence, shape.units)) return;
        if (shape.wantsTime && !hasTime(sentence)) return;
        if (shape.wantsDuration && !hasDuration(sentence)) return;
        const own = coverage(terms, sentence);
        // Headings and the title carry part of the meaning of the sentences under them.
        const withContext = Math.max(own, coverage(terms, `${context} ${sentence}`) * 0.95);
        // Of equally covering sentences, one under a heading about the question wins.
        let score = withContext + 0.3 * coverage(terms, passage.chunk.section) - rank * 0.01;
        // "有哪些…" wants an enumeration: a sentence naming several items answers it.
        if (shape.wantsList && (sentence.match(/、/g)?.length ?? 0) >= 2) score += 0.4;
        if (shape.wantsNumber && shape.units.length === 0) score += hasFigure(sentence, []) ? 0.1 : -0.2;
        const next = sentences[i + 1];
        candidates.push({ passage, sentence, next: next && !isListItem(next) ? next : undefined, score, coverage: withContext });
      });
    });
    return candidates.sort((a, b) => b.score - a.score);
  }

  /**
   * In "…的办复率是多少？" the word before "是多少" names what is counted: a figure in a sentence
   * that does not mention it answers a different question.
   */
  private measuredTerm(text: string, terms: Term[]): Term | undefined {
    const match = /^(.*?)(?:一共|总共|共)?(?:是|有|为|达到)?多少[？?。！!]*$/u.exec(text);
    if (!match) return undefined;
    const words = this.kb.tokenizer.words(match[1]!);
    // A word jieba does not know ("办复率") arrives as single characters: join them back.
    let tail = words.length;
    while (tail > 0 && [...words[tail - 1]!].length === 1) tail--;
    const word = tail < words.length - 1 ? words.slice(tail).join('') : words[words.length - 1];
    if (!word || [...word].length < 2) return undefined;
    return terms.find((t) => t.word === word) ?? { word, weight: 1, forms: [word], parts: [] };
  }

  /** A second sentence for a question asking several things, if it adds what the first lacks. */
  private complement(ranked: Candidate[], first: Candidate, terms: Term[]): Candidate | undefined {
    const missing = terms.filter((t) => termCredit(t, first.sentence) < 1);
    if (missing.length === 0) return undefined;
    return ranked.find((c) => c !== first && c.sentence !== first.sentence && coverage(missing, c.sentence) >= 0.5);
  }
}

function isHeadingEcho(sentence: string, section: string): boolean {
  const bare = sentence.trim().replace(/[。！？；!?;]+$/u, '');
  return bare.length > 0 && bare.length <= 20 && section.includes(bare);
}
