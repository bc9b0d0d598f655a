import { SendError } from '../../conversation/send-errors.ts';

/** Failures on the WeChat side, typed by where they come from. */
export type WechatFailure =
  /** The puppet package named by WECHATY_PUPPET is not installed. */
  | 'puppet-missing'
  /** The bot is not logged in (waiting for a scan, or between restarts). */
  | 'not-logged-in'
  /** The room or contact an outgoing message is for is unknown to this account. */
  | 'not-found'
  /** The puppet refused or failed to send. */
  | 'send';

export class WechatError extends Error {
  constructor(
    readonly kind: WechatFailure,
    message: string,
    readonly origin?: unknown,
  ) {
    super(message);
    this.name = 'WechatError';
  }
}

/**
 * What a WeChat failure means for whoever sends: a room or contact this account does not know
 * stays unknown, so retrying cannot help; not logged in, a puppet or network failure may pass.
 */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof WechatError && error.kind === 'not-found') return new SendError('permanent', error.message, { cause: error });
  const text = error instanceof WechatError ? error.message : `微信暂时无法发送：${describeError(error)}`;
  return new SendError('transient', text, { cause: error });
}

/** A log-friendly text for anything thrown or emitted as an error. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** wechaty rejects `start()` with this when the puppet package cannot be imported. */
export function isMissingPackage(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
