import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import type { Identity, MemberDirectory } from '../members/directory.ts';
import { DraftDialog } from './dialog/draft-dialog.ts';
import { readIntent, type Intent } from './dialog/intents.ts';
import { NOT_FOUND, renderDetail, renderList } from './dialog/render.ts';
import type { OpinionExtractor } from './extractor.ts';
import type { OpinionStore } from './opinion-store.ts';

export interface OpinionFeatureOptions {
  store: OpinionStore;
  directory: MemberDirectory;
  extractor: OpinionExtractor;
  /** Answers a knowledge question asked in the middle of the dialog. */
  answer: (message: InboundMessage) => Promise<Reply[]>;
  now: () => Date;
  draftTtlMs: number;
  log: Logger;
}

const GROUP_START = '好的。社情民意信息需要填写联系方式等个人信息，我们转到私聊继续，请查看我发给您的私信（如未收到，请先私聊我发送“我想反映社情民意”）。';
const GROUP_ELSEWHERE = '已私信您，请在私聊中查看。';
const DRAFT_IN_PRIVATE = '您的社情民意草稿在私聊中填写，请到与我的私聊里继续回复。';

/** 社情民意信息: the intake dialog, the member's own list and lookups. Staff tools live in the CLI. */
export class OpinionFeature implements Feature {
  readonly name = 'opinions';
  private readonly dialog: DraftDialog;

  constructor(private readonly options: OpinionFeatureOptions) {
    this.dialog = new DraftDialog(options);
  }

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const intent = readIntent(message.text);
    const me = await this.options.directory.identify(message);
    switch (intent.kind) {
      case 'mine':
        return this.inPrivate(message, [{ text: renderList(await this.options.store.listByMember(me.memberId)) }], GROUP_ELSEWHERE);
      case 'query':
        return this.inPrivate(message, [{ text: await this.lookUp(intent.number, me) }], GROUP_ELSEWHERE);
      default:
        return message.isGroup ? this.inGroup(message, intent, me) : this.dialog.handle(message, intent, me);
    }
  }

  /** Only the submitter and staff may read a submission; others learn nothing, not even that it exists. */
  private async lookUp(number: string, me: Identity): Promise<string> {
    const opinion = await this.options.store.get(number);
    if (!opinion || (opinion.memberId !== me.memberId && me.role !== 'staff')) {
      if (opinion) this.options.log.warn({ number, member: me.memberId }, 'opinion lookup refused');
      return NOT_FOUND(number);
    }
    return renderDetail(opinion);
  }

  /** In a group the dialog only starts; it continues in private, where personal details belong. */
  private async inGroup(message: InboundMessage, intent: Intent, me: Identity): Promise<Reply[] | null> {
    if (intent.kind === 'start') {
      const replies = await this.dialog.handle({ ...message, isGroup: false }, intent, me);
      return this.inPrivate(message, replies ?? [], GROUP_START);
    }
    if (intent.kind === 'text') return null;
    const draft = await this.options.store.getDraft(me.memberId);
    return draft ? [{ text: DRAFT_IN_PRIVATE, mention: [message.senderId] }] : null;
  }

  private inPrivate(message: InboundMessage, replies: Reply[], groupNote: string): Reply[] {
    if (!message.isGroup) return replies;
    return [{ text: groupNote, mention: [message.senderId] }, ...replies.map((reply) => ({ ...reply, private: true }))];
  }
}
