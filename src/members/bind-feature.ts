import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import { accountKey } from './account.ts';
import { readBindRequest } from './bind-text.ts';
import type { MemberStore } from './member-store.ts';

/** Failed binding attempts an account may make per hour before it has to wait. */
export const MAX_BIND_FAILURES_PER_HOUR = 5;
const HOUR_MS = 3600_000;

// One answer for every failure, so a guess reveals nothing about who is in the registry.
const FAILED = '没有找到匹配的委员信息，请核对姓名和手机号后四位；也可以向市政协办公室索取绑定码，发送“绑定 六位绑定码”。';
const TOO_MANY = '尝试次数过多，请一小时后再试，或联系市政协办公室获取绑定码。';
const HOW = '绑定方式：私聊发送“绑定 姓名 手机号后四位”，例如“绑定 张三 1234”；或发送“绑定 六位绑定码”（绑定码向市政协办公室索取）。';

/**
 * Binds a chat account to a registry member: “绑定 张三 1234” (name and the last four phone
 * digits) or “绑定 123456” (a one-time code from staff); “解除绑定” undoes it. An account binds to
 * one member, binding again replaces. WeChat accounts are never matched to the registry's
 * 微信号或备注名 by themselves: a nickname or remark is easy to imitate, so binding is explicit.
 */
export class BindFeature implements Feature {
  readonly name = 'bind';

  constructor(
    private readonly store: MemberStore,
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const request = message.suspicious ? null : readBindRequest(message.text);
    if (!request) return null;
    // Binding involves a phone number or a code, and its answers name the member: never in a group.
    if (message.isGroup) return [{ text: '绑定和解除绑定请在与我的私聊中进行。', mention: [message.senderId] }];
    const account = accountKey(message.channel, message.senderId);
    if (request.kind === 'unbind') {
      const was = this.store.byAccount(account);
      if (!was || !this.store.unbind(account)) return [{ text: '当前账号没有绑定委员信息。' }];
      this.log.info({ account, memberId: was.id }, 'account unbound');
      return [{ text: `已解除绑定（${was.name}）。如需重新绑定，请私聊发送“绑定 姓名 手机号后四位”。` }];
    }
    if (request.kind === 'help') return [{ text: HOW }];

    const now = this.now();
    if (this.store.failuresSince(account, new Date(now.getTime() - HOUR_MS)) >= MAX_BIND_FAILURES_PER_HOUR) {
      this.log.warn({ account }, 'binding attempts throttled');
      return [{ text: TOO_MANY }];
    }
    const memberId = request.kind === 'by-code' ? this.store.redeemCode(request.code, now) : this.matchByPhone(request.name, request.digits);
    if (!memberId) {
      this.store.recordFailure(account, now);
      this.log.info({ account, how: request.kind }, 'binding failed');
      return [{ text: FAILED }];
    }
    this.store.bind(account, memberId, now);
    const member = this.store.get(memberId);
    this.log.info({ account, memberId, how: request.kind }, 'account bound');
    const who = `${member?.name ?? ''}${member?.sector ? `（${member.sector}）` : ''}`;
    return [{ text: `绑定成功：${who}。今后会议通知会发到这里，反映社情民意时会自动带出您的姓名、界别和联系电话。` }];
  }

  private matchByPhone(name: string, digits: string): string | null {
    const matches = this.store.byName(name).filter((m) => m.phone !== '' && (digits.length === 11 ? m.phone === digits : m.phone.endsWith(digits)));
    // Two members sharing a name and the last four digits: a code is needed rather than a guess.
    return matches.length === 1 ? (matches[0]?.id ?? null) : null;
  }
}
