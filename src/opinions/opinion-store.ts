import type { OutboundMessage } from '../conversation/outbound.ts';
import type { Opinion, OpinionCategory, OpinionFields, OpinionStatus } from './types.ts';

/**
 * The port every opinion store implements (SQLite now, PostgreSQL later). Methods are async so a
 * networked store fits; callers pass the time in, so stores hold no clock of their own.
 */
export interface OpinionStore {
  /**
   * Stores a confirmed submission with the next number of its year (China time). Issues no number
   * and touches nothing when it is an earlier submission again, which it returns with
   * `duplicate: true`:
   * - `matched: 'message'`: the same (channel, memberId, messageId). The dialog passes its own id,
   *   so a confirmation retried after a crash gets the number already issued.
   * - `matched: 'content'`: the same member sent the same title and situation (see `sameContent`)
   *   within RESUBMISSION_WINDOW_MS before `now`, e.g. again in a new dialog after a lost receipt.
   * Both checks and the numbering are one atomic step: two racing submissions get one number.
   */
  submit(request: SubmitRequest): Promise<SubmitResult>;

  get(number: string): Promise<Opinion | null>;
  /** In numbering order. */
  listByMember(memberId: string): Promise<Opinion[]>;
  /** In numbering order; `since` compares with the submission time (inclusive). */
  list(filter?: OpinionFilter): Promise<Opinion[]>;

  /**
   * One page of the submissions matching a query and how many match in all: the staff
   * workbench's list, and (without a limit) its exports of the filtered set.
   */
  search(query: OpinionQuery): Promise<OpinionPage>;
  /** Every 界别 named in a submission, in code-point order, for the workbench's filter. */
  sectors(): Promise<string[]>;

  /** Validated with `canMove`; 不予采用 needs a note. Throws `OpinionStoreError`. */
  changeStatus(request: StatusChangeRequest): Promise<Opinion>;

  /** A chat account was bound to a registry member: its submissions become the member's. */
  reassignMember(from: string, to: string): Promise<number>;

  /** Earlier submissions to point out before confirming, most similar first (see similarity.ts). */
  findSimilar(memberId: string, fields: Pick<OpinionFields, 'title' | 'situation'>): Promise<Opinion[]>;
}

// Named parameters: member id, channel and message id are all strings, and a swap would type-check.
export interface SubmitRequest {
  memberId: string;
  channel: string;
  messageId: string;
  fields: OpinionFields;
  now: Date;
}

/** How long the same content from the same member counts as the same report. */
export const RESUBMISSION_WINDOW_MS = 24 * 3600_000;

export type SubmitResult =
  | { opinion: Opinion; duplicate: false }
  /** Already submitted; `opinion` is that first submission, `matched` says how it was recognised. */
  | { opinion: Opinion; duplicate: true; matched: 'message' | 'content' };

export interface OpinionFilter {
  status?: OpinionStatus;
  since?: Date;
}

/** Every part given must match; an absent part matches all. */
export interface OpinionQuery {
  status?: OpinionStatus;
  category?: OpinionCategory;
  sector?: string;
  /** Submitted at or after this time. */
  from?: Date;
  /** Submitted before this time (exclusive: the midnight after the last day wanted). */
  until?: Date;
  /** Found in the number, title, situation, suggestion or the reporter's name. */
  text?: string;
  /** newest: latest submission first (the list); numbering: by number (exports, as the CLI lists). */
  order?: 'newest' | 'numbering';
  offset?: number;
  /** Every match when absent. */
  limit?: number;
}

export interface OpinionPage {
  /** Matches in all, not only on this page. */
  total: number;
  opinions: Opinion[];
}

export interface StatusChangeRequest {
  number: string;
  to: OpinionStatus;
  note: string;
  /** Who made the change (staff name or id), kept in the history. */
  actor: string;
  now: Date;
  /**
   * The message telling the member, built from the changed submission and queued in the outbox in
   * the same transaction: the change and the notice stand or fall together. null: nobody to tell.
   */
  notify?: (opinion: Opinion) => OutboundMessage | null;
}

export type OpinionStoreErrorCode = 'not_found' | 'transition_refused' | 'note_required' | 'invalid_fields';

/** A refusal the staff tools can show as is: the message is Chinese and says what to do. */
export class OpinionStoreError extends Error {
  constructor(
    readonly code: OpinionStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OpinionStoreError';
  }
}
