import { accountKey } from './account.ts';
import { looksLikeName, type Identity, type MemberDirectory, type MemberProfile, type Sender } from './directory.ts';
import type { MemberStore } from './member-store.ts';
import type { Member } from './types.ts';

/** What a registry entry fills in the opinion form: 姓名、界别、联系电话. */
export function profileOf(member: Member): MemberProfile {
  return { name: member.name, ...(member.sector && { sector: member.sector }), ...(member.phone && { phone: member.phone }) };
}

/**
 * Who is talking, from the registry. Role: staff when the account is bound to a registry staff
 * entry or listed in the configuration (STAFF_IDS), member when bound to a member, guest otherwise.
 * The identity's memberId stays the chat account key, which opinions and drafts are kept under;
 * `memberOf` gives the registry entry itself.
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
    const memberId = accountKey(sender.channel, sender.senderId);
    const member = this.store.byAccount(memberId);
    const role = this.staff.has(memberId) || member?.role === 'staff' ? 'staff' : member ? 'member' : 'guest';
    // Unbound: a display name like 李明 probably is a name (the preview shows it for checking); 花开富贵 is not.
    const profile = member ? profileOf(member) : looksLikeName(sender.senderName) ? { name: sender.senderName.trim() } : {};
    return { memberId, role, profile };
  }

  /** The registry entry a chat account is bound to, if any. */
  memberOf(sender: Pick<Sender, 'channel' | 'senderId'>): Member | null {
    return this.store.byAccount(accountKey(sender.channel, sender.senderId));
  }
}
