/**
 * What a failed send means for the outbox, decided by the adapter that knows the platform
 * (grammY's idea: errors typed by where they come from, and the type decides what happens):
 * - permanent: this recipient cannot be reached with this message (blocked the bot, contact or
 *   chat not found, account deactivated); retrying cannot help, so it is recorded at once;
 * - transient: the network, the platform or the login is briefly unavailable; tried again later;
 * - rate-limited: the platform asked the whole channel to wait `retryAfterMs`.
 */
export type SendErrorKind = 'permanent' | 'transient' | 'rate-limited';

export class SendError extends Error {
  readonly kind: SendErrorKind;
  /** Only for 'rate-limited': how long the channel should wait before its next send. */
  readonly retryAfterMs?: number;

  constructor(kind: SendErrorKind, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SendError';
    this.kind = kind;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/** Anything a sender threw, as a SendError: an error its adapter did not type is taken as transient. */
export function asSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  return new SendError('transient', error instanceof Error ? error.message : String(error), { cause: error });
}
