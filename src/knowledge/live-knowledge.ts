import type { QuestionService } from '../answering/question-service.ts';
import type { Answerer } from '../answering/types.ts';
import type { Logger } from '../log.ts';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { BuiltIndex, IngestReport } from './ingest.ts';
import type { Progress } from './progress.ts';

/** What answers from one knowledge base: its retrieval and the answerer reading it. */
export interface Answering {
  kb: KnowledgeBase;
  retriever: HybridRetriever;
  answerer: Answerer;
}

/** The latest index update, as the workbench's progress bar shows it. */
export interface IndexRun {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** Why it ran, in Chinese (e.g. 上传文档), '' when idle. */
  reason: string;
  /** Documents looked at so far, of `total`; the one just done. */
  done: number;
  total: number;
  item: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When finished: what changed, or why it failed. */
  summary: string;
  /** Documents that could not be read, with why (also in `summary`'s count). */
  failed: Array<{ file: string; reason: string }>;
}

export interface LiveKnowledgeOptions {
  knowledgeDir: string;
  /** The report of the ingest `first` was built from. */
  report: IngestReport;
  first: Answering;
  /** Loads a knowledge base from an index an update built (null when it holds nothing). */
  open: (built: BuiltIndex | undefined) => KnowledgeBase | null;
  /** Builds retrieval and answerer over a newly loaded knowledge base. */
  answering: (kb: KnowledgeBase) => Answering;
  /** The question service members are answered by: switched to each new knowledge base. */
  questions: QuestionService;
  /** Brings the index on disk up to date with the folder (only changed files; `force`: all). */
  update: (options: { progress?: Progress; force?: boolean }) => Promise<IngestReport>;
  /** False where no chat answers from it (`liaison web`): the running bot takes up changes when it restarts. */
  servesChat: boolean;
  log: Logger;
  now: () => Date;
}

const IDLE: IndexRun = { state: 'idle', reason: '', done: 0, total: 0, item: '', startedAt: null, finishedAt: null, summary: '', failed: [] };

/**
 * The knowledge base the running program answers from, replaceable while it runs: after a document
 * is added or removed on the workbench the index is brought up to date (one update at a time, in
 * order) and the bot answers from the new one at once, without a restart. A question already being
 * answered finishes on the knowledge base it began with.
 */
export class LiveKnowledge {
  private current: Answering;
  private latest: IngestReport;
  private run: IndexRun = IDLE;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LiveKnowledgeOptions) {
    this.current = options.first;
    this.latest = options.report;
  }

  get kb(): KnowledgeBase {
    return this.current.kb;
  }

  get retriever(): HybridRetriever {
    return this.current.retriever;
  }

  get questions(): QuestionService {
    return this.options.questions;
  }

  get knowledgeDir(): string {
    return this.options.knowledgeDir;
  }

  /** Whether members' questions are answered from this knowledge base (see the option). */
  get servesChat(): boolean {
    return this.options.servesChat;
  }

  /** The last finished ingest's report (documents that failed to read among them). */
  get report(): IngestReport {
    return this.latest;
  }

  progress(): IndexRun {
    return { ...this.run, failed: [...this.run.failed] };
  }

  /**
   * Brings the index up to date after any update already under way, then answers from it.
   * Resolves with the report, or null when the update failed (the old knowledge base stays).
   */
  update(reason: string, force = false): Promise<IngestReport | null> {
    const next = this.queue.then(() => this.runUpdate(reason, force));
    this.queue = next;
    return next;
  }

  /** Resolves when no update is waiting or under way. */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  private async runUpdate(reason: string, force: boolean): Promise<IngestReport | null> {
    const { log, now } = this.options;
    this.run = { ...IDLE, state: 'running', reason, startedAt: now() };
    const progress: Progress = {
      start: (total) => {
        this.run = { ...this.run, total, done: 0 };
      },
      tick: (item) => {
        this.run = { ...this.run, done: this.run.done + 1, item };
      },
      stop: () => undefined,
    };
    try {
      const report = await this.options.update({ progress, force });
      const kb = this.options.open(report.built);
      if (!kb) throw new Error('知识库中没有可读取的文档，机器人继续使用原来的索引');
      this.current = this.options.answering(kb);
      this.options.questions.useKnowledge(this.current);
      this.latest = report;
      const summary = `新增 ${report.added.length} 个、更新 ${report.updated.length} 个、移除 ${report.removed.length} 个文档，索引共 ${report.chunks} 个分段${report.rebuilt ? '（全部重建）' : ''}${report.failed.length ? `；${report.failed.length} 个文档无法读取` : ''}`;
      this.run = { ...this.run, state: 'done', item: '', finishedAt: now(), summary, failed: report.failed };
      log.info({ added: report.added.length, updated: report.updated.length, removed: report.removed.length, chunks: report.chunks }, 'knowledge base reloaded');
      return report;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.run = { ...this.run, state: 'failed', item: '', finishedAt: now(), summary: message };
      log.error({ err: message }, 'knowledge base update failed; still answering from the previous index');
      return null;
    }
  }
}
