import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { PARTIAL_SUFFIX } from './backup-files.ts';
import { BUSY_TIMEOUT_MS, type Database } from './database.ts';
import { StorageFileError, describeFileError } from './storage-errors.ts';

/**
 * Backups through SQLite's online backup API: a consistent copy while the bot keeps writing.
 * Pages written through the backing-up connection itself are carried into the copy as they happen;
 * a write from another process makes SQLite start the copy over, so after a few restarts the rest
 * is copied in one step (one read transaction, which in WAL mode does not block writers).
 */

/** Pages per step (4 KiB each): the event loop gets a turn between steps. */
const DEFAULT_PAGES_PER_STEP = 1000;
/** Start-overs tolerated before copying everything in one step. */
const MAX_RESTARTS = 3;

export interface DatabaseSummary {
  /** `ok`, or what PRAGMA integrity_check found. */
  integrity: string;
  /** Newest applied migration; null when the file has no schema_migrations table (not ours). */
  version: number | null;
  /** Submissions held; null when there is no opinions table. */
  opinions: number | null;
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  opinions: number;
  version: number | null;
}

export interface BackupOptions {
  pagesPerStep?: number;
}

/** Opens `file` read-only and reports its integrity, schema version and number of submissions. */
export function inspectDatabaseFile(file: string): DatabaseSummary {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    const problems = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    const integrity = problems.length === 1 && problems[0] === 'ok' ? 'ok' : problems.slice(0, 5).join('；');
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck();
    const version = hasTable.get('schema_migrations')
      ? ((db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0)
      : null;
    const opinions = hasTable.get('opinions') ? (db.prepare('SELECT count(*) FROM opinions').pluck().get() as number) : null;
    return { integrity, version, opinions };
  } finally {
    db.close();
  }
}

/** Flushes a file (or, where the platform allows, a folder entry) to disk. */
export function fsyncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, 'r');
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on every platform; the file itself was synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Copies the database open in `source` to `out`: written under a temporary name, made a single
 * self-contained file (rollback journal mode, no -wal beside it), checked (integrity_check read-only)
 * and only then renamed, so a file under the final name is always a complete, verified backup.
 */
export async function backupDatabase(source: Database, out: string, options: BackupOptions = {}): Promise<BackupResult> {
  const started = performance.now();
  const dir = path.dirname(out);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw describeFileError(error, '创建备份文件夹', dir);
  }
  const partial = `${out}${PARTIAL_SUFFIX}`;
  const step = options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
  let remaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  try {
    removeWithCompanions(partial);
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > remaining) restarts += 1;
        remaining = remainingPages;
        return restarts >= MAX_RESTARTS ? totalPages + 1 : step;
      },
    });
    // The copy carries the source's WAL flag; a backup should be one file that can be copied anywhere.
    const copy = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    const summary = inspectDatabaseFile(partial);
    if (summary.integrity !== 'ok') {
      throw new StorageFileError(`备份未通过完整性检查（${summary.integrity}），数据库本身可能已损坏，请尽快处理。`, 'damaged');
    }
    renameSync(partial, out);
    fsyncPath(dir);
    return { file: out, bytes: statSync(out).size, ms: performance.now() - started, opinions: summary.opinions ?? 0, version: summary.version };
  } catch (error) {
    removeWithCompanions(partial);
    throw describeFileError(error, '写入备份文件', out);
  }
}

/**
 * `liaison backup`: a connection of its own to the database under DATA_DIR (the bot may be
 * writing to it at the same time) and a backup to `out`.
 */
export async function backupDatabaseFile(dataDir: string, dbFile: string, out: string, options: BackupOptions = {}): Promise<BackupResult> {
  if (!existsSync(dataDir)) {
    throw new StorageFileError(`数据目录 ${dataDir} 不存在（请检查 DATA_DIR 设置），没有可备份的数据库。`, 'no-data-dir');
  }
  if (!existsSync(dbFile)) {
    throw new StorageFileError(`数据目录 ${dataDir} 中还没有数据库（${path.basename(dbFile)}），没有可备份的内容：机器人首次启动时才创建数据库。`, 'no-database');
  }
  const target = path.resolve(out);
  if (target === path.resolve(dbFile) || target.startsWith(`${path.resolve(dbFile)}-`)) {
    throw new StorageFileError(`不能把备份写到数据库文件本身（${out}），请换一个文件名。`);
  }
  let source: Database;
  try {
    source = new BetterSqlite3(dbFile, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw describeFileError(error, '打开数据库', dbFile);
  }
  try {
    // The first read opens the WAL index (liaison.db-shm), which SQLite must be able to create.
    source.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    source.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      throw new StorageFileError(
        `数据目录 ${dataDir} 不可写：读取数据库时 SQLite 也要在其中建立 ${path.basename(dbFile)}-shm 文件。请用有写入权限的账号（通常就是运行机器人的账号）备份。`,
      );
    }
    throw describeFileError(error, '读取数据库', dbFile);
  }
  try {
    return await backupDatabase(source, target, options);
  } finally {
    source.close();
  }
}
