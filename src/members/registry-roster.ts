import type { Address } from '../conversation/outbound.ts';
import type { Roster, RosterMember } from '../notices/roster.ts';
import type { NoticeTargets } from '../notices/types.ts';
import { accountKey, privateAddress } from './account.ts';
import type { MemberStore } from './member-store.ts';

/** The registry as notices see it: members matching the targets, with their bound chat accounts. */
export class RegistryRoster implements Roster {
  constructor(private readonly store: MemberStore) {}

  async find(targets: NoticeTargets): Promise<RosterMember[]> {
    const members = await this.store.findBy({ all: targets.allMembers, sectors: targets.sectors, committees: targets.committees, names: targets.members });
    return Promise.all(
      members.map(async (m) => ({
        memberId: m.id,
        name: m.name,
        accounts: (await this.store.accountsOf(m.id)).flatMap((key) => privateAddress(key) ?? []),
      })),
    );
  }

  async memberIdsOf(account: Address): Promise<string[]> {
    const member = await this.store.byAccount(accountKey(account.channel, account.chatId));
    return member ? [member.id] : [];
  }
}
