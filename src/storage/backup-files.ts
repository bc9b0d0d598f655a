import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chinaWallClock } from '../china-time.ts';
import { describeFileError } from './storage-errors.ts';

/** Backup file names, the daily due time and retention: no SQLite here, only names and dates. */

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** Retention never deletes these many newest backups, however old. */
export const ALWAYS_KEEP = 3;
/** A temporary file left by a backup that died half way is removed after this long. */
const PARTIAL_MAX_AGE_MS = DAY_MS;

const NAME = /^liaison-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/;
export const PARTIAL_SUFFIX = '.partial';

const pad = (value: number) => String(value).padStart(2, '0');

/** 20260501-020000 (China time), for file names. */
export function chinaTimeStamp(at: Date): string {
  const t = chinaWallClock(at);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}-${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

/** liaison-20260501-020000.db */
export function backupFileName(at: Date): string {
  return `liaison-${chinaTimeStamp(at)}.db`;
}

/** The moment a backup's name records, or null for any other file. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(utc - CHINA_OFFSET_MS);
}

export interface BackupFile {
  file: string;
  at: Date;
}

/** The backups in `dir` (by name), newest first; none when the folder does not exist yet. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw describeFileError(error, '读取备份文件夹', dir);
  }
  return names
    .flatMap((name) => {
      const at = backupTime(name);
      return at ? [{ file: path.join(dir, name), at }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The latest `hour`:00 China time at or before `now`: the daily backup is owed from then on. */
export function latestBackupSlot(now: Date, hour: number): Date {
  const wall = chinaWallClock(now);
  const slotWall = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), hour);
  const slot = slotWall - CHINA_OFFSET_MS;
  return new Date(slot <= now.getTime() ? slot : slot - DAY_MS);
}

/**
 * Whether the day's backup is still owed: none taken since the latest `hour`:00. Judged from the
 * newest file's name, so a restart neither repeats the day's backup nor forgets one missed while
 * the bot was down (it is made as soon as the bot is back).
 */
export function backupDue(newest: Date | null, now: Date, hour: number): boolean {
  return newest === null || newest.getTime() < latestBackupSlot(now, hour).getTime();
}

/** Backups to delete: older than `keepDays`, except the newest ALWAYS_KEEP. */
export function expiredBackups(backups: readonly BackupFile[], now: Date, keepDays: number): BackupFile[] {
  const cutoff = now.getTime() - keepDays * DAY_MS;
  return [...backups]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(ALWAYS_KEEP)
    .filter((backup) => backup.at.getTime() < cutoff);
}

/** Deletes expired backups and day-old temporary files; returns the paths deleted. */
export function pruneBackups(dir: string, now: Date, keepDays: number): string[] {
  const doomed = expiredBackups(listBackups(dir), now, keepDays).map((b) => b.file);
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('liaison-') || !name.endsWith(PARTIAL_SUFFIX)) continue;
    const file = path.join(dir, name);
    if (now.getTime() - statSync(file).mtimeMs > PARTIAL_MAX_AGE_MS) doomed.push(file);
  }
  for (const file of doomed) rmSync(file, { force: true });
  return doomed;
}
