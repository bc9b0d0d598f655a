import { randomBytes } from 'node:crypto';
import type { TableRow } from '../../members/import/table.ts';

/** How long a previewed registry waits for 确认导入. */
const HOLD_MS = 30 * 60_000;
/** Uploads held at once across all sessions; the oldest goes first beyond this. */
const MAX_HELD = 8;

interface Held {
  rows: readonly TableRow[];
  fileName: string;
  /** The session's principal that uploaded it: only they can confirm it. */
  owner: string;
  expiresAt: number;
}

/**
 * A registry between its preview and 确认导入: the rows read from the upload, kept in memory under a
 * random token the preview page carries in its form, so the file is neither uploaded twice nor
 * written to disk. Lost on a restart, which only means uploading again.
 */
export class PendingImports {
  private readonly held = new Map<string, Held>();

  hold(rows: readonly TableRow[], fileName: string, owner: string, now: Date): string {
    this.sweep(now);
    while (this.held.size >= MAX_HELD) this.held.delete(this.held.keys().next().value!);
    const token = randomBytes(18).toString('base64url');
    this.held.set(token, { rows, fileName, owner, expiresAt: now.getTime() + HOLD_MS });
    return token;
  }

  /** The upload, once: null when unknown, expired, or someone else's. */
  take(token: string, owner: string, now: Date): { rows: readonly TableRow[]; fileName: string } | null {
    this.sweep(now);
    const held = this.held.get(token);
    if (!held || held.owner !== owner) return null;
    this.held.delete(token);
    return { rows: held.rows, fileName: held.fileName };
  }

  private sweep(now: Date): void {
    for (const [token, held] of this.held) if (held.expiresAt <= now.getTime()) this.held.delete(token);
  }
}
