import { accountKey } from './account.ts';
import { looksLikeName, type Identity, type MemberDirectory, type Sender } from './directory.ts';
import type { SqliteMemberStore } from './sqlite-member-store.ts';

/**
 * Who is talking, from the registry: a bound member's role and details (to prefill forms); staff
 * also from the configured accounts. The member id stays the chat account key, which opinions
 * and drafts are kept under.
 */
export class RegistryDirectory implements MemberDirectory {
  private readonly staff: ReadonlySet<string>;

  constructor(
    private readonly store: SqliteMemberStore,
    staffIds: readonly string[],
  ) {
    this.staff = new Set(staffIds);
  }

  async identify(sender: Sender): Promise<Identity> {
    const memberId = accountKey(sender.channel, sender.senderId);
    const member = this.store.byAccount(memberId);
    const role = this.staff.has(memberId) || member?.role === 'staff' ? 'staff' : member ? 'member' : 'guest';
    if (member) {
      return { memberId, role, profile: { name: member.name, ...(member.sector && { sector: member.sector }), ...(member.phone && { phone: member.phone }) } };
    }
    return { memberId, role, profile: looksLikeName(sender.senderName) ? { name: sender.senderName.trim() } : {} };
  }
}
