import { createMiddleware } from 'langchain';
import type { Logger } from '../../log.ts';

/**
 * One deadline (LLM_TIMEOUT_MS) for a whole answer: every model call, search and retry happens
 * before it, and when it passes the member gets the offline answer. The chat client itself never
 * retries (see chat-model.ts): its retries would wait out a provider's Retry-After, 55 s included.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly at: number;

  constructor(ms: number) {
    this.at = Date.now() + ms;
    this.signal = AbortSignal.timeout(ms);
  }

  remainingMs(): number {
    return Math.max(0, this.at - Date.now());
  }

  /** `work`'s result, or the deadline's TimeoutError if it passes first (whatever `work` does with the signal). */
  race<T>(work: Promise<T>): Promise<T> {
    const { signal } = this;
    if (signal.aborted) return Promise.reject(signal.reason);
    let onAbort: () => void = () => {};
    const expired = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([work, expired]).finally(() => signal.removeEventListener('abort', onAbort));
  }
}

/** Wait before retrying a failure that says nothing of when to come back. */
const BACKOFF_MS = 500;

/**
 * Retries a failed model call once, if the failure is worth retrying (rate limit, server error,
 * lost connection) and the wait (the provider's Retry-After, or a short backoff) takes at most half
 * of the time left, so the retry itself still has time to finish. Otherwise the failure stands at
 * once: waiting longer only delays the offline answer.
 */
export function retryWithinDeadline(deadline: Deadline, log: Logger) {
  return createMiddleware({
    name: 'RetryWithinDeadlineMiddleware',
    wrapModelCall: async (request, handler) => {
      try {
        return await handler(request);
      } catch (error) {
        const wait = retryAfterMs(error) ?? BACKOFF_MS;
        const left = deadline.remainingMs();
        if (!retryable(error) || deadline.signal.aborted || wait > left / 2) throw error;
        log.info({ status: statusOf(error), waitMs: wait, leftMs: left }, 'model call failed; retrying within the deadline');
        await sleep(wait, deadline.signal);
        return handler(request);
      }
    },
  });
}

export type FailureKind = 'timeout' | 'api' | 'network' | 'agent';

/** How a run failed, for the logs. */
export function failureKind(error: unknown, deadline: Deadline): FailureKind {
  if (deadline.signal.aborted || causes(error).some((e) => e.name === 'TimeoutError' || e.name === 'AbortError')) return 'timeout';
  if (statusOf(error) !== undefined) return 'api';
  return lostConnection(error) ? 'network' : 'agent';
}

function retryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return lostConnection(error);
  // A 429 that means the quota is used up will not pass by waiting.
  if (status === 429) return !causes(error).some((e) => /quota|billing/i.test(`${(e as { code?: unknown }).code ?? ''} ${e.message}`));
  return status >= 500;
}

/** The provider could not be reached or the connection broke (the OpenAI SDK's APIConnectionError among them). */
function lostConnection(error: unknown): boolean {
  return causes(error).some((e) => /connection|fetch|socket|ECONN/i.test(`${e.name} ${e.constructor.name} ${e.message}`));
}

/** The error and the errors it wraps (LangChain wraps a provider's error in a MiddlewareError). */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
  return chain;
}

function statusOf(error: unknown): number | undefined {
  for (const e of causes(error)) {
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** The provider's Retry-After, as LangChain reads it onto the error or from the header itself. */
function retryAfterMs(error: unknown): number | undefined {
  for (const e of causes(error)) {
    const known = (e as { retryAfterMs?: unknown }).retryAfterMs;
    if (typeof known === 'number') return known;
    const headers = (e as { headers?: unknown }).headers;
    const value = headers instanceof Headers ? headers.get('retry-after') : undefined;
    if (value == null) continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  return undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
