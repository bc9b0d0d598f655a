/** One question a member asked and what became of it. */
export interface LoggedQuestion {
  askedAt: Date;
  /** Who asked, in which conversation ("wechat:room:wxid"). */
  asker: string;
  /** As typed. */
  question: string;
  /** As read: filler dropped, years written out, a follow-up completed. */
  resolved: string;
  /** A follow-up ("那武汉呢？") completed from the asker's previous question. */
  followUp: boolean;
  outcome: QuestionOutcome;
  /** The first cited source, when answered. */
  source?: string;
  /** Every source the answer cited, in its order (absent on questions logged before they were kept). */
  citations?: LoggedCitation[];
}

/** A source an answer cited, as staff read it: the document (or `staff:<id>` for a staff answer), its title and section. */
export interface LoggedCitation {
  source: string;
  title: string;
  section: string;
}

/** A logged question with its place in the log, as a page of the log lists it. */
export interface LoggedQuestionEntry extends LoggedQuestion {
  /** Increasing in the order recorded. */
  id: number;
}

export type QuestionOutcome = 'answered' | 'declined' | 'curated';

export interface QuestionQuery {
  outcome?: QuestionOutcome;
  /** Asked at or after. */
  since?: Date;
}

/** A page of the log: newest first, optionally one outcome and a span of time. */
export interface QuestionSearch {
  outcome?: QuestionOutcome;
  /** Asked at or after. */
  since?: Date;
  /** Asked before. */
  until?: Date;
  /** How many of the matching questions to skip, newest first. */
  offset?: number;
  /** At most this many (brought within 0 to MAX_QUESTION_PAGE); 0 counts only. */
  limit: number;
}

export const MAX_QUESTION_PAGE = 200;

/** Where asked questions are kept, so staff see what members ask and what the bot could not answer. */
export interface QuestionLog {
  record(entry: LoggedQuestion): Promise<void>;
  /** Oldest first. */
  list(query?: QuestionQuery): Promise<LoggedQuestion[]>;
  /** One page, newest first, and how many match in all. */
  search(query: QuestionSearch): Promise<{ total: number; questions: LoggedQuestionEntry[] }>;
}
