import type { App } from '../../src/app.ts';
import type { InboundMessage, Reply } from '../../src/conversation/types.ts';

let sequence = 0;

/** One person talking to the bot through the core, as an adapter would deliver their messages. */
export class ChatDriver {
  turns = 0;

  constructor(
    private readonly app: () => App,
    readonly id: string,
    readonly name?: string,
    readonly channel = 'console',
  ) {}

  message(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
    return {
      channel: this.channel,
      chatId: this.id,
      isGroup: false,
      senderId: this.id,
      senderName: this.name,
      text,
      addressed: true,
      messageId: `${this.id}-${++sequence}`,
      time: new Date(),
      ...extra,
    };
  }

  /** Sends one message and returns every reply. */
  async send(text: string, extra: Partial<InboundMessage> = {}): Promise<Reply[]> {
    this.turns++;
    return this.app().core.handle(this.message(text, extra));
  }

  /** Sends one message and returns the replies' text joined. */
  async say(text: string, extra: Partial<InboundMessage> = {}): Promise<string> {
    return (await this.send(text, extra)).map((reply) => reply.text).join('\n');
  }
}

export const RECEIPT = /编号：(SQMY-\d{4}-\d{4})/;

export function receiptNumber(text: string): string {
  const match = RECEIPT.exec(text);
  if (!match?.[1]) throw new Error(`no receipt in: ${text}`);
  return match[1];
}

/** Everything at once, on one line, as a member pastes it (the console reads a line per message). */
export function allFields(extra: { situation?: string; phone?: string; title?: string } = {}): string {
  return [
    `标题：${extra.title ?? '关于在城南小学门口增设红绿灯的建议'}`,
    `情况与问题：${extra.situation ?? '城南路与学府街交叉口紧邻城南小学，每天上下学时段约800名学生过马路，路口没有红绿灯，今年以来已发生3起剐蹭事故。'}`,
    '意见建议：建议市公安局交警支队尽快在该路口增设红绿灯和减速带，上下学时段安排交警值守。',
    '类别：城乡建设',
    '姓名：李明',
    '界别：民盟',
    `联系电话：${extra.phone ?? '13812345678'}`,
    '是否同意署名报送：同意',
  ].join(' ');
}
