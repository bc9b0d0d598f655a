import type { Feature, InboundMessage, Reply } from './types.ts';

/**
 * "你是机器人还是工作人员啊", "你是谁": members ask who answers them. It is no question for the
 * knowledge base, which would quote a passage that happens to share the words.
 */
const WHO_ARE_YOU =
  /^(?:请问|那个|喂|哎)?[，,\s]*(?:你|您)(?:到底|究竟)?(?:是)?(?:谁|哪位|什么人|啥人|什么东西|人(?=还是)|机器人|机器|人工|真人|程序|ai|人工智能|工作人员|秘书|王秘书|办公室的|真的人|活人)(?:吗|么|嘛|吧|啊|呀|哦)?(?:[，,\s]*(?:还是)?(?:人|真人|机器人?|人工|工作人员|程序)(?:啊|呀|呢|哦)?)?[？?！!。~～]*$/iu;

/** "你是不是机器人", "是真人吗": asked in fewer words, in a short message. */
const BOT_OR_PERSON = /^(?:请问)?(?:你|您)(?:到底)?是(?:不是)?[^，。]{0,4}(?:机器人|真人|人工|工作人员|智能)|(?:机器人|真人|人工)(?:还是|吗|么|不)/u;

export function asksWhoTheBotIs(text: string): boolean {
  const said = text.normalize('NFKC').trim();
  return WHO_ARE_YOU.test(said) || (Array.from(said).length <= 20 && BOT_OR_PERSON.test(said));
}

export function whoTheBotIs(botName: string): string {
  return `我是${botName}，是自动回复的程序，不是工作人员本人。需要人工帮助，请联系市政协办公室。`;
}

/** Outside a dialog (the engine answers it inside one, and goes on with the step). */
export class AboutTheBotFeature implements Feature {
  readonly name = 'about-the-bot';

  constructor(private readonly botName: string) {}

  async handle(message: InboundMessage): Promise<Reply[] | null> {
    return asksWhoTheBotIs(message.text) ? [{ text: whoTheBotIs(this.botName) }] : null;
  }
}
