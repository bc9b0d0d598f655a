import type { AdminAccount, Principal } from './types.ts';

export type LinkRedemption = { account: string } | { refused: 'unknown' | 'used' | 'expired' };

export interface StoredSession {
  principal: Principal;
  expiresAt: Date;
}

/**
 * The port behind workbench sign-in: one-time links, sessions and administrator passwords, every
 * secret by its hash only (tokens.ts, passwords.ts). Async so a networked store fits; callers pass
 * the time in. The SQLite implementation is sqlite-access-store.ts.
 */
export interface StaffAccessStore {
  /** Keeps a link for a chat account; links long past their time are cleared meanwhile. */
  saveLink(tokenHash: string, account: string, expiresAt: Date, now: Date): Promise<void>;
  /**
   * Marks the link used and gives its account, in one step, so a link works once even when two
   * requests race; a used or expired link says so (kept a day after expiry to tell them apart).
   */
  redeemLink(tokenHash: string, now: Date): Promise<LinkRedemption>;

  saveSession(idHash: string, principal: Principal, expiresAt: Date, now: Date): Promise<void>;
  /** A session neither ended nor expired. */
  session(idHash: string, now: Date): Promise<StoredSession | null>;
  endSession(idHash: string, now: Date): Promise<void>;

  /** Adds an administrator, or sets a new password for an existing one. */
  putAdmin(name: string, passwordHash: string, now: Date): Promise<'added' | 'updated'>;
  adminPassword(name: string): Promise<string | null>;
  admins(): Promise<AdminAccount[]>;
  /** Removes the administrator and ends their sessions; false when there was none. */
  removeAdmin(name: string, now: Date): Promise<boolean>;
}
