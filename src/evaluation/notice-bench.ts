import type { App } from '../app.ts';
import type { Address, Sender } from '../conversation/outbound.ts';
import { OutboxDispatcher } from '../conversation/outbox-dispatcher.ts';
import { silentLogger } from '../log.ts';
import type { Roster, RosterMember } from '../notices/roster.ts';
import type { NoticeTargets } from '../notices/types.ts';

/** A committee of `size` members, alternately on WeChat and Telegram: the bench's registry. */
export class BenchRoster implements Roster {
  readonly members: RosterMember[];

  constructor(size: number) {
    this.members = Array.from({ length: size }, (_, i) => ({
      memberId: `M${String(i + 1).padStart(5, '0')}`,
      name: `委员${i + 1}`,
      accounts: [i % 2 === 0 ? { channel: 'wechat', chatId: `wx-${i}`, isGroup: false } : { channel: 'telegram', chatId: String(100000 + i), isGroup: false }],
    }));
  }

  async find(targets: NoticeTargets): Promise<RosterMember[]> {
    return targets.allMembers ? this.members : this.members.filter((m) => targets.members.includes(m.memberId));
  }

  async memberIdsOf(account: Address): Promise<string[]> {
    return this.members.filter((m) => m.accounts.some((a) => a.channel === account.channel && a.chatId === account.chatId)).map((m) => m.memberId);
  }
}

/** Counts what it is given; the platform's own latency is not this code's. */
class CountingSender implements Sender {
  count = 0;
  constructor(readonly channel: string) {}
  async send(): Promise<void> {
    this.count++;
  }
}

export interface NoticeBenchResult {
  recipients: number;
  queueMs: number;
  /** Through the dispatcher with no pacing: this code's own cost per message. */
  unpacedMs: number;
  /** A paced Telegram sample at the configured rate. */
  pacedSample: { messages: number; ms: number };
  repliesPerSecond: number;
}

/** Fan-out to every member of `roster` through `app` (built with that roster), then replies through the core. */
export async function benchNoticeFanOut(app: App, roster: BenchRoster, telegramPerSecond: number): Promise<NoticeBenchResult> {
  const now = new Date();
  const fields = { title: '基准测试会议', time: '12月5日上午9:00', place: '市民之家', scope: '全体委员', body: '正文', needsReply: true, replyBy: new Date(now.getTime() + 72 * 3600_000) };
  const t0 = performance.now();
  const notice = await app.notices.create(fields, { allMembers: true, sectors: [], committees: [], members: [], groups: [] }, 'bench', now);
  await app.notices.send(notice.id, 'bench', now);
  const queueMs = performance.now() - t0;

  const senders = [new CountingSender('wechat'), new CountingSender('telegram')];
  const t1 = performance.now();
  await new OutboxDispatcher({ outbox: app.storage.outbox, senders, log: silentLogger(), now: () => now, batch: 200 }).tick();
  const unpacedMs = performance.now() - t1;

  // A second notice to the first 100 Telegram members, delivered at the configured pace.
  const sample = await app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: roster.members.filter((_, i) => i % 2 === 1).slice(0, 100).map((m) => m.memberId), groups: [] }, 'bench', now);
  const paced = new CountingSender('telegram');
  await app.notices.send(sample.id, 'bench', now);
  const t2 = performance.now();
  await new OutboxDispatcher({ outbox: app.storage.outbox, senders: [paced], log: silentLogger(), now: () => now, minIntervalMs: { telegram: 1000 / telegramPerSecond } }).tick();
  const pacedMs = performance.now() - t2;

  const t3 = performance.now();
  let id = 0;
  await Promise.all(
    roster.members.map((m) => {
      const account = m.accounts[0]!;
      return app.core.handle({ channel: account.channel, chatId: account.chatId, isGroup: false, senderId: account.chatId, text: `参加 ${notice.id}`, addressed: true, messageId: `bench-${++id}`, time: now });
    }),
  );
  const repliesPerSecond = roster.members.length / ((performance.now() - t3) / 1000);
  return { recipients: roster.members.length, queueMs, unpacedMs, pacedSample: { messages: paced.count, ms: pacedMs }, repliesPerSecond };
}
