import type { Logger } from '../log.ts';
import { parseAccountKey } from '../members/account.ts';
import type { MemberDirectory } from '../members/directory.ts';
import type { StaffAccessStore } from './access-store.ts';
import { DECOY_HASH, hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { SignInGuard } from './sign-in-guard.ts';
import { csrfTokenOf, hashSecret, looksLikeSecret, newSecret } from './tokens.ts';
import type { Principal, WebRole } from './types.ts';

/** A sign-in link from chat is for opening now, not for keeping. */
export const LINK_TTL_MS = 10 * 60_000;
/** A working day; after that the workbench asks to sign in again. */
export const SESSION_TTL_MS = 12 * 3600_000;

export type SignInRefusal = 'unknown' | 'used' | 'expired' | 'not-staff' | 'throttled' | 'wrong-password';
export type SignInResult = { ok: true; session: string; expiresAt: Date } | { ok: false; refused: SignInRefusal };

/** Whoever holds a live session, with the rights they have now (null: none any more). */
export interface Viewer {
  principal: Principal;
  /** 姓名 from the registry, the administrator's name, or the account for a STAFF_IDS entry. */
  name: string;
  role: WebRole | null;
  expiresAt: Date;
}

export interface StaffAccessOptions {
  store: StaffAccessStore;
  directory: MemberDirectory;
  log: Logger;
  guard?: SignInGuard;
}

/**
 * Signing staff in to the workbench, for any web front: a one-time link asked for in chat, or an
 * administrator's password; sessions; and who a session is now. Rights are never copied into a
 * session: every request asks the registry (and STAFF_IDS) again, as the chat does, so a member
 * whose role changes, or an account unbound, loses the workbench at once.
 */
export class StaffAccess {
  private readonly guard: SignInGuard;

  constructor(private readonly options: StaffAccessOptions) {
    this.guard = options.guard ?? new SignInGuard();
  }

  /** A one-time link token for a chat account that the caller has checked is staff. */
  async issueLink(account: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecret();
    const expiresAt = new Date(now.getTime() + LINK_TTL_MS);
    await this.options.store.saveLink(hashSecret(token), account, expiresAt, now);
    return { token, expiresAt };
  }

  /** `from`: the client's address, for the attempt limits. */
  async signInWithLink(token: string, from: string, now: Date): Promise<SignInResult> {
    if (!this.guard.allows(from, null, now)) return { ok: false, refused: 'throttled' };
    const redeemed = looksLikeSecret(token) ? await this.options.store.redeemLink(hashSecret(token), now) : { refused: 'unknown' as const };
    if ('refused' in redeemed) {
      this.guard.failed(from, null, now);
      this.options.log.warn({ refused: redeemed.refused }, 'workbench sign-in link refused');
      return { ok: false, refused: redeemed.refused };
    }
    const principal: Principal = { kind: 'account', id: redeemed.account };
    // Checked again on opening: someone no longer staff by then gets nothing from an old link.
    if ((await this.rightsOf(principal)).role === null) {
      this.options.log.warn({ account: redeemed.account }, 'workbench sign-in link refused: no longer staff');
      return { ok: false, refused: 'not-staff' };
    }
    this.options.log.info({ account: redeemed.account }, 'workbench sign-in with a chat link');
    return this.open(principal, now);
  }

  async signInWithPassword(name: string, password: string, from: string, now: Date): Promise<SignInResult> {
    if (!this.guard.allows(from, name, now)) return { ok: false, refused: 'throttled' };
    const stored = await this.options.store.adminPassword(name);
    // An unknown name costs the same scrypt work as a known one, so timing does not tell them apart.
    const matches = await verifyPassword(password, stored ?? DECOY_HASH);
    if (stored === null || !matches) {
      this.guard.failed(from, name, now);
      // The name typed is not logged: people type passwords into the name field.
      this.options.log.warn('workbench password sign-in failed');
      return { ok: false, refused: 'wrong-password' };
    }
    this.options.log.info({ admin: name }, 'workbench sign-in with a password');
    return this.open({ kind: 'admin', id: name }, now);
  }

  /** The holder of a session cookie, or null when it is no live session. */
  async viewer(session: string, now: Date): Promise<Viewer | null> {
    if (!looksLikeSecret(session)) return null;
    const stored = await this.options.store.session(hashSecret(session), now);
    if (!stored) return null;
    return { principal: stored.principal, expiresAt: stored.expiresAt, ...(await this.rightsOf(stored.principal)) };
  }

  async signOut(session: string, now: Date): Promise<void> {
    if (looksLikeSecret(session)) await this.options.store.endSession(hashSecret(session), now);
  }

  /** The token every form of this session carries (see tokens.ts). */
  csrfToken(session: string): string {
    return csrfTokenOf(session);
  }

  /** `liaison staff add 姓名 --password`: throws a sentence for the terminal when refused. */
  async setAdminPassword(name: string, password: string, now: Date): Promise<'added' | 'updated'> {
    const problem = adminNameProblem(name) ?? passwordProblem(password);
    if (problem) throw new Error(problem);
    return this.options.store.putAdmin(name, await hashPassword(password), now);
  }

  private async open(principal: Principal, now: Date): Promise<SignInResult> {
    const session = newSecret();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.options.store.saveSession(hashSecret(session), principal, expiresAt, now);
    return { ok: true, session, expiresAt };
  }

  private async rightsOf(principal: Principal): Promise<{ role: WebRole | null; name: string }> {
    if (principal.kind === 'admin') {
      return { role: (await this.options.store.adminPassword(principal.id)) === null ? null : 'admin', name: principal.id };
    }
    const account = parseAccountKey(principal.id);
    if (!account) return { role: null, name: principal.id };
    const me = await this.options.directory.identify({ channel: account.channel, senderId: account.senderId });
    return { role: me.role === 'staff' ? 'staff' : null, name: me.profile.name ?? principal.id };
  }
}

export function adminNameProblem(name: string): string | null {
  if (!/^[\p{L}\p{N}_.-]{1,20}$/u.test(name)) return '管理员名称为 1–20 个字符（汉字、字母、数字、_ . -），不含空格。';
  return null;
}
