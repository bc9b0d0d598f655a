import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, createAgent, HumanMessage, modelCallLimitMiddleware } from 'langchain';
import type { Logger } from '../../log.ts';
import type { Passage } from '../types.ts';
import { Deadline, failureKind, retryWithinDeadline, type FailureKind } from './deadline.ts';
import type { Turn } from './history.ts';
import { privacyMiddleware } from './privacy.ts';
import { FoundPassages, searchKnowledgeTool } from './search-tool.ts';

/** Model calls in one answer: a search, up to two more (rewritten or split), and the answer. */
const MAX_MODEL_CALLS = 4;

export interface AgentRunInput {
  model: BaseChatModel;
  systemPrompt: string;
  toolDescription: string;
  question: string;
  history: Turn[];
  search: (query: string) => Promise<Passage[]>;
  /** Names to keep from the model besides phone, ID-card and e-mail patterns. */
  names: string[];
  timeoutMs: number;
  maxPassages: number;
  log: Logger;
}

export type AgentRun =
  | { ok: true; reply: string; found: Passage[]; ms: number }
  | { ok: false; kind: FailureKind; error: string; ms: number };

/**
 * One answer by LangChain's agent: the model searches the knowledge base through the tool as often
 * as it needs (within the call limit), then replies. The agent is built per answer because the
 * tool numbers the passages of this answer and the middleware holds this answer's deadline.
 */
export async function runAgent(input: AgentRunInput): Promise<AgentRun> {
  const { model, systemPrompt, toolDescription, question, history, search, names, timeoutMs, maxPassages, log } = input;
  const started = Date.now();
  const deadline = new Deadline(timeoutMs);
  const found = new FoundPassages();
  const agent = createAgent({
    model,
    systemPrompt,
    tools: [searchKnowledgeTool({ search, found, description: toolDescription, maxPassages })],
    // The first is outermost: redaction applies to retried calls too.
    middleware: [modelCallLimitMiddleware({ runLimit: MAX_MODEL_CALLS, exitBehavior: 'error' }), privacyMiddleware(names), retryWithinDeadline(deadline, log)],
  });
  const messages = [...history.flatMap((t) => [new HumanMessage(t.question), new AIMessage(t.answer)]), new HumanMessage(question)];
  try {
    const result = await deadline.race(agent.invoke({ messages }, { signal: deadline.signal }));
    const last = result.messages.at(-1);
    const reply = last && AIMessage.isInstance(last) ? last.text.trim() : '';
    return { ok: true, reply, found: found.list, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, kind: failureKind(error, deadline), error: error instanceof Error ? error.message : String(error), ms: Date.now() - started };
  }
}
