import type { Address } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';
import { NoticeStoreError, type NoticeMessage, type NoticeStore, type NoticeTally } from './notice-store.ts';
import { renderCancel, renderChange, renderNotice, renderReminder, replyChoices } from './render.ts';
import type { Roster, RosterMember } from './roster.ts';
import type { Delivery, Notice, NoticeFields, NoticeRoll, NoticeTargets, NoticeReply, Recipient, ReplyAnswer } from './types.ts';

export interface NoticeServiceOptions {
  store: NoticeStore;
  roster: Roster;
  log: Logger;
  /** Hours before the reply deadline at which those who have not answered are reminded. */
  reminderHours: readonly number[];
}

/** The roll with what staff need beside it: every delivery, and who the notice did not reach. */
export interface RollDetail {
  roll: NoticeRoll;
  deliveries: Delivery[];
  /** Recipients without a reply the notice did not reach: no bound chat account, or every copy failed. */
  undelivered: { memberId: string; name: string; reason: string }[];
}

export type ReplyOutcome = { ok: true; notice: Notice } | { ok: false; reason: 'no-open-notice' | 'closed' | 'ambiguous'; open: Notice[] };

/** What staff and members do with notices, whatever the channel or the command line. */
export class NoticeService {
  constructor(private readonly options: NoticeServiceOptions) {}

  create(fields: NoticeFields, targets: NoticeTargets, by: string, now: Date): Promise<Notice> {
    return this.options.store.create({ fields, targets, by, now });
  }

  /** Resolves the recipients now (the registry as it is at sending time) and queues the fan-out. */
  async send(id: number, by: string, now: Date): Promise<{ notice: Notice; recipients: Recipient[] }> {
    const { store, roster, log } = this.options;
    const draft = await this.mustGet(id);
    const members = await roster.find(draft.targets);
    const recipients: Recipient[] = members.map((m) => ({ memberId: m.memberId, name: m.name, address: m.accounts[0] ?? null }));
    const text = renderNotice(draft);
    const choices = replyChoices(draft);
    const messages: NoticeMessage[] = [
      ...recipients.flatMap((r) => (r.address ? [{ to: r.address, memberId: r.memberId, text, choices }] : [])),
      // In a group the buttons would answer for whoever taps them: members reply privately instead.
      ...draft.targets.groups.map((to) => ({ to: { ...to, isGroup: true }, memberId: null, text })),
    ];
    const notice = await store.send({ id, by, now, recipients, messages, remindAt: this.reminderTimes(draft, now) });
    log.info({ notice: id, by, recipients: recipients.length, messages: messages.length }, 'notice sent');
    return { notice, recipients };
  }

  /** Who the targets reach in the registry now: a preview of `send`, which resolves them again. */
  recipientsFor(targets: NoticeTargets): Promise<RosterMember[]> {
    return this.options.roster.find(targets);
  }

  get(id: number): Promise<Notice | null> {
    return this.options.store.get(id);
  }

  list(): Promise<Notice[]> {
    return this.options.store.list();
  }

  tallies(): Promise<Map<number, NoticeTally>> {
    return this.options.store.tallies();
  }

  async change(id: number, fields: NoticeFields, by: string, now: Date): Promise<Notice> {
    const current = await this.mustGet(id);
    const text = renderChange({ ...current, fields });
    const messages = (await this.options.store.reached(id)).map(({ memberId, to }) => ({ to, memberId, text }));
    return this.options.store.change({ id, fields, by, now, messages });
  }

  async cancel(id: number, by: string, now: Date): Promise<Notice> {
    const text = renderCancel(await this.mustGet(id));
    const messages = (await this.options.store.reached(id)).map(({ memberId, to }) => ({ to, memberId, text }));
    return this.options.store.cancel({ id, by, now, messages });
  }

  /**
   * A member's 参加 / 请假 from a chat account. With several open notices the member must name one
   * (the reply buttons and the hint carry the number).
   */
  async reply(from: Address, answer: ReplyAnswer, reason: string, now: Date, noticeId?: number): Promise<ReplyOutcome> {
    const { store } = this.options;
    const { memberIds, open: unique } = await this.openFor(from, now);
    const chosen = noticeId === undefined ? (unique.length === 1 ? unique[0] : undefined) : unique.find((n) => n.id === noticeId);
    if (!chosen) {
      if (unique.length > 1 && noticeId === undefined) return { ok: false, reason: 'ambiguous', open: unique };
      return { ok: false, reason: noticeId === undefined ? 'no-open-notice' : 'closed', open: unique };
    }
    for (const memberId of memberIds) {
      if (await store.reply({ id: chosen.id, memberId, answer, reason, now })) return { ok: true, notice: chosen };
    }
    return { ok: false, reason: 'closed', open: unique };
  }

  /** Takes back what was recorded from `from` for this notice; false when nothing was. */
  async withdraw(from: Address, noticeId: number, now: Date): Promise<boolean> {
    let withdrawn = false;
    for (const memberId of await this.memberIdsOf(from)) withdrawn = (await this.options.store.withdraw({ id: noticeId, memberId, now })) || withdrawn;
    return withdrawn;
  }

  /** The notices still taking replies from whoever writes from `from`, each once. */
  async openFor(from: Address, now: Date): Promise<{ memberIds: Set<string>; open: Notice[] }> {
    const memberIds = await this.memberIdsOf(from);
    const open = (await Promise.all([...memberIds].map((m) => this.options.store.openFor(m, now)))).flat();
    return { memberIds, open: [...new Map(open.map((n) => [n.id, n])).values()] };
  }

  private async memberIdsOf(from: Address): Promise<Set<string>> {
    const { store, roster } = this.options;
    return new Set([...(await roster.memberIdsOf(from)), ...(await store.memberIdsFor(from))]);
  }

  /** The member's current answer to a notice, if any. */
  async answerOf(from: Address, noticeId: number): Promise<{ answer: ReplyAnswer; reason: string } | null> {
    const memberIds = await this.memberIdsOf(from);
    const replies = await this.options.store.replies(noticeId);
    return replies.find((r) => memberIds.has(r.memberId)) ?? null;
  }

  async roll(id: number): Promise<NoticeRoll> {
    return (await this.rollDetail(id)).roll;
  }

  /** The roll, every delivery and who was not reached, from one read of each table. */
  async rollDetail(id: number): Promise<RollDetail> {
    const { store } = this.options;
    const [notice, recipients, replies, deliveries] = await Promise.all([this.mustGet(id), store.recipients(id), store.replies(id), store.deliveries(id)]);
    const answered = new Set(replies.map((r) => r.memberId));
    const own = deliveries.filter((d) => d.kind === 'notice');
    const roll: NoticeRoll = {
      notice,
      attending: replies.filter((r) => r.answer === '参加'),
      excused: replies.filter((r) => r.answer === '请假'),
      unanswered: recipients.filter((r) => !answered.has(r.memberId)).map(({ memberId, name }) => ({ memberId, name })),
      deliveries: {
        sent: own.filter((d) => d.state === 'sent').length,
        failed: own.filter((d) => d.state === 'failed').length,
        pending: own.filter((d) => d.state === 'pending').length,
        unreachable: recipients.filter((r) => !r.address).length,
      },
    };
    return { roll, deliveries, undelivered: undelivered(recipients, replies, own) };
  }

  /**
   * 提醒未回复 now, from the workbench: the scheduled reminder's message to the same people (every
   * reachable recipient without a reply), queued by the same store path.
   */
  async remindNow(id: number, by: string, now: Date): Promise<number> {
    const queued = await this.options.store.remindNow({ id, now, render: (notice) => ({ text: renderReminder(notice), choices: replyChoices(notice) }) });
    this.options.log.info({ notice: id, by, queued }, 'notice reminder queued by staff');
    return queued;
  }

  /** Queues the reminders due now; safe to call from any number of processes and restarts. */
  async remind(now: Date): Promise<number> {
    const fired = await this.options.store.fireDueReminders(now, (notice) => ({ text: renderReminder(notice), choices: replyChoices(notice) }));
    for (const f of fired) this.options.log.info({ notice: f.noticeId, queued: f.queued }, 'notice reminder queued');
    return fired.reduce((sum, f) => sum + f.queued, 0);
  }

  private reminderTimes(notice: Notice, now: Date): Date[] {
    const by = notice.fields.replyBy;
    if (!notice.fields.needsReply || !by) return [];
    return this.options.reminderHours.map((h) => new Date(by.getTime() - h * 3600_000)).filter((at) => at > now);
  }

  private async mustGet(id: number): Promise<Notice> {
    const notice = await this.options.store.get(id);
    if (!notice) throw new NoticeStoreError('not_found', `没有编号为 ${id} 的通知。`);
    return notice;
  }
}

/** Recipients without a reply whom the notice did not reach, with why; a copy still owed is not a failure. */
function undelivered(recipients: Recipient[], replies: NoticeReply[], own: Delivery[]): RollDetail['undelivered'] {
  const answered = new Set(replies.map((r) => r.memberId));
  const copies = new Map<string, Delivery[]>();
  for (const d of own) if (d.memberId) copies.set(d.memberId, [...(copies.get(d.memberId) ?? []), d]);
  return recipients.flatMap(({ memberId, name, address }) => {
    if (answered.has(memberId)) return [];
    if (!address) return [{ memberId, name, reason: '未绑定聊天账号' }];
    const mine = copies.get(memberId) ?? [];
    if (mine.length === 0 || !mine.every((d) => d.state === 'failed')) return [];
    return [{ memberId, name, reason: mine.at(-1)?.error || '发送失败' }];
  });
}
