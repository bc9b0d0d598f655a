import type { CuratedAnswerStore } from '../answering/curated-answers.ts';
import type { QuestionLog } from '../answering/question-log.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { KnowledgeDesk } from '../knowledge/knowledge-desk.ts';
import type { LiveKnowledge } from '../knowledge/live-knowledge.ts';
import { RegistryImports } from '../members/import/plan-import.ts';
import type { MemberStore } from '../members/member-store.ts';
import { sqliteRehearsal } from '../members/sqlite-rehearsal.ts';
import { NoticeService } from '../notices/notice-service.ts';
import type { DashboardSources } from '../dashboard/week-stats.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import { RecordService } from '../records/record-service.ts';
import type { Tokenizer } from '../retrieval/tokenizer.ts';
import type { EditionStore } from '../staff/edition-store.ts';
import type { StaffAccess, Viewer } from '../staff/staff-access.ts';
import type { Storage } from '../storage/open-store.ts';

/**
 * What the workbench's pages use: core services and store ports, nothing of SQL. `npm start` builds
 * it from the running app, `liaison web` from the database alone (see workbenchDepsFrom). A new
 * page group adds what it needs here, from a port or a core service, never a database handle.
 */
export interface WorkbenchDeps {
  opinions: OpinionStore;
  editions: EditionStore;
  /** Where a member is reached, for the status-change message. */
  members: MemberStore;
  access: StaffAccess;
  /** Every change made on the workbench is recorded here with who made it. */
  audit: AuditLog;
  /** 问答记录: the questions members asked and what became of each. */
  questionLog: QuestionLog;
  /** 工作人员答复: the bot reads them on every question, so one added here is given at once. */
  curatedAnswers: CuratedAnswerStore;
  /** How the bot reads and compares questions (jieba + the committee's words), loaded on first use. */
  questionWords: () => Promise<Tokenizer>;
  /** 委员履职档案 per member and year. */
  records: RecordService;
  /** What the home page's week is counted from (read only). */
  dashboard: DashboardSources;
  /** 会议通知: compose, send, the roll, remind, change, cancel (the same core path as chat and the CLI). */
  notices: NoticeService;
  /** 委员名单 upload: a preview on a rehearsal of the registry, then the import. */
  registryImports: RegistryImports;
  /** 知识库: documents, uploads, re-indexing, the hit test; null where no knowledge base can be had. */
  knowledge: KnowledgeDesk | null;
  /** WORKBENCH_URL: makes cookies Secure when https, and is an allowed form origin behind a proxy. */
  publicUrl: string | null;
  botName: string;
  now: () => Date;
  log: Logger;
}

/**
 * `knowledge`: the served knowledge base (the running bot's under `npm start`, so an upload changes
 * its answers at once; `liaison web` passes a loader run on the first knowledge page).
 */
export function workbenchDepsFrom(parts: { storage: Storage; access: StaffAccess; config: Config; now: () => Date; log: Logger; knowledge?: () => Promise<LiveKnowledge> }): WorkbenchDeps {
  const { storage, access, config, now, log } = parts;
  let words: Promise<Tokenizer> | undefined;
  return {
    opinions: storage.opinions,
    editions: storage.editions,
    members: storage.members,
    access,
    audit: storage.audit,
    questionLog: storage.questionLog,
    curatedAnswers: storage.curatedAnswers,
    // jieba loads only when a page compares questions.
    questionWords: () =>
      (words ??= Promise.all([import('../retrieval/tokenizer.ts'), import('../retrieval/knowledge-files.ts')]).then(([{ createTokenizer }, { tokenizerFiles }]) =>
        createTokenizer(tokenizerFiles(config.knowledgeDir)),
      )),
    records: new RecordService({ members: storage.members, notices: storage.notices, opinions: storage.opinions }, now),
    dashboard: { questions: storage.questionLog, opinions: storage.opinions, notices: storage.notices, status: storage.status, outbox: storage.outbox },
    notices: new NoticeService({ store: storage.notices, roster: storage.roster, log, reminderHours: config.notices.reminderHours }),
    registryImports: new RegistryImports(storage.members, sqliteRehearsal(storage.db)),
    knowledge: parts.knowledge ? new KnowledgeDesk(parts.knowledge, now) : null,
    publicUrl: config.workbench.publicUrl,
    botName: config.botName,
    now,
    log,
  };
}

/** A link in the navigation, taken from the route table (routes.ts). */
export interface NavItem {
  href: string;
  label: string;
}

/** What every workbench request carries through hono's context (set by mount.ts). */
export type WorkbenchEnv = {
  Variables: {
    deps: WorkbenchDeps;
    /** The session cookie's holder; null when not signed in. */
    viewer: Viewer | null;
    /** The session secret from the cookie, for signing out and the CSRF token. */
    session: string | null;
    /** This session's form token ('' without a session). */
    csrf: string;
    nav: readonly NavItem[];
  };
};
