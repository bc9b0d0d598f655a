import { randomUUID } from 'node:crypto';
import type { Logger } from '../../log.ts';
import { isStorageUnavailable } from '../../shared/storage-unavailable.ts';
import type { Outbox } from '../outbound.ts';
import type { Feature, InboundMessage, Reply } from '../types.ts';
import type { Dialog, DialogMember, DialogStarter, StepOutcome } from './dialog.ts';
import { isCancel, isHelp, isPreview } from './escapes.ts';
import { asksWhoTheBotIs, whoTheBotIs } from '../about-the-bot.ts';
import type { DialogSession, DialogSessionStore } from './session.ts';

export interface DialogEngineOptions<Who extends DialogMember> {
  store: DialogSessionStore;
  dialogs: Dialog<Who>[];
  /** Recognises the start of each dialog, so one started over another is noticed, never stored as an answer. */
  starters: DialogStarter[];
  identify(message: InboundMessage): Promise<Who>;
  /** Answers a question put to the bot in the middle of a dialog (the knowledge base). */
  answer(message: InboundMessage): Promise<Reply[]>;
  /** The features after the engine: a message that is not for the dialog goes on to them. */
  passOn(message: InboundMessage): Promise<Reply[]>;
  now: () => Date;
  log: Logger;
  /** How the bot names itself when a member asks who answers them. */
  botName: string;
}

const KEEP = '继续填写';
const SWITCH = '放弃并开始';
const SWITCH_KEY = 'pendingSwitch';

/** A step whose outcome could not be stored (disk full, read-only): the session is as it was before. */
export const NOT_SAVED = '抱歉，系统暂时无法保存，您刚才这条消息没有记下，请稍后再发一次。此前已填写的内容不会丢失。';
const NOT_STARTED = '抱歉，系统暂时无法保存，现在无法开始填写，请稍后再试。';

/**
 * The one dialog engine: a member has at most one dialog, persisted as a session with a cursor.
 * Escapes (cancel, help, preview) work in every step; a question asked mid-way is answered and the
 * dialog kept; starting another dialog asks first; a lapsed dialog says so.
 */
export class DialogEngine<Who extends DialogMember> implements Feature {
  readonly name = 'dialogs';
  private readonly byKind: Map<string, Dialog<Who>>;

  constructor(private readonly options: DialogEngineOptions<Who>) {
    this.byKind = new Map(options.dialogs.map((dialog) => [dialog.kind, dialog]));
  }

  /** Starts `kind` for this member, replacing any dialog they had. */
  async start(kind: string, message: InboundMessage, me: Who, start: unknown): Promise<Reply[]> {
    const dialog = this.dialog(kind);
    const now = this.options.now();
    const session: DialogSession = {
      owner: me.memberId,
      id: randomUUID(),
      kind,
      step: 'start',
      data: {},
      startedAt: now,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + dialog.ttlMs),
      channel: message.channel,
      chatId: message.senderId,
    };
    try {
      return await this.apply(dialog, session, message, await dialog.begin({ message, me, session, now, ask: this.asker(message) }, start));
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      this.options.log.warn({ err: error, kind }, 'dialog not started: storage unavailable');
      return [{ text: NOT_STARTED }];
    }
  }

  /** The member's live dialog, if any (an expired one is not returned). */
  async current(me: Who): Promise<DialogSession | null> {
    const session = await this.options.store.get(me.memberId);
    return session && session.expiresAt > this.options.now() ? session : null;
  }

  async engaged(me: Who): Promise<DialogSession | null> {
    const session = await this.current(me);
    return session && !this.byKind.get(session.kind)?.holdsNothing?.(session) ? session : null;
  }

  /** Removes lapsed dialogs and tells each member once, through the outbox. */
  async sweep(outbox: Outbox): Promise<number> {
    const now = this.options.now();
    const expired = await this.options.store.expire(now);
    for (const session of expired) {
      const text = this.byKind.get(session.kind)?.expired(session);
      if (!text || !session.channel || !session.chatId) continue;
      await outbox.enqueue({ to: { channel: session.channel, chatId: session.chatId, isGroup: false }, text, reason: 'dialog-expired' }, now);
    }
    if (expired.length > 0) this.options.log.info({ count: expired.length }, 'expired dialogs removed');
    return expired.length;
  }

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    // Dialogs run in private chat; groups only start them (the features say so there).
    if (message.isGroup) return null;
    const me = await this.options.identify(message);
    const session = await this.options.store.get(me.memberId);
    if (!session) return null;
    const dialog = this.byKind.get(session.kind);
    if (!dialog) {
      this.options.log.warn({ kind: session.kind }, 'dialog session of an unknown kind dropped');
      await this.bestEffort(() => this.options.store.delete(me.memberId, session.id), 'drop unknown dialog');
      return null;
    }
    if (session.expiresAt <= this.options.now()) {
      // Lapsed either way: a session that cannot be removed now is removed on a later message.
      await this.bestEffort(() => this.options.store.delete(me.memberId, session.id), 'remove lapsed dialog');
      const note = dialog.expired(session);
      const rest = await this.options.passOn(message);
      return note ? [{ text: note }, ...rest] : rest;
    }
    try {
      return await this.continue(dialog, session, message, me);
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      this.options.log.warn({ err: error, kind: session.kind, step: session.step }, 'dialog step not saved: storage unavailable');
      return [{ text: dialog.notSaved?.(session) ?? NOT_SAVED }];
    }
  }

  private async continue(dialog: Dialog<Who>, session: DialogSession, message: InboundMessage, me: Who): Promise<Reply[]> {
    const text = message.text;
    const pending = session.data[SWITCH_KEY];
    if (typeof pending === 'string') return this.settleSwitch(dialog, session, message, me, pending);
    if (dialog.light) return this.apply(dialog, session, message, await dialog.step({ message, me, session, now: this.options.now() }));
    if (isCancel(text)) {
      await this.options.store.delete(me.memberId, session.id);
      return [{ text: dialog.cancelled(session) }];
    }
    if (isHelp(text)) return [{ text: helpText(dialog) }, ...dialog.prompt(session)];
    if (asksWhoTheBotIs(text)) return [{ text: `${whoTheBotIs(this.options.botName)}${helpText(dialog)}` }, ...dialog.prompt(session)];
    if (isPreview(text)) return this.touch(session, await dialog.preview(session, me));
    // Starting the same dialog again resumes it; starting another one asks first.
    const same = this.options.starters.find((starter) => starter.kind === session.kind);
    const again = same && !message.suspicious ? same.readStart(text) : null;
    if (again !== null) return this.apply(dialog, session, message, await dialog.begin({ message, me, session, now: this.options.now(), ask: this.asker(message) }, again));
    const other = this.options.starters.find((starter) => starter.kind !== session.kind && starter.readStart(text) !== null);
    if (other && !message.suspicious) {
      await this.save({ ...session, data: { ...session.data, [SWITCH_KEY]: text } });
      return [
        {
          text: `您正在填写的${dialog.label}还没有完成（已保存）。要放弃它，改为${other.purpose}吗？`,
          choices: [
            { label: KEEP, value: KEEP },
            { label: SWITCH, value: SWITCH },
          ],
        },
      ];
    }
    if (dialog.isAside(text, session) && !message.suspicious) {
      const answer = await this.options.answer(message);
      const again = dialog.prompt(session).map((reply) => reply.text).join('');
      return this.touch(session, [...answer, { text: `（您的${dialog.label}已保留。${again ? `接着上一步：${again}` : ''}）` }]);
    }
    const now = this.options.now();
    return this.apply(dialog, session, message, await dialog.step({ message, me, session, now, ask: this.asker(message) }));
  }

  private asker(message: InboundMessage): (question: string) => Promise<Reply[]> {
    return (question) => this.options.answer({ ...message, text: question });
  }

  private async settleSwitch(dialog: Dialog<Who>, session: DialogSession, message: InboundMessage, me: Who, pending: string): Promise<Reply[]> {
    const { [SWITCH_KEY]: _dropped, ...data } = session.data;
    const answer = message.text.replace(/[\s\p{P}]/gu, '');
    if (answer === SWITCH || /^(?:放弃|是|是的|好|好的|可以|换|开始|对)/.test(answer)) {
      await this.options.store.delete(me.memberId, session.id);
      return this.options.passOn({ ...message, text: pending });
    }
    const kept = { ...session, data };
    await this.save(kept);
    if (answer === KEEP || /^(?:继续|不|否|别|先填完)/.test(answer)) return [{ text: `好的，继续填写${dialog.label}。` }, ...dialog.prompt(kept)];
    return this.continue(dialog, kept, message, me);
  }

  private async apply(dialog: Dialog<Who>, session: DialogSession, message: InboundMessage, outcome: StepOutcome): Promise<Reply[]> {
    if ('done' in outcome) {
      // The step has done its work (a report submitted, a reply recorded): its replies must reach the
      // member even when the finished session cannot be removed now. Left in place, the session
      // repeats the same outcome (submissions are keyed on the session id) until it can be.
      await this.bestEffort(() => this.options.store.delete(session.owner, session.id), 'remove finished dialog');
      return outcome.passOn ? [...outcome.replies, ...(await this.options.passOn(message))] : outcome.replies;
    }
    const now = this.options.now();
    await this.save({
      ...session,
      step: outcome.next.step,
      data: outcome.next.data,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + dialog.ttlMs),
      channel: message.channel,
      chatId: message.senderId,
    });
    return outcome.replies;
  }

  /** Keeps the dialog alive after an answer that changed nothing; the answer is given even if that fails. */
  private async touch(session: DialogSession, replies: Reply[]): Promise<Reply[]> {
    const now = this.options.now();
    const dialog = this.dialog(session.kind);
    await this.bestEffort(() => this.save({ ...session, updatedAt: now, expiresAt: new Date(now.getTime() + dialog.ttlMs) }), 'extend dialog');
    return replies;
  }

  /** A write that may be skipped while storage is unavailable; anything else still fails. */
  private async bestEffort(write: () => Promise<unknown>, what: string): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      this.options.log.warn({ err: error, what }, 'dialog bookkeeping skipped: storage unavailable');
    }
  }

  private save(session: DialogSession): Promise<void> {
    return this.options.store.save(session);
  }

  private dialog(kind: string): Dialog<Who> {
    const dialog = this.byKind.get(kind);
    if (!dialog) throw new Error(`unknown dialog kind: ${kind}`);
    return dialog;
  }
}

function helpText(dialog: Dialog<DialogMember>): string {
  return `您正在填写${dialog.label}。按提示回答即可；随时可回复“预览”查看已填内容，“取消”放弃；中途有问题也可以直接问我。`;
}
