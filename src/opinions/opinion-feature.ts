import type { DialogStarts } from '../conversation/dialog/dialog.ts';
import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import type { Logger } from '../log.ts';
import type { Identity, MemberDirectory } from '../members/directory.ts';
import { readIntent, type Intent } from './dialog/intents.ts';
import { extractContact } from './intake/contact.ts';
import { readLabels } from './intake/labels.ts';
import { charCount } from './intake/text.ts';
import { readIntroduction, readsAsOpener } from './intake/introduction.ts';
import { asksNothing, looksLikeAccount, looksLikeReport, looksLikeStory, looksLikeSuggestionToAnOffice, readsAsProblem } from './intake/start-phrase.ts';
import { announcesReportLater, SEE_YOU_LATER } from './intake/report-later.ts';
import { OPINION_DIALOG } from './dialog/opinion-dialog.ts';
import { announcesSlowTyping } from './dialog/split-messages.ts';
import { NOT_FOUND, renderDetail, renderList } from './dialog/render.ts';
import type { OpinionStore } from './opinion-store.ts';
import { JUST_SUBMITTED_MS, renderCannotTakeBack, takesBackASubmission } from './taken-back.ts';

export interface OpinionFeatureOptions {
  store: OpinionStore;
  directory: MemberDirectory;
  dialogs: DialogStarts<Identity>;
  log: Logger;
}

const GROUP_START = '好的。社情民意信息需要填写联系方式等个人信息，我们转到私聊继续，请查看我发给您的私信（如未收到，请先私聊我发送“我想反映社情民意”）。';
const GROUP_ELSEWHERE = '已私信您，请在私聊中查看。';
const DRAFT_IN_PRIVATE = '您的社情民意草稿在私聊中填写，请到与我的私聊里继续回复。';
const NO_DRAFT = '您当前没有正在填写的社情民意信息。发送“我想反映社情民意”即可开始。';

/** "【转发】关于召开……座谈会的通知": a meeting notice passed on, with its contacts, is no report (a report passed on is). */
const A_NOTICE_PASSED_ON = /关于(?:召开|举办|举行|参加|开展)[^\n。]{2,40}的通知|定于[^\n。]{2,30}(?:召开|举行|举办)/u;
const ASKS_TO_BE_RECEIVED = /(?:麻烦|请|帮忙|能不能|可不可以)[^。！!？?]{0,10}(?:接待|约(?:个|一下)?时间|安排(?:个|一下)?(?:时间|见面|面谈))/u;

/** 社情民意信息: starting the intake, the member's own list and lookups. Staff tools live in the CLI. */
/** "这种情况能报社情民意不？", "这个能当社情民意反映吗？": whether a matter may be reported, asked first. */
// ("这个算不算社情民意啊？", "这属不属于社情民意？": asked whether it counts as one.)
const CAN_IT_BE_REPORTED = /^[^？?。！!\n]{0,12}(?:(?:能|可以|可不可以|能不能|能否)(?:报|反映|提|当|算)|算不算|属不属于|是不是)[^？?。！!\n]{0,10}?(?:社情民意|吗|么|不)[^？?。！!\n]{0,6}[？?]\s*/u;

/** Least characters of the account told after asking whether it may be reported. */
const ACCOUNT_AFTER_ASKING = 30;

export class OpinionFeature implements Feature {
  readonly name = 'opinions';

  constructor(private readonly options: OpinionFeatureOptions) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const intent = readIntent(message.text);
    // Announced for later, nothing told yet: no draft to expire while the member is busy.
    if ((intent.kind === 'start' || intent.kind === 'text') && !message.isGroup && announcesReportLater(message.text)) return [{ text: SEE_YOU_LATER }];
    if (intent.kind === 'text') return message.isGroup ? null : ((await this.takingBack(message)) ?? this.offer(message));
    const me = await this.options.directory.identify(message);
    switch (intent.kind) {
      case 'mine':
        return this.inPrivate(message, [{ text: renderList(await this.options.store.listByMember(me.memberId)) }], GROUP_ELSEWHERE);
      case 'query':
        return this.inPrivate(message, [{ text: await this.lookUp(intent.number, me) }], GROUP_ELSEWHERE);
      case 'start': {
        if (message.suspicious) return null;
        const replies = await this.options.dialogs.start(OPINION_DIALOG, { ...message, isGroup: false }, me, { rest: intent.rest });
        return message.isGroup ? this.inPrivate(message, replies, GROUP_START) : replies;
      }
      default:
        return this.noDraft(message, intent, me);
    }
  }

  /** Words taking back the report just submitted: it stays with the office, and the member is told so. */
  private async takingBack(message: InboundMessage): Promise<Reply[] | null> {
    if (!takesBackASubmission(message.text)) return null;
    const me = await this.options.directory.identify(message);
    const last = (await this.options.store.listByMember(me.memberId)).at(-1);
    const recent = last !== undefined && message.time.getTime() - last.createdAt.getTime() <= JUST_SUBMITTED_MS;
    return recent ? [{ text: renderCannotTakeBack(last) }] : null;
  }

  /** A long report-like message sent without a start phrase: offered as a new submission. */
  private async offer(message: InboundMessage): Promise<Reply[] | null> {
    if (message.suspicious) return null;
    if (readIntroduction(message.text) || readsAsOpener(message.text) || announcesSlowTyping(message.text)) {
      // Kept for the report that usually follows; answered with a greeting, not a knowledge search.
      const me = await this.options.directory.identify(message);
      return this.options.dialogs.start(OPINION_DIALOG, message, me, { introduced: message.text });
    }
    // "……想当面找你们说说，麻烦看哪天方便接待一下": a request to the office, not a report to pass on.
    if (ASKS_TO_BE_RECEIVED.test(message.text) || A_NOTICE_PASSED_ON.test(message.text)) return null;
    // "这种情况能报社情民意不？上周我们去义诊……": asked whether it may be reported, then told.
    const asked = CAN_IT_BE_REPORTED.exec(message.text.trim());
    const after = asked ? message.text.trim().slice(asked[0].length) : '';
    // (Having asked whether it counts, an account asking nothing more is the matter, however plainly told.)
    if (asked && (looksLikeReport(after) || looksLikeStory(after) || (charCount(after.replace(/[\s\p{P}]/gu, '')) >= ACCOUNT_AFTER_ASKING && asksNothing(after)))) {
      const me = await this.options.directory.identify(message);
      return this.options.dialogs.start(OPINION_DIALOG, message, me, { offer: after });
    }
    const { rest: story, ...contact } = extractContact(message.text);
    // "……——顺便说一下我是农工党的何春生，电话158……——他跟我说……": a story told with one's details.
    const toldWithDetails = contact.phone !== undefined && Array.from(story.replace(/[\s\p{P}]/gu, '')).length >= 15 && asksNothing(story) && (readsAsProblem(story) || looksLikeStory(story));
    if (!(looksLikeReport(message.text) || looksLikeStory(message.text) || looksLikeAccount(message.text) || looksLikeSuggestionToAnOffice(message.text) || toldWithDetails)) return null;
    const me = await this.options.directory.identify(message);
    // Signed with contact details, laid out as a report, or titled 关于……的建议: plainly a
    // submission, begun at once; otherwise asked first.
    const plain = Object.keys(contact).length > 0 || readLabels(message.text).values.length >= 2 || /^关于[^\n。]{2,40}的(?:建议|意见|问题)\s*\n/u.test(message.text.trim());
    return this.options.dialogs.start(OPINION_DIALOG, message, me, plain ? { rest: message.text } : { offer: message.text });
  }

  /** 确认/预览/修改 with no dialog open: in a group, point to the private chat; else say there is none. */
  private async noDraft(message: InboundMessage, intent: Intent, me: Identity): Promise<Reply[] | null> {
    const open = await this.options.dialogs.current(me);
    if (message.isGroup) return open?.kind === OPINION_DIALOG ? [{ text: DRAFT_IN_PRIVATE, mention: [message.senderId] }] : null;
    // ("取消" right after the receipt would take back what was just submitted.)
    return (intent.kind === 'cancel' ? await this.takingBack(message) : null) ?? [{ text: NO_DRAFT }];
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

  private inPrivate(message: InboundMessage, replies: Reply[], groupNote: string): Reply[] {
    if (!message.isGroup) return replies;
    return [{ text: groupNote, mention: [message.senderId] }, ...replies.map((reply) => ({ ...reply, private: true }))];
  }
}
