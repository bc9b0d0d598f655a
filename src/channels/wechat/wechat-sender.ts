import type { Contact, Room, Wechaty } from 'wechaty';
import type { Address, Sender } from '../../conversation/outbound.ts';
import type { Reply } from '../../conversation/types.ts';
import { WechatError, describeError, toSendError } from './errors.ts';
import type { Received } from './inbound.ts';
import type { PacedQueue } from './paced-queue.ts';
import { wechatTexts } from './render.ts';

type Target = { kind: 'room'; room: Room } | { kind: 'contact'; contact: Contact };

/**
 * Everything the bot says on WeChat goes out here, through the one paced queue: replies to what a
 * member said and messages the bot starts (notices, status changes). The parts of one reply are
 * queued together, so nothing else is sent between them.
 */
export class WechatSender implements Sender {
  readonly channel = 'wechat';

  constructor(
    private readonly bot: () => Wechaty | null,
    private readonly queue: PacedQueue,
    private readonly maxChars: number,
  ) {}

  /** While logged out, owed messages stay in the outbox for a later run. */
  accepts(): boolean {
    return this.bot()?.isLoggedIn === true;
  }

  /** Throws a SendError (see toSendError), so the outbox knows whether to retry. */
  async send(to: Address, reply: Reply): Promise<void> {
    try {
      await this.sendTo(to, reply);
    } catch (error) {
      throw toSendError(error);
    }
  }

  private async sendTo(to: Address, reply: Reply): Promise<void> {
    const bot = this.bot();
    if (!bot?.isLoggedIn) throw new WechatError('not-logged-in', '微信未登录，暂时无法发送');
    const found = to.isGroup ? await bot.Room.find({ id: to.chatId }) : await bot.Contact.find({ id: to.chatId });
    if (!found) throw new WechatError('not-found', `找不到${to.isGroup ? '群' : '联系人'} ${to.chatId}`);
    const target: Target = to.isGroup ? { kind: 'room', room: found as Room } : { kind: 'contact', contact: found as Contact };
    await this.say(target, reply, target.kind === 'room' ? await this.contacts(reply.mention ?? []) : []);
  }

  /** Answers a received message where it was said, mentioning whom the core names, or privately. */
  async reply(received: Received, reply: Reply): Promise<void> {
    const { room, talker } = received;
    if (!room || reply.private) return this.say({ kind: 'contact', contact: talker }, reply, []);
    const ids = reply.mention ?? [];
    const others = await this.contacts(ids.filter((id) => id !== talker.id));
    await this.say({ kind: 'room', room }, reply, ids.includes(talker.id) ? [talker, ...others] : others);
  }

  private async say(target: Target, reply: Reply, mentions: Contact[]): Promise<void> {
    const parts = wechatTexts(reply, this.maxChars);
    const sends = parts.map((text, i) => this.queue.run(() => this.sayOne(target, text, i === 0 ? mentions : [])));
    const results = await Promise.allSettled(sends);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async sayOne(target: Target, text: string, mentions: Contact[]): Promise<void> {
    try {
      // Room.say with contacts writes "@name " for each and marks them as mentioned.
      if (target.kind === 'room') await target.room.say(text, ...mentions);
      else await target.contact.say(text);
    } catch (error) {
      throw new WechatError('send', `微信发送失败：${describeError(error)}`, error);
    }
  }

  private async contacts(ids: readonly string[]): Promise<Contact[]> {
    const bot = this.bot();
    if (!bot || ids.length === 0) return [];
    const found = await Promise.all(ids.map((id) => bot.Contact.find({ id }).catch(() => undefined)));
    return found.filter((c): c is Contact => Boolean(c));
  }
}
