import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AskFeature } from './answering/ask-feature.ts';
import type { QuestionService } from './answering/question-service.ts';
import type { Config } from './config.ts';
import { ConversationCore } from './conversation/core.ts';
import { HelpFeature } from './conversation/help-feature.ts';
import { AboutTheBotFeature } from './conversation/about-the-bot.ts';
import { RateLimitFeature } from './conversation/rate-limit-feature.ts';
import { BindFeature } from './members/bind-feature.ts';
import type { MemberDirectory } from './members/directory.ts';
import { RegistryDirectory } from './members/registry-directory.ts';
import { RuleExtractor, type OpinionExtractor } from './opinions/extractor.ts';
import { OpinionFeature } from './opinions/opinion-feature.ts';
import { OpinionDialog } from './opinions/dialog/opinion-dialog.ts';
import { readIntent } from './opinions/dialog/intents.ts';
import { DialogEngine } from './conversation/dialog/engine.ts';
import type { Feature, InboundMessage, Reply } from './conversation/types.ts';
import type { Identity } from './members/directory.ts';
import { openStorage, type Storage } from './storage/open-store.ts';
import { ComposeDialog } from './notices/chat/compose-flow.ts';
import { readNoticeIntent } from './notices/chat/intents.ts';
import { NoticeReplyDialog } from './notices/chat/reply-dialog.ts';
import { NoticeReplyFeature } from './notices/chat/reply-feature.ts';
import { NoticeFeature } from './notices/chat/notice-feature.ts';
import { NoticeService } from './notices/notice-service.ts';
import type { Roster } from './notices/roster.ts';
import { ingestKnowledge, type BuiltIndex, type IngestReport } from './knowledge/ingest.ts';
import type { LiveKnowledge } from './knowledge/live-knowledge.ts';
import { serveKnowledge, type LoadedKnowledge } from './knowledge/serve-knowledge.ts';
import { defaultCleaningRules, loadCleaningRules } from './knowledge/normalize/index.ts';
import type { Progress } from './knowledge/progress.ts';
import type { Logger } from './log.ts';
import type { EmbeddingProvider } from './retrieval/embeddings.ts';
import { LocalHashEmbeddings } from './retrieval/local-embeddings.ts';
import { KnowledgeBase } from './retrieval/knowledge-base.ts';
import { tokenizerFiles } from './retrieval/knowledge-files.ts';
import { loadQuestionBank } from './retrieval/question-bank.ts';
import { createTokenizer } from './retrieval/tokenizer.ts';
import { PromMetrics } from './web/metrics.ts';
import { WorkbenchAddress } from './web/workbench-address.ts';
import { SignInFeature } from './staff/sign-in-feature.ts';
import { StaffAccess } from './staff/staff-access.ts';
import { RecordFeature } from './records/chat/record-feature.ts';
import { RecordService } from './records/record-service.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PROMPTS_DIR = path.join(PROJECT_ROOT, 'prompts');

export interface App {
  config: Config;
  /** The knowledge base answered from now (it changes when documents change on the workbench). */
  readonly kb: KnowledgeBase;
  /** The knowledge base as it is served, updated in place after an upload. */
  knowledge: LiveKnowledge;
  questions: QuestionService;
  core: ConversationCore;
  ingest: IngestReport;
  storage: Storage;
  directory: MemberDirectory;
  notices: NoticeService;
  dialogs: DialogEngine<Identity>;
  /** 委员履职档案: one member's year or the year table, counted from the stores. */
  records: RecordService;
  /** Counters for /metrics; features, the core and the dispatcher record through its `Metrics` side. */
  metrics: PromMetrics;
  /** Workbench sign-in (links asked for in chat, sessions), shared by the chat and the web. */
  access: StaffAccess;
  /** Where sign-in links point; the web server tells it its real address once listening. */
  workbench: WorkbenchAddress;
  /** The clock every part was given. */
  now: () => Date;
  /** Closes the database; call after the channels have stopped. */
  close(): void;
}

export interface AppOptions {
  progress?: Progress;
  /** Replaces the configured chat model (tests drive a model on a loopback server this way). */
  chat?: BaseChatModel;
  /** Replaces the clock (tests of expiry and reminders). */
  now?: () => Date;
  /** Replaces the member registry as notices see it (tests with a committee at the boundary). */
  roster?: Roster;
}

/** A notice half written in chat lapses after a day. */
const NOTICE_DRAFT_TTL_MS = 24 * 3600_000;

function startOf(intent: ReturnType<typeof readIntent>): { rest: string } | null {
  return intent.kind === 'start' ? { rest: intent.rest } : null;
}

async function firstAnswer(features: readonly Feature[], message: InboundMessage): Promise<Reply[]> {
  for (const feature of features) {
    const replies = await feature.handle(message);
    if (replies) return replies;
  }
  return [];
}

export function knowledgeFiles(config: Config) {
  return {
    ...tokenizerFiles(config.knowledgeDir),
    cleaningRules: path.join(config.knowledgeDir, 'cleaning-rules.json'),
    questionBank: path.join(config.knowledgeDir, 'rule-questions.txt'),
  };
}

/**
 * The configured embeddings. The OpenAI-compatible client (and with it @langchain/openai and the
 * openai SDK) is imported only when remote embeddings are configured; offline, the local hashing
 * embeddings are built directly, as `createEmbeddingProvider` builds them.
 */
export async function loadEmbeddingProvider(config: Config): Promise<EmbeddingProvider> {
  if (config.embeddings.kind === 'openai') return (await import('./retrieval/embeddings.ts')).createEmbeddingProvider(config.embeddings);
  const local = new LocalHashEmbeddings();
  return { embeddings: local, modelId: local.modelId };
}

/** Bring the index up to date with the knowledge folder (only changed files are embedded). */
export async function updateIndex(
  config: Config,
  log: Logger,
  provider: EmbeddingProvider,
  options: { progress?: Progress; force?: boolean } = {},
): Promise<IngestReport> {
  const files = knowledgeFiles(config);
  const rules = existsSync(files.cleaningRules) ? loadCleaningRules(files.cleaningRules) : defaultCleaningRules();
  const report = await ingestKnowledge({ knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, provider, rules, log, ...options });
  for (const failure of report.failed) log.warn({ file: failure.file, reason: failure.reason }, '文档无法读取，已跳过');
  return report;
}

/** The index brought up to date with the knowledge folder and loaded; `update` brings it up to date again. */
export async function loadKnowledgeBase(config: Config, log: Logger, progress?: Progress): Promise<LoadedKnowledge> {
  const provider = await loadEmbeddingProvider(config);
  const update = (options: { progress?: Progress; force?: boolean }) => updateIndex(config, log, provider, options);
  const ingest = await update({ progress });
  const files = knowledgeFiles(config);
  const tokenizer = createTokenizer(files);
  // The question bank is read again with every update, so staff's additions count without a restart.
  const open = (built: BuiltIndex | undefined) => {
    const bank = loadQuestionBank(files.questionBank);
    const kb = KnowledgeBase.fromIngest(built, tokenizer, bank);
    const stale = kb ? bank.entries.filter((e) => !kb.rulesSay(e.anchor)).map((e) => e.anchor) : [];
    if (stale.length > 0) log.warn({ anchors: stale }, '常见问法（rule-questions.txt）中有摘抄在规程里找不到，这些问法不起作用，请按修改后的规程更新');
    return kb;
  };
  const kb = open(ingest.built);
  if (!kb) throw new Error('知识库索引不可用：knowledge 目录中没有可读取的文档');
  return { provider, update, ingest, tokenizer, kb, open };
}

/**
 * The knowledge base and the answering over it for a process without the chat (`liaison web`,
 * whose knowledge pages load it on first use), built as createApp builds the bot's.
 */
export async function openKnowledge(config: Config, storage: Storage, log: Logger, now: () => Date = () => new Date()): Promise<LiveKnowledge> {
  const loaded = await loadKnowledgeBase(config, log);
  const chat = config.llm ? (await import('./answering/chat-model.ts')).createChatModel(config.llm) : undefined;
  return serveKnowledge({ loaded, knowledgeDir: config.knowledgeDir, storage, chat, promptsDir: PROMPTS_DIR, timeoutMs: config.llm?.timeoutMs ?? 20000, servesChat: false, log, now });
}

/** The composition root: every part is built here from the config and passed inward. */
export async function createApp(config: Config, log: Logger, options: AppOptions = {}): Promise<App> {
  const loaded = await loadKnowledgeBase(config, log, options.progress);
  const now = options.now ?? (() => new Date());
  const storage = openStorage(config);
  // LangChain (the chat model, the agent) is imported only when a model is configured (or given).
  const chat = options.chat ?? (config.llm ? (await import('./answering/chat-model.ts')).createChatModel(config.llm) : undefined);
  const timeoutMs = config.llm?.timeoutMs ?? 20000;
  // Replaced while running when documents change on the workbench (LiveKnowledge).
  const knowledge = await serveKnowledge({ loaded, knowledgeDir: config.knowledgeDir, storage, chat, promptsDir: PROMPTS_DIR, timeoutMs, log, now });
  const questions = knowledge.questions;
  const metrics = new PromMetrics({ backlog: () => storage.status.outboxBacklog() });
  const directory = new RegistryDirectory(storage.members, config.staffIds);
  const access = new StaffAccess({ store: storage.staffAccess, directory, log });
  const workbench = new WorkbenchAddress(config);
  const records = new RecordService({ members: storage.members, notices: storage.notices, opinions: storage.opinions }, now);
  const askFeature = new AskFeature(questions, metrics);
  const extractor: OpinionExtractor = chat
    ? new (await import('./opinions/llm-extractor.ts')).LlmExtractor({ chat, promptsDir: PROMPTS_DIR, fallback: new RuleExtractor(), timeoutMs, log })
    : new RuleExtractor();
  const noticeStore = storage.notices;
  const notices = new NoticeService({
    store: noticeStore,
    roster: options.roster ?? storage.roster,
    log,
    reminderHours: config.notices.reminderHours,
  });

  // Features after the dialog engine: what a message goes on to when no dialog claims it.
  const later: Feature[] = [];
  const noticeReplies: Feature = new NoticeReplyFeature({
    service: notices,
    // The engine is built next; the feature reaches it only when a message comes.
    dialogs: { start: (kind, message, me, start) => dialogs.start(kind, message, me, start), current: (me) => dialogs.current(me), engaged: (me) => dialogs.engaged(me) },
    directory,
    now,
    log,
  });
  const dialogs: DialogEngine<Identity> = new DialogEngine<Identity>({
    store: storage.sessions,
    dialogs: [new OpinionDialog({ store: storage.opinions, extractor, ttlMs: config.opinions.draftTtlMs, metrics }), new ComposeDialog(notices, NOTICE_DRAFT_TTL_MS), new NoticeReplyDialog(notices)],
    starters: [
      { kind: 'opinion', purpose: '反映社情民意', readStart: (text) => startOf(readIntent(text)) },
      { kind: 'notice-compose', purpose: '发布会议通知', readStart: (text) => (readNoticeIntent(text).kind === 'compose' ? {} : null) },
    ],
    identify: (message) => directory.identify(message),
    answer: (message) => askFeature.handle(message),
    // A follow-up that turns out to be no answer is read afresh, a notice reply included.
    passOn: (message) => firstAnswer([noticeReplies, ...later], message),
    now,
    log,
    botName: config.botName,
  });
  later.push(
    new NoticeFeature({ service: notices, store: noticeStore, dialogs, directory, now, log }),
    new OpinionFeature({ store: storage.opinions, directory, dialogs, log }),
    new AboutTheBotFeature(config.botName),
    askFeature,
  );

  const core = new ConversationCore({
    log,
    now,
    maxMessageChars: config.maxMessageChars,
    handled: storage.handled,
    metrics,
    features: [
      new RateLimitFeature(config.rateLimit, () => now().getTime()),
      new HelpFeature(config.botName, [
        '回答政协工作相关问题，答案注明出处（直接提问即可，群里请 @我）',
        '反映社情民意：发送“我想反映社情民意”，按提示填写；发送“我的社情民意”查看办理进度',
        '会议通知：收到通知后回复“参加”或“请假 原因”',
        '绑定委员身份：私聊发送“绑定 姓名 手机号后四位”，如“绑定 张三 1234”',
        '履职档案：绑定后发送“我的履职情况”，查看本人今年参加会议和提交社情民意的情况',
        '知识库里没有的内容，我会直接告诉您，不会编造',
      ]),
      new BindFeature(storage.members, now, log, async (account, memberId) => {
        await storage.opinions.reassignMember(account, memberId);
        await storage.sessions.reassign(account, memberId);
      }),
      // Before the dialogs: “登录工作台” in the middle of a draft gets the link, not a field.
      new SignInFeature({ access, directory, workbenchUrl: () => workbench.url(), now, log }),
      // Before the notice replies, which read “我参加了几次会” as 参加; it takes only a whole
      // message asking for the record, so dialog steps' answers still reach the engine.
      new RecordFeature({ records, members: storage.members, directory, now, log }),
      noticeReplies,
      dialogs,
      ...later,
    ],
  });
  return { config, get kb() { return knowledge.kb; }, knowledge, questions, core, ingest: loaded.ingest, storage, directory, notices, dialogs, records, metrics, access, workbench, now, close: () => storage.close() };
}
