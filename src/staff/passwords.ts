import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Administrator passwords (`liaison staff add 姓名 --password`), kept as scrypt hashes written
 * `scrypt$N$r$p$salt$hash` so the cost can be raised later without breaking stored ones.
 */

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 64;
/** scrypt with N = 2^15 needs 32 MiB; Node's default ceiling is exactly that, so give it room. */
const MAX_MEMORY = 64 * 1024 * 1024;

export const MIN_PASSWORD_CHARS = 10;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** false for a wrong password and for a stored value that is no scrypt hash of ours. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || expected.length !== KEY_BYTES) return false;
  const key = await derive(password, salt, { N, r, p });
  return timingSafeEqual(key, expected);
}

/** A hash of nothing anyone knows: checked against when the name is unknown, so timing does not tell which names exist. */
export const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(KEY_BYTES).toString('base64');

/** What is wrong with a new password, or null. */
export function passwordProblem(password: string): string | null {
  if (Array.from(password).length < MIN_PASSWORD_CHARS) return `密码至少 ${MIN_PASSWORD_CHARS} 个字符。`;
  if (/^\s|\s$/.test(password)) return '密码首尾不能是空格。';
  return null;
}
