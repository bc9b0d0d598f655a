import type { DialogStarts } from '../../conversation/dialog/dialog.ts';
import type { Feature, InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { Identity, MemberDirectory } from '../../members/directory.ts';
import type { NoticeService } from '../notice-service.ts';
import type { Notice } from '../types.ts';
import { answerAboutNotice, pickNotice, readReply, splitPerNotice } from './read-reply.ts';
import { NOTICE_REPLY_DIALOG, recordReading, type ReplyStart } from './reply-dialog.ts';

export interface NoticeReplyOptions {
  service: NoticeService;
  dialogs: DialogStarts<Identity>;
  directory: MemberDirectory;
  now: () => Date;
  log: Logger;
}

const NOTHING_OPEN = '目前没有需要您回复的会议通知。';
const IN_PRIVATE = '会议回执请在与我的私聊中回复，群里的“参加”“请假”不作为回执登记。';

/**
 * Replies to meeting notices read in context: when a member has a notice waiting, everyday words
 * for 参加 and 请假 are recorded, an acknowledgement gets one short question, a question about the
 * meeting is answered from the notice itself.
 */
export class NoticeReplyFeature implements Feature {
  readonly name = 'notice-replies';

  constructor(private readonly options: NoticeReplyOptions) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    if (message.suspicious) return null;
    const reading = readReply(message.text);
    if (reading.kind === 'none') return null;
    const explicit = (reading.kind === 'attend' || reading.kind === 'leave') && /^(?:参加|请假)/.test(message.text.trim());
    if (message.isGroup) return explicit ? [{ text: IN_PRIVATE, mention: [message.senderId] }] : null;
    const { service, now } = this.options;
    const from = { channel: message.channel, chatId: message.senderId, isGroup: false };
    const { open } = await service.openFor(from, now());
    if (open.length === 0) return explicit && message.text.trim().length <= 30 ? [{ text: NOTHING_OPEN }] : null;

    const me = await this.options.directory.identify(message);
    const active = await this.options.dialogs.current(me);
    // A follow-up of a reply in progress is that dialog's to read; an acknowledgement or a question
    // while another dialog is open belongs to that dialog.
    if (active?.kind === NOTICE_REPLY_DIALOG) return null;
    if (active && (reading.kind === 'unclear' || reading.kind === 'question')) return null;

    const chosen = reading.noticeId !== undefined ? open.find((n) => n.id === reading.noticeId) : open.length === 1 ? open[0] : undefined;
    if (reading.noticeId !== undefined && !chosen) return [{ text: '这个通知已经截止回复，或不需要回执。如有特殊情况，请直接联系市政协办公室。' }];
    const picked = chosen ?? this.pick(message.text, open);
    if (reading.kind === 'question') {
      const about = picked ? [picked] : open;
      return [{ text: about.map((n) => `${about.length > 1 ? `【${n.fields.title}】` : ''}${answerAboutNotice(reading.topic, n.fields, message.text)}`).join('\n') }];
    }
    if (!picked && (reading.kind === 'attend' || reading.kind === 'leave')) {
      const parts = splitPerNotice(message.text, open.map(brief));
      if (parts) {
        const replies: Reply[] = [];
        for (const { reading: partReading, noticeId } of parts) {
          if (partReading.kind === 'attend' || partReading.kind === 'leave') replies.push(...(await recordReading(service, from, partReading, noticeId, now())).replies);
        }
        return replies;
      }
    }
    if (active) {
      // Recorded without a follow-up question: the member's other dialog keeps its place.
      if (!picked || (reading.kind !== 'attend' && reading.kind !== 'leave')) return null;
      return (await recordReading(service, from, reading, picked.id, now())).replies;
    }
    const start: ReplyStart = { reading, noticeIds: picked ? [picked.id] : open.map((n) => n.id) };
    return this.options.dialogs.start(NOTICE_REPLY_DIALOG, message, me, start);
  }

  private pick(text: string, open: Notice[]): Notice | undefined {
    const id = pickNotice(text, open.map(brief));
    return id === null ? undefined : open.find((n) => n.id === id);
  }
}

function brief(n: Notice): { id: number; title: string; time: string; place: string } {
  return { id: n.id, title: n.fields.title, time: n.fields.time, place: n.fields.place };
}
