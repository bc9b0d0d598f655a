import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describeFileError, StorageFileError } from './storage-errors.ts';

/** The database and SQLite's companions next to it (the same name open-store.ts uses). */
const DATABASE_FILES = ['liaison.db', 'liaison.db-wal', 'liaison.db-shm'];

const HINT = '请检查 DATA_DIR 设置，并用对该目录有读写权限的账号运行（机器人和 liaison 命令应使用同一个账号）。';

/**
 * Makes sure DATA_DIR exists (creating it) and that the bot can write there: a file can be created
 * in it and the database files it already holds are writable. Throws a StorageFileError worded for
 * the person at the terminal, so a command stops with one sentence instead of failing half-way.
 */
export function checkDataDir(dir: string): void {
  const where = path.resolve(dir);
  if (existsSync(where) && !statSync(where).isDirectory()) {
    throw new StorageFileError(`数据目录 ${dir} 不是文件夹。${HINT}`, 'not-a-file');
  }
  try {
    mkdirSync(where, { recursive: true });
  } catch (error) {
    throw withHint(describeFileError(error, '创建数据目录', dir));
  }
  const probe = path.join(where, `.write-check-${process.pid}`);
  try {
    closeSync(openSync(probe, 'w'));
    unlinkSync(probe);
  } catch (error) {
    throw withHint(describeFileError(error, '写入数据目录', dir));
  }
  for (const name of DATABASE_FILES) {
    const file = path.join(where, name);
    if (!existsSync(file)) continue;
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw withHint(describeFileError(error, '写入数据库文件', file));
    }
  }
}

function withHint(error: StorageFileError): StorageFileError {
  return new StorageFileError(`${error.message}${HINT}`, error.reason);
}
