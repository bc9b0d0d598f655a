import type { Outbox } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';
import { expiredNotice } from './dialog/draft-dialog.ts';
import type { OpinionStore } from './opinion-store.ts';

/** Removes drafts past their time and queues a notice to each member, exactly once per draft. */
export async function sweepExpiredDrafts(store: OpinionStore, outbox: Outbox, options: { now: Date; draftTtlMs: number; log: Logger }): Promise<number> {
  const expired = await store.expireDrafts(options.now);
  for (const draft of expired) {
    if (!draft.channel || !draft.chatId) continue;
    await outbox.enqueue(
      { to: { channel: draft.channel, chatId: draft.chatId, isGroup: false }, text: expiredNotice(options.draftTtlMs), reason: 'draft-expired' },
      options.now,
    );
  }
  if (expired.length > 0) options.log.info({ count: expired.length }, 'expired opinion drafts removed');
  return expired.length;
}
