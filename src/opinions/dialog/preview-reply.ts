import type { OpinionFields } from '../types.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { readIntent } from './intents.ts';

/** What a member says once the preview is shown: submit it, change something, or something else. */
export type PreviewReply =
  | { kind: 'confirm' }
  | { kind: 'edit'; field: keyof OpinionFields | null; value: string; append?: boolean }
  | { kind: 'other' };

export function readPreviewReply(text: string): PreviewReply {
  const intent = readIntent(text);
  if (intent.kind === 'confirm' || readYesNo(text) === 'yes') return { kind: 'confirm' };
  if (intent.kind === 'edit') return { kind: 'edit', field: intent.field, value: intent.value };
  return { kind: 'other' };
}
