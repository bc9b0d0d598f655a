import type { Logger } from '../log.ts';
import type { MemberStore } from '../members/member-store.ts';
import { addressOf } from '../members/registry-directory.ts';
import type { OpinionStore } from './opinion-store.ts';
import { statusNotice } from './status-notice.ts';
import type { Opinion, OpinionStatus } from './types.ts';

export interface StaffStatusChange {
  number: string;
  to: OpinionStatus;
  note: string;
  /** Who changed it, as the history shows it. */
  actor: string;
  now: Date;
}

export interface StatusChanged {
  opinion: Opinion;
  /** The member's message was queued with the change; false: no private chat to reach them in. */
  told: boolean;
}

/**
 * Staff change a submission's status and the member is told: the one way every staff tool (the
 * CLI's `opinions status`, the workbench) does it. The message is built inside the store's
 * transaction and queued in the outbox with the change, so they stand or fall together; the
 * running bot sends it. Throws OpinionStoreError (worded for staff) when the change is refused.
 */
export async function changeStatusAndTell(
  stores: { opinions: OpinionStore; members: Pick<MemberStore, 'accountsOf'> },
  change: StaffStatusChange,
  log: Logger,
): Promise<StatusChanged> {
  // Looked up before the change: the store builds the notice inside its transaction.
  const before = await stores.opinions.get(change.number);
  const address = before ? await addressOf(stores.members, before.memberId) : null;
  const opinion = await stores.opinions.changeStatus({
    ...change,
    notify: (changed) => (address && changed.memberId === before?.memberId ? { to: address, text: statusNotice(changed), reason: 'opinion-status' } : null),
  });
  const told = Boolean(address && opinion.memberId === before?.memberId);
  if (told) log.info({ number: opinion.number }, 'status change queued for the member');
  else log.warn({ number: opinion.number, memberId: opinion.memberId }, 'member could not be told of the status change: no private address');
  return { opinion, told };
}
