import path from 'node:path';
import type { BackupConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { backupDatabase, type BackupResult } from './backup.ts';
import { backupDue, backupFileName, listBackups, pruneBackups } from './backup-files.ts';
import type { Database } from './database.ts';

/** How often the running bot looks whether the day's backup is owed; the first look is one period after start. */
const CHECK_EVERY_MS = 60_000;
/** After a failed backup, the next attempt (and the next error in the log) waits this long. */
const RETRY_AFTER_MS = 3600_000;

export interface DailyBackupOptions {
  /** The bot's own connection: its writes during the copy go into the copy, no start-over. */
  db: Database;
  config: BackupConfig;
  log: Logger;
  now: () => Date;
  checkEveryMs?: number;
}

export interface DailyBackups {
  /** Makes the backup if it is owed now (and prunes old ones); never throws. */
  runIfDue(): Promise<BackupResult | null>;
  /** No more checks; waits for a backup in progress, so the database can be closed after. */
  stop(): Promise<void>;
}

/**
 * The daily backup while the bot runs: from BACKUP_HOUR (China time) on, once a day, judged by the
 * newest backup file so restarts neither repeat nor skip it. Failures are logged and retried later;
 * they never reach the bot.
 */
export function startDailyBackups(options: DailyBackupOptions): DailyBackups {
  const { db, config, log, now } = options;
  let running: Promise<BackupResult | null> | null = null;
  let retryAt = 0;
  let stopped = false;

  const attempt = async (): Promise<BackupResult | null> => {
    const at = now();
    if (stopped || at.getTime() < retryAt) return null;
    try {
      if (!backupDue(listBackups(config.dir)[0]?.at ?? null, at, config.hour)) return null;
      const result = await backupDatabase(db, path.join(config.dir, backupFileName(at)));
      const pruned = pruneBackups(config.dir, now(), config.keepDays);
      log.info(
        { file: result.file, bytes: result.bytes, ms: Math.round(result.ms), opinions: result.opinions, pruned: pruned.map((f) => path.basename(f)) },
        '每日备份完成',
      );
      return result;
    } catch (error) {
      retryAt = at.getTime() + RETRY_AFTER_MS;
      log.error({ err: error, dir: config.dir }, '每日备份失败，一小时后重试；机器人照常运行');
      return null;
    }
  };

  const runIfDue = (): Promise<BackupResult | null> => {
    running ??= attempt().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => void runIfDue(), options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();

  return {
    runIfDue,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
