import type { Feature, InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { Identity, MemberDirectory } from '../../members/directory.ts';
import type { NoticeService } from '../notice-service.ts';
import { NoticeStoreError, type NoticeStore } from '../notice-store.ts';
import { renderRoll } from '../render.ts';
import type { DialogStarts } from '../../conversation/dialog/dialog.ts';
import { NOTICE_COMPOSE_DIALOG } from './compose-flow.ts';
import { readNoticeIntent, type NoticeIntent } from './intents.ts';

export interface NoticeFeatureOptions {
  service: NoticeService;
  store: NoticeStore;
  dialogs: DialogStarts<Identity>;
  directory: MemberDirectory;
  now: () => Date;
  log: Logger;
}

const STAFF_ONLY = '抱歉，发布和管理会议通知仅限市政协工作人员。如有需要，请联系市政协办公室。';

/** Meeting notices in chat, staff side: write, send, cancel and read the roll (members' replies: reply-feature.ts). */
export class NoticeFeature implements Feature {
  readonly name = 'notices';

  constructor(private readonly options: NoticeFeatureOptions) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    const intent = readNoticeIntent(message.text);
    const me = await this.options.directory.identify(message);
    if (intent.kind === 'none') return null;
    if (me.role !== 'staff') {
      this.options.log.warn({ member: me.memberId, action: intent.kind }, 'staff-only notice action refused');
      return [{ text: STAFF_ONLY }];
    }
    if (message.isGroup) return [{ text: '会议通知请在与我的私聊中管理。', mention: [message.senderId] }];
    return this.staff(intent, message, me);
  }

  private async staff(intent: Exclude<NoticeIntent, { kind: 'none' }>, message: InboundMessage, me: Identity): Promise<Reply[]> {
    const { service, store, now } = this.options;
    try {
      switch (intent.kind) {
        case 'compose':
          return this.options.dialogs.start(NOTICE_COMPOSE_DIALOG, message, me, null);
        case 'list': {
          const notices = (await store.list()).slice(-10).reverse();
          if (notices.length === 0) return [{ text: '还没有会议通知。发送“发布通知”新建一条。' }];
          return [{ text: ['最近的会议通知：', ...notices.map((n) => `· ${n.id}【${n.status}】${n.fields.title}（${n.fields.time}）`), '', '发送“回执 编号”查看回执情况。'].join('\n') }];
        }
        case 'roll':
          return [{ text: renderRoll(await service.roll(intent.noticeId)) }];
        case 'send': {
          const { notice, recipients } = await service.send(intent.noticeId, me.memberId, now());
          const unreachable = recipients.filter((r) => !r.address).length;
          return [{ text: `通知 ${notice.id} 已开始发送，共 ${recipients.length} 位委员${unreachable ? `（其中 ${unreachable} 位未绑定聊天账号，无法送达）` : ''}。` }];
        }
        case 'cancel-notice': {
          const notice = await service.cancel(intent.noticeId, me.memberId, now());
          return [{ text: `通知 ${notice.id}“${notice.fields.title}”已取消，已收到通知的委员会收到取消消息。` }];
        }
      }
    } catch (error) {
      if (error instanceof NoticeStoreError) return [{ text: error.message }];
      throw error;
    }
  }
}
