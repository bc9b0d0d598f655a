import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from '../log.ts';
import { buildCitations } from './compose.ts';
import { inventedNumbers } from './number-guard.ts';
import { echoesPrompt, fixedParts, loadPrompt, renderPrompt } from './prompts.ts';
import type { Answer, Answerer, Passage } from './types.ts';

/** What the system prompt tells the model to reply when the passages do not hold the answer. */
export const DECLINE_MARKER = '【无法回答】';

export interface LlmAnswererOptions {
  chat: BaseChatModel;
  /** Answers whenever the model cannot be trusted or reached; declines when given no passages. */
  fallback: Answerer;
  promptsDir: string;
  timeoutMs: number;
  log: Logger;
  maxPassages?: number;
}

type ErrorKind = 'timeout' | 'api' | 'network';

const UNCITED_SHOWN = 3;

/**
 * Answers with a language model from the retrieved passages only. Anything the model says that
 * cannot be checked against them (an invented figure, an echo of the prompt) falls back to the
 * offline answerer, as does any failure to reach the model.
 */
export class LlmAnswerer implements Answerer {
  private readonly system: string;
  private readonly userTemplate: string;
  private readonly secrets: string[];
  private readonly maxPassages: number;

  constructor(private readonly options: LlmAnswererOptions) {
    this.system = loadPrompt(options.promptsDir, 'answer-system');
    this.userTemplate = loadPrompt(options.promptsDir, 'answer-user');
    this.secrets = [this.system, ...fixedParts(this.userTemplate)];
    this.maxPassages = options.maxPassages ?? 5;
  }

  async answer(question: string, passages: Passage[]): Promise<Answer> {
    const { fallback, log } = this.options;
    if (passages.length === 0) return fallback.answer(question, passages);
    const given = passages.slice(0, this.maxPassages);

    const reply = await this.ask(question, given);
    if (reply === null) return fallback.answer(question, passages);
    // Checked first: the system prompt itself holds the decline marker.
    if (echoesPrompt(reply, this.secrets)) {
      log.warn({ reason: 'prompt-echo' }, '模型回复复述了提示词，改用离线答案');
      return fallback.answer(question, passages);
    }
    if (reply.includes(DECLINE_MARKER)) return fallback.answer(question, []);
    const answer = cite(reply, given);
    const invented = inventedNumbers(answer.text, given);
    if (invented.length > 0) {
      log.warn({ reason: 'invented-number', invented }, '模型回复含资料中没有的数字，改用离线答案');
      return fallback.answer(question, passages);
    }
    return answer;
  }

  /** The model's reply text, or null when it failed, timed out or said nothing. */
  private async ask(question: string, given: Passage[]): Promise<string | null> {
    const { chat, log, timeoutMs } = this.options;
    const user = renderPrompt(this.userTemplate, { passages: formatPassages(given), question });
    const signal = AbortSignal.timeout(timeoutMs);
    const started = Date.now();
    try {
      const message = await chat.invoke([new SystemMessage(this.system), new HumanMessage(user)], { signal });
      const text = message.text.trim();
      log.debug({ ms: Date.now() - started, chars: text.length }, '模型已回复');
      if (text === '') log.warn({ reason: 'empty' }, '模型回复为空，改用离线答案');
      return text === '' ? null : text;
    } catch (err) {
      const kind = errorKind(err, signal);
      log.warn({ kind, err: err instanceof Error ? err.message : String(err), ms: Date.now() - started }, '模型调用失败，改用离线答案');
      return null;
    }
  }
}

function formatPassages(passages: Passage[]): string {
  return passages
    .map((p, i) => `[${i + 1}] 《${p.doc.title}》${p.chunk.section ? ` ${p.chunk.section}` : ''}\n${p.chunk.text}`)
    .join('\n\n');
}

function errorKind(err: unknown, signal: AbortSignal): ErrorKind {
  if (signal.aborted || (err instanceof Error && err.name === 'TimeoutError')) return 'timeout';
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number' ? 'api' : 'network';
}

/**
 * Keeps the markers that point at a given passage, renumbered 1..k in order of first mention;
 * an answer that cites nothing is shown with the top passages as its sources.
 */
function cite(reply: string, given: Passage[]): Answer {
  const used: Passage[] = [];
  const text = reply
    .replace(/[［【\[]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[］】\]]/g, (_, list: string) =>
      list
        .split(/\s*[,，、]\s*/)
        .map((n) => given[Number(n) - 1])
        .filter((p): p is Passage => p !== undefined)
        .map((p) => {
          if (!used.includes(p)) used.push(p);
          return `[${used.indexOf(p) + 1}]`;
        })
        .join(''),
    )
    .replace(/(\[\d+\])\1+/g, '$1');
  const sources = used.length > 0 ? used : given.slice(0, UNCITED_SHOWN);
  return { text, answered: true, citations: buildCitations(sources, sources), via: 'llm' };
}
