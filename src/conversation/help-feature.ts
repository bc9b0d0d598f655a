import type { Feature, InboundMessage, Reply } from './types.ts';

const HELP_WORDS = /^(?:\/?(?:start|help)(?:@\w+)?|帮助|幫助|菜单|功能|你好|您好|在吗|hi|hello)[！!。.？?]*$/iu;

/** Greets and lists what the bot can do; later features add their own lines. */
export class HelpFeature implements Feature {
  readonly name = 'help';

  constructor(private readonly botName: string, private readonly lines: string[]) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    if (!HELP_WORDS.test(message.text.trim())) return null;
    const who = message.senderName ? `${message.senderName}，您好！` : '您好！';
    return [{ text: [`${who}我是${this.botName}。`, '我可以：', ...this.lines.map((l) => `· ${l}`)].join('\n') }];
  }
}
