import type { Address } from '../conversation/outbound.ts';
import { accountKey, privateAddress } from './account.ts';
import { type Identity, type MemberDirectory, type MemberProfile, type Sender } from './directory.ts';
import type { MemberStore } from './member-store.ts';
import type { Member } from './types.ts';

/** What a registry entry fills in the opinion form: 姓名、界别、联系电话. */
export function profileOf(member: Member): MemberProfile {
  return { name: member.name, ...(member.sector && { sector: member.sector }), ...(member.phone && { phone: member.phone }) };
}

/**
 * Who is talking, from the registry. Role: staff when the account is bound to a registry staff
 * entry or listed in the configuration (STAFF_IDS), member when bound to a member, guest otherwise.
 * A bound account speaks as its registry member (M0001), so opinions, dialogs and notice replies
 * follow the person across WeChat and Telegram; an unbound one as its chat account key.
 */
export class RegistryDirectory implements MemberDirectory {
  private readonly staff: ReadonlySet<string>;

  constructor(
    private readonly store: MemberStore,
    staffIds: readonly string[],
  ) {
    this.staff = new Set(staffIds);
  }

  async identify(sender: Sender): Promise<Identity> {
    const account = accountKey(sender.channel, sender.senderId);
    const member = await this.store.byAccount(account);
    const role = this.staff.has(account) || member?.role === 'staff' ? 'staff' : member ? 'member' : 'guest';
    const nickname = sender.senderName?.trim();
    return { memberId: member?.id ?? account, role, profile: member ? profileOf(member) : {}, ...(nickname ? { nickname } : {}) };
  }

  /** Where to reach a member privately: their most recently bound account, or the account itself. */
  addressOf(memberId: string): Promise<Address | null> {
    return addressOf(this.store, memberId);
  }

  /** The registry entry a chat account is bound to, if any. */
  memberOf(sender: Pick<Sender, 'channel' | 'senderId'>): Promise<Member | null> {
    return this.store.byAccount(accountKey(sender.channel, sender.senderId));
  }
}

export async function addressOf(store: Pick<MemberStore, 'accountsOf'>, memberId: string): Promise<Address | null> {
  if (memberId.includes(':')) return privateAddress(memberId);
  const account = (await store.accountsOf(memberId))[0];
  return account ? privateAddress(account) : null;
}
