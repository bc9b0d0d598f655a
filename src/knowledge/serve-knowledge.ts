import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { CuratedAnswers } from '../answering/curated-answers.ts';
import { ExtractiveAnswerer } from '../answering/extractive-answerer.ts';
import { FollowUps } from '../answering/follow-up.ts';
import { QuestionService } from '../answering/question-service.ts';
import type { Answerer } from '../answering/types.ts';
import type { Logger } from '../log.ts';
import type { EmbeddingProvider } from '../retrieval/embeddings.ts';
import { HybridRetriever } from '../retrieval/hybrid-retriever.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { Tokenizer } from '../retrieval/tokenizer.ts';
import type { Storage } from '../storage/open-store.ts';
import type { BuiltIndex, IngestReport } from './ingest.ts';
import { LiveKnowledge, type Answering } from './live-knowledge.ts';
import type { Progress } from './progress.ts';

/** The index brought up to date and loaded (app.ts loadKnowledgeBase), with the way to update it again. */
export interface LoadedKnowledge {
  provider: EmbeddingProvider;
  ingest: IngestReport;
  tokenizer: Tokenizer;
  kb: KnowledgeBase;
  update: (options: { progress?: Progress; force?: boolean }) => Promise<IngestReport>;
  /** Loads a knowledge base from an index an update built (null when it holds nothing). */
  open: (built: BuiltIndex | undefined) => KnowledgeBase | null;
}

export interface ServeKnowledgeOptions {
  loaded: LoadedKnowledge;
  knowledgeDir: string;
  storage: Pick<Storage, 'members' | 'questionLog' | 'curatedAnswers'>;
  /** The configured chat model: the agent answers, the extractive answerer is its fallback. */
  chat?: BaseChatModel;
  promptsDir: string;
  timeoutMs: number;
  /** False for `liaison web`, whose knowledge base answers only the hit test. */
  servesChat?: boolean;
  log: Logger;
  now: () => Date;
}

/**
 * Question answering over the knowledge base, built so that it can be built again: retrieval, the
 * extractive answerer and (with a model) the agent come from a knowledge base, the question service
 * around them stays, with its follow-ups and staff answers. LiveKnowledge rebuilds the first part
 * after each update of the index.
 */
export async function serveKnowledge(options: ServeKnowledgeOptions): Promise<LiveKnowledge> {
  const { loaded, storage, chat, promptsDir, timeoutMs, log, now } = options;
  // LangChain (the agent) is imported only when a model is configured (or given).
  const Agent = chat ? (await import('../answering/agent/agent-answerer.ts')).AgentAnswerer : null;
  const answering = (kb: KnowledgeBase): Answering => {
    const extractive = new ExtractiveAnswerer(kb);
    const answerer: Answerer =
      Agent && chat
        ? new Agent({ model: chat, fallback: extractive, promptsDir, timeoutMs, log, now, memberNames: async () => (await storage.members.list()).map((m) => m.name) })
        : extractive;
    return { kb, retriever: new HybridRetriever(kb, loaded.provider.embeddings, {}, log), answerer };
  };
  const first = answering(loaded.kb);
  let live: LiveKnowledge | undefined;
  const questions = new QuestionService({
    ...first,
    log,
    now,
    followUps: new FollowUps(() => (live?.kb ?? loaded.kb).cities()),
    curated: new CuratedAnswers(storage.curatedAnswers, loaded.tokenizer),
    questionLog: storage.questionLog,
  });
  live = new LiveKnowledge({ knowledgeDir: options.knowledgeDir, report: loaded.ingest, first, open: loaded.open, answering, questions, update: loaded.update, servesChat: options.servesChat ?? true, log, now });
  return live;
}
