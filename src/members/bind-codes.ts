import { createHash, randomInt } from 'node:crypto';
import type { MemberStore } from './member-store.ts';

/** How long a code staff hand out stays valid. */
export const BIND_CODE_TTL_MS = 24 * 3600_000;

/** What the store keeps of a code: it never sees the code itself (why: sqlite-bind-codes.ts). */
export function hashBindCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

/**
 * A one-time 6-digit code staff hand to a member (`liaison members code`), who sends “绑定 <code>”
 * in a private chat. Issuing a new code revokes the member's previous unused one. It is the only
 * way a registry staff entry binds (bind-feature.ts), and the way out of a lock (bind-guard.ts).
 */
export async function issueBindCode(store: MemberStore, memberId: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + BIND_CODE_TTL_MS);
  // A clash with another member's live code is one in a million per try; draw again then.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (await store.issueCode(memberId, hashBindCode(code), expiresAt, now)) return { code, expiresAt };
  }
  throw new Error('无法生成绑定码，请稍后重试。');
}

/** The member a code was issued to, if it is live; it is used up by this. */
export function redeemBindCode(store: MemberStore, code: string, now: Date): Promise<string | null> {
  return store.redeemCode(hashBindCode(code), now);
}
