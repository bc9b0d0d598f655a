import { EMPTY_REPLY, INJECTION_REPLY } from '../conversation/input-guard.ts';
import type { Feature, InboundMessage, Reply } from '../conversation/types.ts';
import { noMetrics, type Metrics } from '../shared/metrics.ts';
import type { QuestionService } from './question-service.ts';
import { renderAnswer } from './render.ts';

const ASK_COMMAND = /^\/ask(?:@\w+)?\s*/i;

/** Any message no other feature claimed is a question for the knowledge base. */
export class AskFeature implements Feature {
  readonly name = 'ask';

  constructor(
    private readonly questions: QuestionService,
    private readonly metrics: Metrics = noMetrics,
  ) {}

  async handle(message: InboundMessage): Promise<Reply[]> {
    if (message.suspicious) return [{ text: INJECTION_REPLY }];
    const question = message.text.replace(ASK_COMMAND, '').trim();
    // An emoji or a WeChat sticker code that no feature took is not a question.
    if (!/[\p{L}\p{N}]/u.test(question.replace(/\[[^\]]{1,4}\]/gu, ''))) return [{ text: EMPTY_REPLY }];
    if (!question) return [{ text: '请在 /ask 后面写上您的问题，例如：/ask 社情民意信息怎么报送？' }];
    const started = performance.now();
    const answer = await this.questions.ask(question, { asker: askerOf(message), names: message.senderName ? [message.senderName] : [] });
    this.metrics.observeAnswer(answer.answered ? 'answered' : 'declined', (performance.now() - started) / 1000);
    const mention = message.isGroup ? [message.senderId] : undefined;
    const offered = answer.offered ?? [];
    if (offered.length === 0) return [{ text: renderAnswer(answer), mention }];
    // Numbered, so a member without buttons (WeChat) replies with the number.
    const list = offered.map((question, i) => `${i + 1}. ${question}`).join('\n');
    const choices = offered.map((question, i) => ({ label: `${i + 1}. ${question}`, value: question, typed: String(i + 1) }));
    return [{ text: `${renderAnswer(answer)}\n\n您是不是想问：\n${list}`, choices, mention }];
  }
}

/** One member in one chat: a follow-up in a group is read against that member's question there. */
function askerOf(message: InboundMessage): string {
  return `${message.channel}:${message.chatId}:${message.senderId}`;
}
