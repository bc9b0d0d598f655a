/** Errors from the Telegram side, typed by where they come from (as grammY does). */
export type TelegramFailure = 'api-refused' | 'network' | 'rate-limited';

export class TelegramSendError extends Error {
  constructor(
    readonly kind: TelegramFailure,
    message: string,
    readonly origin?: unknown,
    /** The Bot API's error_code and, for 429, its retry_after in seconds. */
    readonly details: { code?: number; retryAfterS?: number } = {},
  ) {
    super(message);
    this.name = 'TelegramSendError';
  }
}

interface ApiErrorShape {
  response?: { error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

function describe(error: unknown): { kind: TelegramFailure; code?: number; retryAfterS?: number; text: string } {
  const response = (error as ApiErrorShape)?.response;
  if (response?.error_code === 429) return { kind: 'rate-limited', code: 429, retryAfterS: response.parameters?.retry_after ?? 1, text: response.description ?? '429' };
  if (response?.error_code) return { kind: 'api-refused', code: response.error_code, text: `${response.error_code} ${response.description ?? ''}`.trim() };
  return { kind: 'network', text: error instanceof Error ? error.message : String(error) };
}

export interface RetryOptions {
  /** How many 429 answers are waited out before giving up. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs one Bot API call, waiting out 429 `retry_after` as Telegram asks; other failures are typed and thrown. */
export async function withRetryAfter<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = describe(error);
      if (failure.kind === 'rate-limited' && attempt <= attempts) {
        await sleep((failure.retryAfterS ?? 1) * 1000);
        continue;
      }
      throw new TelegramSendError(failure.kind, failure.text, error, { code: failure.code, retryAfterS: failure.retryAfterS });
    }
  }
}
