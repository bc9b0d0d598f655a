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
}

export type QuestionOutcome = 'answered' | 'declined' | 'curated';

export interface QuestionQuery {
  outcome?: QuestionOutcome;
  /** Asked at or after. */
  since?: Date;
}

/** Where asked questions are kept, so staff see what members ask and what the bot could not answer. */
export interface QuestionLog {
  record(entry: LoggedQuestion): Promise<void>;
  /** Oldest first. */
  list(query?: QuestionQuery): Promise<LoggedQuestion[]>;
}
