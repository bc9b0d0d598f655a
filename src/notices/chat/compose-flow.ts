import type { Dialog, DialogTurn, StepOutcome } from '../../conversation/dialog/dialog.ts';
import type { DialogSession } from '../../conversation/dialog/session.ts';
import type { Reply } from '../../conversation/types.ts';
import type { Identity } from '../../members/directory.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import type { NoticeService } from '../notice-service.ts';
import { askStep, nextStep, PREVIEW_CHOICES, readStep, renderComposePreview, stepByLabel, toNotice } from './compose-dialog.ts';

export const NOTICE_COMPOSE_DIALOG = 'notice-compose';

const START = '好的，我们来写一条会议通知。随时回复“预览”查看，“取消”放弃。';
const CANCELLED = '已放弃这条通知，没有发送。';
const AT_PREVIEW = '请回复“发送”发出通知，“修改 项目 新内容”修改，或“取消”放弃。';

function dataOf(session: DialogSession): Record<string, string> {
  return Object.fromEntries(Object.entries(session.data).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/** Staff write a notice in private chat: answers fill the steps, 发送 creates and sends it. */
export class ComposeDialog implements Dialog<Identity> {
  readonly kind = NOTICE_COMPOSE_DIALOG;
  readonly label = '会议通知草稿';
  readonly light = false;

  constructor(
    private readonly service: NoticeService,
    readonly ttlMs: number,
  ) {}

  async begin(): Promise<StepOutcome> {
    const step = nextStep({});
    return { replies: [{ text: START }, askStep(step)], next: { step, data: {} } };
  }

  async step({ message, me, session, now }: DialogTurn<Identity>): Promise<StepOutcome> {
    const data = dataOf(session);
    const text = message.text.trim();
    const edit = /^(?:修改|改)\s*(\S+?)(?:\s+|[:：]|为|成)(.+)$/s.exec(text);
    const key = edit ? stepByLabel(edit[1] ?? '') : session.step;
    const stay = { step: session.step, data };
    if (edit && !key) return { replies: [{ text: '没有这一项。可修改：标题、时间、地点、参会范围、正文、是否需要回执、回执截止时间、发送对象。' }], next: stay };
    if (session.step === 'preview' && !edit) {
      if (/^(?:发送|确认发送|确认|发出|发吧|发)$/.test(text) || readYesNo(text) === 'yes') return this.send(me, data, now);
      return { replies: [{ text: AT_PREVIEW, choices: PREVIEW_CHOICES }], next: stay };
    }
    const read = readStep({ step: session.step, data }, key ?? session.step, edit ? (edit[2] ?? '') : text, now);
    if ('error' in read) return { replies: [{ text: read.error }, ...(edit ? [] : [askStep(session.step)])], next: stay };
    const step = nextStep(read.data);
    return { replies: step === 'preview' ? this.show(read.data) : [askStep(step)], next: { step, data: read.data } };
  }

  prompt(session: DialogSession): Reply[] {
    return session.step === 'preview' ? [{ text: AT_PREVIEW, choices: PREVIEW_CHOICES }] : [askStep(session.step)];
  }

  async preview(session: DialogSession): Promise<Reply[]> {
    return this.show(dataOf(session));
  }

  /** Every step of a notice expects a plain answer; only a question mark marks a question to the bot. */
  isAside(text: string): boolean {
    return /[？?]\s*$/.test(text) && !/^(?:修改|改)/.test(text.trim());
  }

  cancelled(): string {
    return CANCELLED;
  }

  expired(): string {
    return `您之前未写完的会议通知草稿已超过 ${Math.round(this.ttlMs / 3600_000)} 小时未操作，已自动作废，没有发送。需要时请重新发送“发布通知”。`;
  }

  private show(data: Record<string, string>): Reply[] {
    const step = nextStep(data);
    if (step !== 'preview') return [{ text: '还没有填完。' }, askStep(step)];
    return [{ text: renderComposePreview(data), choices: PREVIEW_CHOICES }];
  }

  private async send(me: Identity, data: Record<string, string>, now: Date): Promise<StepOutcome> {
    const { fields, targets } = toNotice(data);
    const notice = await this.service.create(fields, targets, me.memberId, now);
    const { recipients } = await this.service.send(notice.id, me.memberId, now);
    const unreachable = recipients.filter((r) => !r.address).length;
    return {
      replies: [
        {
          text: `通知 ${notice.id} 已开始发送，共 ${recipients.length} 位委员${unreachable ? `（其中 ${unreachable} 位未绑定聊天账号，无法送达）` : ''}。发送“回执 ${notice.id}”查看回执情况。`,
        },
      ],
      done: true,
    };
  }
}
