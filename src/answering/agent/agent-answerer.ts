import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from '../../log.ts';
import { echoesPrompt, loadPrompt } from '../prompts.ts';
import type { Answer, AnswerContext, Answerer, Passage } from '../types.ts';
import { citedAnswer, flawOf, withoutMarkers } from './answer-checks.ts';
import { ConversationHistory } from './history.ts';
import { runAgent } from './run-agent.ts';

/** What the system prompt tells the model to reply when the knowledge base does not hold the answer. */
export const DECLINE_MARKER = '【无法回答】';

/** How a declined turn is given back as history. */
const DECLINED_TURN = '（知识库中没有找到答案）';

export interface AgentAnswererOptions {
  /** The provider's chat model; it must not retry on its own (chat-model.ts). */
  model: BaseChatModel;
  /** The offline answerer: answers whenever the agent fails or cannot be trusted, declines when given no passages. */
  fallback: Answerer;
  promptsDir: string;
  /** The whole answer's deadline: model calls, searches and retries together. */
  timeoutMs: number;
  log: Logger;
  now?: () => Date;
  /** Names in the member registry: kept from the provider like phone numbers. */
  memberNames?: () => Promise<string[]>;
  /** Passages one search returns. */
  maxPassages?: number;
}

/**
 * Answers with LangChain's agent, which searches the knowledge base itself: it may reword a
 * colloquial question in the reports' terms, split a comparison, search again. Each member's
 * recent turns come along as history. The reply is shown only if it passes every check (see
 * answer-checks.ts) and echoes no prompt; otherwise, and whenever the model fails or the deadline
 * passes, the member gets the offline answer: the extractive one when the offline gate's passages
 * cover the question, else the plain "not in the knowledge base".
 */
export class AgentAnswerer implements Answerer {
  readonly searches = true;
  private readonly system: string;
  private readonly toolDescription: string;
  private readonly history: ConversationHistory;

  constructor(private readonly options: AgentAnswererOptions) {
    this.system = loadPrompt(options.promptsDir, 'agent-system');
    this.toolDescription = loadPrompt(options.promptsDir, 'agent-search-tool');
    this.history = new ConversationHistory(options.now ?? (() => new Date()));
  }

  async answer(question: string, passages: Passage[], context: AnswerContext = {}): Promise<Answer> {
    const answer = await this.answerByAgent(question, passages, context);
    if (context.asker) this.history.add(context.asker, { question, answer: answer.answered ? withoutMarkers(answer.text) : DECLINED_TURN });
    return answer;
  }

  private async answerByAgent(question: string, passages: Passage[], context: AnswerContext): Promise<Answer> {
    const { model, fallback, timeoutMs, log } = this.options;
    const offline = () => fallback.answer(question, passages);
    const names = await this.namesToHide(context);
    // Without the registry's names the question cannot be sent safely.
    if (names === null) return offline();
    const run = await runAgent({
      model,
      systemPrompt: this.system,
      toolDescription: this.toolDescription,
      question,
      history: context.asker ? this.history.recent(context.asker) : [],
      // Without a search (a caller with passages only), the agent searches those.
      search: context.search ?? (async () => passages),
      names,
      timeoutMs,
      maxPassages: this.options.maxPassages ?? 5,
      log,
    });
    if (!run.ok) {
      log.warn({ kind: run.kind, err: run.error, ms: run.ms }, '模型调用失败，改用离线答案');
      return offline();
    }
    log.debug({ ms: run.ms, chars: run.reply.length, found: run.found.length }, '模型已回复');
    if (run.reply === '') {
      log.warn({ reason: 'empty' }, '模型回复为空，改用离线答案');
      return offline();
    }
    // Checked first: the system prompt itself holds the decline marker.
    if (echoesPrompt(run.reply, [this.system, this.toolDescription])) {
      log.warn({ reason: 'prompt-echo' }, '模型回复复述了提示词，改用离线答案');
      return offline();
    }
    if (run.reply.includes(DECLINE_MARKER)) return fallback.answer(question, []);
    const flaw = flawOf(run.reply, run.found);
    if (flaw) {
      log.warn(flaw, '模型回复未通过核对，改用离线答案');
      return offline();
    }
    return citedAnswer(run.reply, run.found);
  }

  /** The asker's names and every name in the member registry, or null when the registry cannot be read. */
  private async namesToHide(context: AnswerContext): Promise<string[] | null> {
    try {
      return [...(context.names ?? []), ...((await this.options.memberNames?.()) ?? [])];
    } catch (error) {
      this.options.log.warn({ err: error instanceof Error ? error.message : String(error) }, '无法读取委员名单，改用离线答案');
      return null;
    }
  }
}
