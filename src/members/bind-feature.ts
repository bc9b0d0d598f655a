import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import { accountKey } from './account.ts';
import { redeemBindCode } from './bind-codes.ts';
import { BindGuard, type BindRefusal } from './bind-guard.ts';
import { readBindRequest } from './bind-text.ts';
import type { MemberStore } from './member-store.ts';

// One answer for every failure, so a guess reveals nothing about who is in the registry.
const FAILED = '没有找到匹配的委员信息，请核对姓名和手机号后四位；也可以向市政协办公室索取绑定码，发送“绑定 六位绑定码”。';
// Refusals say nothing about the name either: an unknown name locks and reads exactly the same.
const REFUSED: Record<BindRefusal, string> = {
  throttled: '尝试次数过多，请一小时后再试，或联系市政协办公室获取绑定码。',
  locked: '该姓名的手机号绑定因多次核对未通过已锁定。请联系市政协办公室索取绑定码，然后私聊发送“绑定 六位绑定码”完成绑定。',
  paused: '通过姓名和手机号绑定暂时停用。请联系市政协办公室索取绑定码，然后私聊发送“绑定 六位绑定码”完成绑定。',
};
const HOW = '绑定方式：私聊发送“绑定 姓名 手机号后四位”，例如“绑定 张三 1234”；或发送“绑定 六位绑定码”（绑定码向市政协办公室索取，工作人员只能用绑定码绑定）。';

/**
 * Binds a chat account to a registry member: “绑定 张三 1234” (name and the last four phone
 * digits) or “绑定 123456” (a one-time code from staff); “解除绑定” undoes it. An account binds to
 * one member, binding again replaces. WeChat accounts are never matched to the registry's
 * 微信号或备注名 by themselves: a nickname or remark is easy to imitate, so binding is explicit.
 *
 * A registry staff entry binds only by code: four phone digits are too easy to learn or guess for
 * a role that reads every member's reports. Guessing is limited per account, per name and overall
 * (bind-guard.ts).
 */
export class BindFeature implements Feature {
  readonly name = 'bind';
  private readonly guard: BindGuard;

  constructor(
    private readonly store: MemberStore,
    private readonly now: () => Date,
    private readonly log: Logger,
    /** What the account had before binding (reports, an open dialog) becomes the member's. */
    private readonly onBound: (account: string, memberId: string) => Promise<void> = async () => {},
  ) {
    this.guard = new BindGuard(store, log);
  }

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const request = message.suspicious ? null : readBindRequest(message.text);
    if (!request) return null;
    // Binding involves a phone number or a code, and its answers name the member: never in a group.
    if (message.isGroup) return [{ text: '绑定和解除绑定请在与我的私聊中进行。', mention: [message.senderId] }];
    const account = accountKey(message.channel, message.senderId);
    if (request.kind === 'unbind') {
      const was = await this.store.byAccount(account);
      if (!was || !(await this.store.unbind(account))) return [{ text: '当前账号没有绑定委员信息。' }];
      this.log.info({ account, memberId: was.id }, 'account unbound');
      return [{ text: `已解除绑定（${was.name}）。如需重新绑定，请私聊发送“绑定 姓名 手机号后四位”。` }];
    }
    if (request.kind === 'help') return [{ text: HOW }];

    const now = this.now();
    const throttled = await this.guard.checkAccount(account, now);
    if (throttled) return [{ text: REFUSED[throttled] }];
    if (request.kind === 'by-code') {
      const memberId = await redeemBindCode(this.store, request.code, now);
      if (memberId) return await this.bound(account, memberId, request.kind, now);
      await this.guard.codeFailed(account, now);
      return [{ text: FAILED }];
    }
    const refused = await this.guard.checkPhone(account, request.name, now);
    if (refused) return [{ text: REFUSED[refused] }];
    const memberId = await this.matchByPhone(account, request.name, request.digits);
    if (memberId) return await this.bound(account, memberId, request.kind, now);
    await this.guard.phoneFailed(account, request.name, now);
    return [{ text: FAILED }];
  }

  private async bound(account: string, memberId: string, how: string, now: Date): Promise<Reply[]> {
    await this.store.bind(account, memberId, now);
    await this.onBound(account, memberId);
    const member = await this.store.get(memberId);
    this.log.info({ account, memberId, how }, 'account bound');
    const who = `${member?.name ?? ''}${member?.sector ? `（${member.sector}）` : ''}`;
    return [{ text: `绑定成功：${who}。今后会议通知会发到这里，反映社情民意时会自动带出您的姓名、界别和联系电话。` }];
  }

  private async matchByPhone(account: string, name: string, digits: string): Promise<string | null> {
    const matches = (await this.store.byName(name)).filter((m) => m.phone !== '' && (digits.length === 11 ? m.phone === digits : m.phone.endsWith(digits)));
    const staff = matches.filter((m) => m.role === 'staff');
    // Right digits for a staff entry: someone knows them, worth a look; the reply stays a plain failure.
    for (const m of staff) this.log.warn({ account, memberId: m.id }, 'binding refused: staff entries bind by code only');
    const members = matches.filter((m) => m.role !== 'staff');
    // Two members sharing a name and the last four digits: a code is needed rather than a guess.
    return staff.length === 0 && members.length === 1 ? (members[0]?.id ?? null) : null;
  }
}
