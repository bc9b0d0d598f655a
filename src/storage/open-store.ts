import path from 'node:path';
import type { Config } from '../config.ts';
import type { HandledMessages, Outbox } from '../conversation/outbound.ts';
import { RegistryRoster } from '../members/registry-roster.ts';
import { SqliteMemberStore } from '../members/sqlite-member-store.ts';
import type { Roster } from '../notices/roster.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import { SqliteOpinionStore } from '../opinions/sqlite-opinion-store.ts';
import { migrate, openDatabase, type Database } from './database.ts';
import { MIGRATIONS } from './migrations.ts';
import { SqliteHandledMessages, SqliteOutbox } from './sqlite-outbox.ts';
import { SqliteDialogSessions } from './sqlite-dialog-sessions.ts';
import { SqliteStatus, type StorageStatus } from './sqlite-status.ts';
import type { DialogSessionStore } from '../conversation/dialog/session.ts';

export interface Storage {
  db: Database;
  opinions: OpinionStore;
  outbox: Outbox;
  handled: HandledMessages;
  sessions: DialogSessionStore;
  members: SqliteMemberStore;
  /** The member registry as notices see it. */
  roster: Roster;
  /** Database liveness and outbox counts, for the health check and metrics. */
  status: StorageStatus;
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
    roster: new RegistryRoster(members),
    status: new SqliteStatus(db),
    close: () => db.close(),
  };
}
