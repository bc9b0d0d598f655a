import type { Address } from '../conversation/outbound.ts';
import type { NoticeTargets } from './types.ts';

/** A registry member as the notices see them: who, and where they can be reached privately. */
export interface RosterMember {
  memberId: string;
  name: string;
  /** Bound chat accounts, the preferred first. */
  accounts: Address[];
}

/** The member registry, as far as notices need it. */
export interface Roster {
  /** Members matching any part of the targets (all / 界别 / 专委会 / named), each once. */
  find(targets: NoticeTargets): Promise<RosterMember[]>;
  /** Registry member ids bound to a chat account. */
  memberIdsOf(account: Address): Promise<string[]>;
}
