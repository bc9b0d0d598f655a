import type { EditedFields, OpinionEdition } from './editions.ts';

export interface NewEdition {
  number: string;
  fields: EditedFields;
  editor: string;
  now: Date;
}

/**
 * Where 编报稿 are kept: every save is a new edition, so earlier wording is never lost; the
 * latest is the one in force. Async so a networked store fits; the SQLite one is
 * sqlite-edition-store.ts. The caller checks the submission exists (editionProblem checks the text).
 */
export interface EditionStore {
  save(edition: NewEdition): Promise<OpinionEdition>;
  /** Oldest first. */
  history(number: string): Promise<OpinionEdition[]>;
  /** The edition in force for each of these numbers that has one. */
  latest(numbers: readonly string[]): Promise<Map<string, OpinionEdition>>;
}
