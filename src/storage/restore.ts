import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { chinaTimeStamp } from './backup-files.ts';
import { fsyncPath, inspectDatabaseFile, type DatabaseSummary } from './backup.ts';
import { MIGRATIONS } from './migrations.ts';
import { StorageFileError, describeFileError } from './storage-errors.ts';

/**
 * Putting a backup back in place of DATA_DIR/liaison.db.
 *
 * Whether the bot (or any other process) has the database open is found out by SQLite's own
 * locks, not a pid file: every connection to a WAL database holds a shared lock on the file for as
 * long as it is open, so an exclusive lock is granted only when nobody else has it open. That
 * needs no cooperation from the bot, cannot go stale after a crash or `kill -9` (the OS drops the
 * locks of a dead process) and also catches a staff command in the middle of an export.
 */

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** How long a passing write by a staff command may hold the lock before we call the file in use. */
const LOCK_WAIT_MS = 1000;

const RESTORING_SUFFIX = '.restoring';

export interface RestorePlan {
  /** The backup as checked: integrity ok, our schema, version no newer than the program. */
  backup: DatabaseSummary & { file: string; bytes: number };
  /** The current database, null when DATA_DIR has none yet. */
  current: { file: string; opinions: number | null } | null;
  /** Puts the backup in place; the current database is kept beside it. */
  commit(now: Date): RestoreResult;
  /** Removes the checked copy without touching anything else. */
  abandon(): void;
}

export interface RestoreResult {
  file: string;
  /** Where the replaced database was kept, null when there was none. */
  kept: string | null;
}

const programVersion = () => Math.max(0, ...MIGRATIONS.map((m) => m.version));

function checkIsSqlite(file: string): void {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageFileError(`找不到文件 ${file}。`, 'no-such-file');
    throw describeFileError(error, '读取', file);
  }
  if (!stats.isFile()) throw new StorageFileError(`${file} 不是文件。`, 'not-a-file');
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_MAGIC)) throw new StorageFileError(`${file} 不是 SQLite 数据库文件，不能用来恢复。`, 'not-a-database');
}

/** Checks the copy about to be installed; throws a worded StorageFileError when it will not do. */
function checkCopy(copy: string, shownAs: string): DatabaseSummary {
  let summary: DatabaseSummary;
  try {
    asSingleFile(copy);
    summary = inspectDatabaseFile(copy);
  } catch (error) {
    const worded = describeFileError(error, '读取备份', shownAs);
    if (worded.reason === 'damaged' || worded.reason === 'not-a-database') {
      throw new StorageFileError(`${shownAs} 已损坏或不是完整的数据库文件，不能用来恢复。`, worded.reason);
    }
    throw worded;
  }
  if (summary.integrity !== 'ok') throw new StorageFileError(`${shownAs} 未通过完整性检查（${summary.integrity}），不能用来恢复。`, 'damaged');
  if (summary.version === null || summary.opinions === null) {
    throw new StorageFileError(`${shownAs} 是 SQLite 数据库，但不是本程序的数据库（没有 schema_migrations 或 opinions 表），不能用来恢复。`, 'not-ours');
  }
  if (summary.version > programVersion()) {
    throw new StorageFileError(
      `${shownAs} 的数据库结构版本（${summary.version}）比当前程序（${programVersion()}）新，是较新版本的程序做的备份：请先升级程序再恢复。`,
      'newer-schema',
    );
  }
  return summary;
}

const inUse = (file: string) =>
  new StorageFileError(
    `数据库 ${file} 正在被使用（机器人正在运行，或有命令正在读写）：请先停止机器人（Ctrl+C，或 systemctl stop 等）再恢复。`,
    'in-use',
  );

const lockCode = (error: unknown) => String((error as { code?: unknown }).code ?? '');
const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(lockCode(error));
const isUnreadable = (error: unknown) => /^SQLITE_(NOTADB|CORRUPT)/.test(lockCode(error));

/**
 * Opens `file` holding SQLite's exclusive lock, which is granted only when no other process has
 * the file open, and runs `work` under it. Throws the worded in-use error otherwise.
 */
function underExclusiveLock<T>(file: string, work: (db: BetterSqlite3.Database) => T): T {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, timeout: LOCK_WAIT_MS });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return work(db);
  } catch (error) {
    throw isBusy(error) ? inUse(file) : error;
  } finally {
    db?.close();
  }
}

/** Whether another process has `file` open (the bot running, or a staff command mid-way). */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    underExclusiveLock(file, () => undefined);
    return false;
  } catch (error) {
    if (error instanceof StorageFileError && error.reason === 'in-use') return true;
    if (isUnreadable(error)) return false; // damaged: nobody can be using it as a database
    throw error;
  }
}

/**
 * Proves nobody has the current database open, folds its WAL in and makes it a single file, so it
 * can be kept under another name. `readable: false` when it could not be opened as a database at
 * all (damaged): it is then kept as it is, with its -wal beside it.
 */
function quiesce(file: string): { readable: boolean } {
  try {
    return underExclusiveLock(file, (db) => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
      return { readable: true };
    });
  } catch (error) {
    if (isUnreadable(error)) return { readable: false };
    throw describeFileError(error, '打开当前数据库', file);
  }
}

/** The copy to install as a single file: rollback journal, no -wal needed beside it. */
function asSingleFile(file: string): void {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Checks `from` and copies it next to the database (so the bytes checked are the bytes installed,
 * and an unwritable DATA_DIR shows before anything changes). Nothing else is touched until commit.
 */
export function prepareRestore(dataDir: string, dbFile: string, from: string): RestorePlan {
  checkIsSqlite(from);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFileError(error, '创建数据目录', dataDir);
  }
  const copy = `${dbFile}${RESTORING_SUFFIX}`;
  const abandon = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${copy}${suffix}`, { force: true });
  };
  abandon();
  try {
    copyFileSync(from, copy);
    const summary = checkCopy(copy, from);
    const current = existsSync(dbFile) ? { file: dbFile, ...quietCount(dbFile) } : null;
    return {
      backup: { ...summary, file: from, bytes: statSync(copy).size },
      current,
      abandon,
      commit: (now) => {
        try {
          return install(dbFile, copy, now);
        } catch (error) {
          abandon();
          throw error;
        }
      },
    };
  } catch (error) {
    abandon();
    throw describeFileError(error, '写入数据目录', dataDir);
  }
}

/** The current database's submissions, refusing at once when it is in use. */
function quietCount(dbFile: string): { opinions: number | null } {
  if (databaseInUse(dbFile)) throw inUse(dbFile);
  try {
    return { opinions: inspectDatabaseFile(dbFile).opinions };
  } catch {
    return { opinions: null };
  }
}

function install(dbFile: string, copy: string, now: Date): RestoreResult {
  let kept: string | null = null;
  if (existsSync(dbFile)) {
    const { readable } = quiesce(dbFile);
    kept = `${dbFile}.before-restore-${chinaTimeStamp(now)}`;
    renameSync(dbFile, kept);
    // Kept together with its WAL when it could not be folded in (a damaged file stays as it was).
    if (!readable && existsSync(`${dbFile}-wal`)) renameSync(`${dbFile}-wal`, `${kept}-wal`);
  }
  // A stale -wal would be replayed onto the restored file; -shm is only an index of it.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
  fsyncPath(copy);
  renameSync(copy, dbFile);
  fsyncPath(path.dirname(dbFile));
  return { file: dbFile, kept };
}
