import type { Address } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';
import { NoticeStoreError, type NoticeMessage, type NoticeStore } from './notice-store.ts';
import { renderCancel, renderChange, renderNotice, renderReminder, replyChoices } from './render.ts';
import type { Roster } from './roster.ts';
import type { Notice, NoticeFields, NoticeRoll, NoticeTargets, Recipient, ReplyAnswer } from './types.ts';

export interface NoticeServiceOptions {
  store: NoticeStore;
  roster: Roster;
  log: Logger;
  /** Hours before the reply deadline at which those who have not answered are reminded. */
  reminderHours: readonly number[];
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
    const { store } = this.options;
    const [notice, recipients, replies, deliveries] = await Promise.all([this.mustGet(id), store.recipients(id), store.replies(id), store.deliveries(id)]);
    const answered = new Set(replies.map((r) => r.memberId));
    const own = deliveries.filter((d) => d.kind === 'notice');
    return {
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
