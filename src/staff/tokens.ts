import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets the workbench hands out (sign-in links, session cookies): 32 random bytes, base64url so
 * they travel in a URL or a cookie unchanged. Stores keep only their SHA-256: a backup or a copied
 * database file opens no session. Unlike a 6-digit binding code, 256 random bits cannot be found by
 * hashing every candidate, so an unsalted hash is enough.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What a well-formed secret looks like, so junk is refused before any lookup. */
export function looksLikeSecret(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

/**
 * The per-session CSRF token put in every form: derived from the session secret, so it needs no
 * storage, and the stored session hash does not give it away (the hash is of another input).
 */
export function csrfTokenOf(sessionSecret: string): string {
  return createHash('sha256').update(`csrf\0${sessionSecret}`, 'utf8').digest('base64url');
}

/** Compares without leaking, through timing, how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')];
  return x.length === y.length && timingSafeEqual(x, y);
}
