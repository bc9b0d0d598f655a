import type { InboundMessage, Reply } from '../../conversation/types.ts';
import type { Identity } from '../../members/directory.ts';
import { askStep, nextStep, PREVIEW_CHOICES, readStep, renderComposePreview, stepByLabel, toNotice } from './compose-dialog.ts';
import type { NoticeFeatureOptions } from './notice-feature.ts';

const START = '好的，我们来写一条会议通知。随时回复“预览”查看，“取消”放弃。';
const CANCELLED = '已放弃这条通知，没有发送。';

/** The staff side of writing a notice: answers fill the steps, 发送 creates and sends it. */
export class ComposeDialog {
  constructor(private readonly options: NoticeFeatureOptions) {}

  async start(message: InboundMessage, me: Identity): Promise<Reply[]> {
    const state = { step: nextStep({}), data: {} };
    this.options.compose.save(me.memberId, state, this.options.now());
    return [{ text: START }, askStep(state.step)];
  }

  /** null when this staff member is not writing a notice: the message is for someone else. */
  async continue(message: InboundMessage, me: Identity): Promise<Reply[] | null> {
    const { compose, now } = this.options;
    const state = compose.get(me.memberId);
    if (!state) return null;
    const text = message.text.trim();
    if (/^(?:取消|放弃|\/cancel)$/.test(text)) {
      compose.delete(me.memberId);
      return [{ text: CANCELLED }];
    }
    if (/^预览$/.test(text)) return this.show(state.data);

    const edit = /^修改\s*(\S+?)(?:\s+|[:：])(.+)$/s.exec(text);
    const key = edit ? stepByLabel(edit[1] ?? '') : state.step;
    if (edit && !key) return [{ text: '没有这一项。可修改：标题、时间、地点、参会范围、正文、是否需要回执、回执截止时间、发送对象。' }];
    if (state.step === 'preview' && !edit) {
      if (/^(?:发送|确认发送|确认|发出)$/.test(text)) return this.send(me, state.data);
      return [{ text: '请回复“发送”发出通知，“修改 项目 新内容”修改，或“取消”放弃。', choices: PREVIEW_CHOICES }];
    }
    const read = readStep(state, key ?? state.step, edit ? (edit[2] ?? '') : text, now());
    if ('error' in read) return [{ text: read.error }, ...(edit ? [] : [askStep(state.step)])];
    const step = nextStep(read.data);
    compose.save(me.memberId, { step, data: read.data }, now());
    return step === 'preview' ? this.show(read.data) : [askStep(step)];
  }

  private show(data: Record<string, string>): Reply[] {
    const step = nextStep(data);
    if (step !== 'preview') return [{ text: '还没有填完。' }, askStep(step)];
    return [{ text: renderComposePreview(data), choices: PREVIEW_CHOICES }];
  }

  private async send(me: Identity, data: Record<string, string>): Promise<Reply[]> {
    const { service, compose, now } = this.options;
    const { fields, targets } = toNotice(data);
    const notice = await service.create(fields, targets, me.memberId, now());
    const { recipients } = await service.send(notice.id, me.memberId, now());
    compose.delete(me.memberId);
    const unreachable = recipients.filter((r) => !r.address).length;
    return [
      {
        text: `通知 ${notice.id} 已开始发送，共 ${recipients.length} 位委员${unreachable ? `（其中 ${unreachable} 位未绑定聊天账号，无法送达）` : ''}。发送“回执 ${notice.id}”查看回执情况。`,
      },
    ];
  }
}
