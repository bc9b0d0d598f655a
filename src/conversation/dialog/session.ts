/**
 * One dialog per member at a time (the 社情民意 intake, writing a notice, a follow-up question about
 * a notice reply), persisted so a restart resumes it: what kind, which step (the cursor), what was
 * collected, and until when it lives.
 */
export interface DialogSession {
  /** Whose dialog: the registry member id once bound, else the chat account key. */
  owner: string;
  /** Stable for the dialog's life: submissions made from it are idempotent on it. */
  id: string;
  kind: string;
  step: string;
  data: Record<string, unknown>;
  startedAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  /** Where the member talks to the bot privately: expiry notes are sent there. */
  channel: string;
  chatId: string;
}

/** The dialog-session port; SQLite implements it, and a second engine will. */
export interface DialogSessionStore {
  get(owner: string): Promise<DialogSession | null>;
  /** Inserts or replaces the owner's one session. */
  save(session: DialogSession): Promise<void>;
  /** true when there was one. */
  delete(owner: string, id?: string): Promise<boolean>;
  /** Removes and returns the sessions whose time has passed, each exactly once. */
  expire(now: Date): Promise<DialogSession[]>;
  /**
   * A chat account was bound to a registry member: its session becomes the member's, unless the
   * member already has one (then the account's is dropped: the member's is the one to continue).
   */
  reassign(from: string, to: string): Promise<void>;
}
