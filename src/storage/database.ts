import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export type Database = BetterSqlite3.Database;

/** How long a writer waits for another process (the bot vs. a staff command) to release the lock. */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) a SQLite file set up for one bot process plus staff commands. */
export function openDatabase(file: string): Database {
  const inMemory = file === ':memory:';
  if (!inMemory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL lets staff commands read while the bot writes.
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (!inMemory && String(mode).toLowerCase() !== 'wal') {
      throw new Error(`数据库 ${file} 无法启用 WAL 模式（当前为 ${String(mode)}），请确认数据目录位于本地磁盘。`);
    }
    // FULL, not NORMAL: with WAL, NORMAL may lose the last commits on power loss or an OS crash,
    // and a member who was given a receipt number must find that submission afterwards.
    // The cost, one fsync per commit, does not matter at a few submissions a minute.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export interface Migration {
  version: number;
  name: string;
  /** SQL run once, in the same transaction that records the version. */
  up: string;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in version order, each in its
 * own IMMEDIATE transaction so a failed step leaves nothing half done and two processes starting
 * together cannot both apply it. Returns the ones applied now (none on a re-open).
 */
export function migrate(db: Database, migrations: readonly Migration[], now: () => Date = () => new Date()): Migration[] {
  const ordered = checked(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const newest = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null;
  const known = ordered.at(-1)?.version ?? 0;
  if (newest !== null && newest > known) {
    throw new Error(`数据库结构版本（${newest}）比当前程序（${known}）新，请升级程序后再启动。`);
  }

  const recorded = db.prepare('SELECT name FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applyOne = db.transaction((migration: Migration): boolean => {
    // Looked up under the write lock: another process may have applied it meanwhile.
    const name = recorded.get(migration.version) as string | undefined;
    if (name !== undefined) {
      if (name !== migration.name) {
        throw new Error(`数据库迁移 ${migration.version} 已按“${name}”执行，与程序中的“${migration.name}”不一致。`);
      }
      return false;
    }
    db.exec(migration.up);
    record.run(migration.version, migration.name, now().toISOString());
    return true;
  });
  return ordered.filter((migration) => applyOne.immediate(migration));
}

function checked(migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((migration, i) => {
    if (!Number.isInteger(migration.version) || migration.version < 1) {
      throw new Error(`migration version must be a positive integer: ${migration.version}`);
    }
    if (i > 0 && ordered[i - 1]?.version === migration.version) {
      throw new Error(`duplicate migration version ${migration.version}`);
    }
  });
  return ordered;
}
