import { formatChinaDateTime } from '../china-time.ts';
import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { readQuestion } from './question-reader.ts';
import { printOf, similarity, type QuestionPrint } from './similar-questions.ts';
import type { Answer } from './types.ts';

/** An answer staff wrote for a question (as Dify's annotation replies and MaxKB's 问答对). */
export interface CuratedAnswer {
  id: number;
  question: string;
  answer: string;
  createdAt: Date;
  /** The staff member who wrote it, when given. */
  createdBy?: string;
}

export interface NewCuratedAnswer {
  question: string;
  answer: string;
  createdAt: Date;
  createdBy?: string;
}

/** Kept apart from the knowledge index, so re-ingesting the documents leaves them alone. */
export interface CuratedAnswerStore {
  add(entry: NewCuratedAnswer): Promise<CuratedAnswer>;
  /** Oldest first. */
  list(): Promise<CuratedAnswer[]>;
  /** false when there was no such answer. */
  remove(id: number): Promise<boolean>;
}

/** How alike a question must be to a curated one to get its answer. */
export const CURATED_MATCH = 0.75;

export const CURATED_TITLE = '工作人员答复';

/** Finds the staff answer for the same or a near question. */
export class CuratedAnswers {
  private readonly prints = new Map<string, QuestionPrint>();

  constructor(
    private readonly store: CuratedAnswerStore,
    private readonly tokenizer: Pick<Tokenizer, 'rephrase' | 'words' | 'synonyms' | 'informativeness' | 'namesAPlace'>,
    private readonly threshold = CURATED_MATCH,
  ) {}

  /** The staff answer for a question already read (see readQuestion), or undefined. */
  async find(read: string): Promise<Answer | undefined> {
    const answers = await this.store.list();
    if (answers.length === 0) return undefined;
    const asked = printOf(read, this.tokenizer);
    let best: { entry: CuratedAnswer; score: number } | undefined;
    for (const entry of answers) {
      const score = similarity(asked, this.printOf(entry));
      // The newer of two equally good answers wins: staff corrected the older one.
      if (score >= this.threshold && (!best || score >= best.score)) best = { entry, score };
    }
    return best ? curatedAnswer(best.entry) : undefined;
  }

  private printOf(entry: CuratedAnswer): QuestionPrint {
    const key = `${entry.id}\u0000${entry.question}`;
    let print = this.prints.get(key);
    if (!print) {
      // "去年" in a staff question means the year before staff wrote it.
      print = printOf(readQuestion(entry.question, this.tokenizer, entry.createdAt), this.tokenizer);
      this.prints.set(key, print);
    }
    return print;
  }
}

/** The staff answer cited as 工作人员答复 with its date. */
export function curatedAnswer(entry: CuratedAnswer): Answer {
  const date = chinaDate(entry.createdAt);
  return {
    text: `${entry.answer.trim()}[1]`,
    answered: true,
    via: 'curated',
    citations: [{ n: 1, source: `staff:${entry.id}`, title: CURATED_TITLE, section: date, text: entry.answer.trim(), score: 1 }],
  };
}

export function chinaDate(at: Date): string {
  return formatChinaDateTime(at).slice(0, 10);
}
