import path from 'node:path';
import type { Config } from '../config.ts';
import type { HandledMessages, Outbox } from '../conversation/outbound.ts';
import { RegistryRoster } from '../members/registry-roster.ts';
import type { MemberStore } from '../members/member-store.ts';
import { SqliteMemberStore } from '../members/sqlite-member-store.ts';
import type { NoticeStore } from '../notices/notice-store.ts';
import { SqliteNoticeStore } from '../notices/sqlite-notice-store.ts';
import type { Roster } from '../notices/roster.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import { SqliteOpinionStore } from '../opinions/sqlite-opinion-store.ts';
import { migrate, openDatabase, type Database } from './database.ts';
import { MIGRATIONS } from './migrations.ts';
import { SqliteHandledMessages, SqliteOutbox } from './sqlite-outbox.ts';
import { SqliteDialogSessions } from './sqlite-dialog-sessions.ts';
import { SqliteStatus, type StorageStatus } from './sqlite-status.ts';
import type { DialogSessionStore } from '../conversation/dialog/session.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import { SqliteAuditLog } from '../audit/sqlite-audit-log.ts';
import type { QuestionLog } from '../answering/question-log.ts';
import { SqliteQuestionLog } from './sqlite-question-log.ts';
import type { CuratedAnswerStore } from '../answering/curated-answers.ts';
import { SqliteCuratedAnswers } from './sqlite-curated-answers.ts';
import type { StaffAccessStore } from '../staff/access-store.ts';
import type { EditionStore } from '../staff/edition-store.ts';
import { SqliteStaffAccessStore } from '../staff/sqlite-access-store.ts';
import { SqliteEditionStore } from '../staff/sqlite-edition-store.ts';

/**
 * Every store of the bot, each behind its port (async, so a PostgreSQL implementation can take the
 * SQLite one's place); built here once and passed to whoever needs it. `db` is for storage's own
 * tools (backup, restore) and tests, never for SQL above `storage/`.
 */
export interface Storage {
  db: Database;
  opinions: OpinionStore;
  outbox: Outbox;
  handled: HandledMessages;
  sessions: DialogSessionStore;
  members: MemberStore;
  notices: NoticeStore;
  /** The member registry as notices see it. */
  roster: Roster;
  /** Database liveness and outbox counts, for the health check and metrics. */
  status: StorageStatus;
  /** Who changed what, from the command line or the workbench. */
  audit: AuditLog;
  /** Questions members asked and what became of them. */
  questionLog: QuestionLog;
  /** Answers staff wrote for questions the knowledge base does not answer well. */
  curatedAnswers: CuratedAnswerStore;
  /** Workbench sign-in links, sessions and administrators. */
  staffAccess: StaffAccessStore;
  /** The 编报稿 staff write from submissions, kept beside the originals. */
  editions: EditionStore;
  close(): void;
}

export function databaseFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'liaison.db');
}

/** The SQLite file under DATA_DIR, migrated, with every store built on it. */
export function openStorage(config: Pick<Config, 'dataDir'>): Storage {
  const db = openDatabase(databaseFile(config));
  try {
    migrate(db, MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  const members = new SqliteMemberStore(db);
  return {
    db,
    opinions: new SqliteOpinionStore(db),
    outbox: new SqliteOutbox(db),
    handled: new SqliteHandledMessages(db),
    sessions: new SqliteDialogSessions(db),
    members,
    notices: new SqliteNoticeStore(db),
    roster: new RegistryRoster(members),
    status: new SqliteStatus(db),
    audit: new SqliteAuditLog(db),
    questionLog: new SqliteQuestionLog(db),
    curatedAnswers: new SqliteCuratedAnswers(db),
    staffAccess: new SqliteStaffAccessStore(db),
    editions: new SqliteEditionStore(db),
    close: () => db.close(),
  };
}
