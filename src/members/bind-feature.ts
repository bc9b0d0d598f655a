import { randomInt } from 'node:crypto';
import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import { accountKey } from './account.ts';
import type { SqliteMemberStore } from './sqlite-member-store.ts';

const BIND_BY_PHONE = /^(?:绑定|綁定)\s*(\p{Script=Han}[\p{Script=Han}·]{0,9})\s*(\d{4})$/u;
const BIND_BY_CODE = /^(?:绑定|綁定)\s*(\d{6})$/;
const UNBIND = /^(?:解除绑定|解绑|取消绑定)$/;
const MAX_FAILURES_PER_HOUR = 5;
const CODE_TTL_MS = 24 * 3600_000;

const FAILED = '没有找到匹配的委员信息，请核对姓名和手机号后四位；也可以向市政协办公室索取绑定码，发送“绑定 六位绑定码”。';
const TOO_MANY = '尝试次数过多，请一小时后再试，或联系市政协办公室获取绑定码。';
const HOW = '绑定方式：发送“绑定 姓名 手机号后四位”，例如“绑定 张三 1234”；或发送“绑定 六位绑定码”。';

/** A one-time 6-digit code staff hand to a member (`liaison members code`). */
export function issueBindCode(store: SqliteMemberStore, memberId: string, now: Date): { code: string; expiresAt: Date } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  store.issueCode(memberId, code, expiresAt);
  return { code, expiresAt };
}

/** Binding a chat account to the registry: by name and the last four phone digits, or by a one-time code. */
export class BindFeature implements Feature {
  readonly name = 'bind';

  constructor(
    private readonly store: SqliteMemberStore,
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const text = message.text.trim();
    const account = accountKey(message.channel, message.senderId);
    if (UNBIND.test(text)) {
      return [{ text: this.store.unbind(account) ? '已解除绑定。' : '当前账号没有绑定委员信息。' }];
    }
    if (!/^(?:绑定|綁定)/.test(text)) return null;
    // Binding involves a phone number: never in a group.
    if (message.isGroup) return [{ text: '请在与我的私聊中发送绑定信息。', mention: [message.senderId] }];
    const byPhone = BIND_BY_PHONE.exec(text);
    const byCode = BIND_BY_CODE.exec(text);
    if (!byPhone && !byCode) return [{ text: HOW }];

    const now = this.now();
    if (this.store.failuresSince(account, new Date(now.getTime() - 3600_000)) >= MAX_FAILURES_PER_HOUR) {
      this.log.warn({ account }, 'binding attempts throttled');
      return [{ text: TOO_MANY }];
    }
    const memberId = byCode ? this.store.redeemCode(byCode[1] ?? '', now) : this.matchByPhone(byPhone?.[1] ?? '', byPhone?.[2] ?? '');
    if (!memberId) {
      this.store.recordFailure(account, now);
      this.log.info({ account }, 'binding failed');
      return [{ text: FAILED }];
    }
    this.store.bind(account, memberId, now);
    const member = this.store.get(memberId);
    this.log.info({ account, memberId }, 'account bound');
    return [{ text: `绑定成功：${member?.name ?? ''}${member?.sector ? `（${member.sector}）` : ''}。今后会议通知会发到这里，反映社情民意时会自动带出您的信息。` }];
  }

  private matchByPhone(name: string, last4: string): string | null {
    const matches = this.store.byName(name).filter((m) => m.phone.endsWith(last4));
    // Two members sharing a name and the last four digits: ask for a code instead of guessing.
    return matches.length === 1 ? (matches[0]?.id ?? null) : null;
  }
}
