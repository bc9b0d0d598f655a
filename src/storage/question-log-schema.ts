import type { Migration } from './database.ts';

/**
 * Questions members asked with their outcome, and the answers staff wrote for questions the
 * knowledge base does not answer well. Both live in the database, not in the knowledge index, so
 * re-ingesting the documents leaves them alone.
 */
export const QUESTIONS_SCHEMA: Migration = {
  version: 8,
  name: 'question log and curated answers',
  up: `
    CREATE TABLE question_log (
      id        INTEGER PRIMARY KEY,
      asked_at  TEXT NOT NULL,
      asker     TEXT NOT NULL,
      question  TEXT NOT NULL,
      resolved  TEXT NOT NULL,
      follow_up INTEGER NOT NULL DEFAULT 0,
      outcome   TEXT NOT NULL CHECK (outcome IN ('answered', 'declined', 'curated')),
      source    TEXT
    );
    CREATE INDEX question_log_by_outcome ON question_log (outcome, asked_at);

    CREATE TABLE curated_answers (
      id         INTEGER PRIMARY KEY,
      question   TEXT NOT NULL,
      answer     TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT
    );
  `,
};

/**
 * Every source an answer cited (JSON: [{source, title, section}]), so the workbench's 问答记录 shows
 * them all; questions logged before have only `source`. Paged newest first by time.
 */
export const QUESTION_CITATIONS_SCHEMA: Migration = {
  version: 11,
  name: 'question log citations',
  up: `
    ALTER TABLE question_log ADD COLUMN citations TEXT;
    CREATE INDEX question_log_by_time ON question_log (asked_at);
  `,
};
