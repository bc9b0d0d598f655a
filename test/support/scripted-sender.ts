import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Address, Sender } from '../../src/conversation/outbound.ts';
import { SendError } from '../../src/conversation/send-errors.ts';
import type { Reply } from '../../src/conversation/types.ts';
import { migrate, openDatabase } from '../../src/storage/database.ts';
import { MIGRATIONS } from '../../src/storage/migrations.ts';
import { SqliteOutbox } from '../../src/storage/sqlite-outbox.ts';

/**
 * A channel's sender at the boundary: records every call, and throws the SendErrors it is told to
 * for a chat (one per call, in order) the way a real adapter translates its platform's errors.
 * `hangOn` makes the send of that chat reach the member and then never return (a process killed
 * after the platform accepted the message, before the outbox heard back).
 */
export class ScriptedSender implements Sender {
  /** Every send tried, by chat id, in order. */
  readonly calls: string[] = [];
  /** What members received: chat id and text. */
  readonly received: { chatId: string; text: string }[];
  readonly hangOn = new Set<string>();
  private readonly script = new Map<string, SendError[]>();

  constructor(
    readonly channel: string,
    /** Shared between the "processes" of one test, as the platform outlives them. */
    received: { chatId: string; text: string }[] = [],
  ) {
    this.received = received;
  }

  fail(chatId: string, ...errors: SendError[]): this {
    this.script.set(chatId, [...(this.script.get(chatId) ?? []), ...errors]);
    return this;
  }

  async send(to: Address, reply: Reply): Promise<void> {
    this.calls.push(to.chatId);
    const error = this.script.get(to.chatId)?.shift();
    if (error) throw error;
    this.received.push({ chatId: to.chatId, text: reply.text });
    if (this.hangOn.has(to.chatId)) await new Promise<never>(() => {});
  }

  /** Chat ids that received something, in order. */
  get delivered(): string[] {
    return this.received.map((r) => r.chatId);
  }
}

export const permanent = (reason: string) => new SendError('permanent', reason);
export const transient = (reason: string) => new SendError('transient', reason);
export const rateLimited = (retryAfterMs: number) => new SendError('rate-limited', `限流，${retryAfterMs / 1000} 秒后重试`, { retryAfterMs });

export function freshDatabaseFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'liaison-outbox-')), 'liaison.db');
}

/** One "process" on the SQLite file: its own connection, migrated, and the outbox on it. */
export function openOutbox(file: string) {
  const db = openDatabase(file);
  migrate(db, MIGRATIONS);
  return { db, outbox: new SqliteOutbox(db) };
}

export const to = (channel: string, chatId: string): Address => ({ channel, chatId, isGroup: false });

/** A clock the test moves by hand. */
export function manualClock(start: Date) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}
