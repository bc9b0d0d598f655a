import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { backupDue, backupFileName, backupTime, expiredBackups, latestBackupSlot, listBackups, pruneBackups } from '../src/storage/backup-files.ts';
import { startDailyBackups } from '../src/storage/daily-backup.ts';
import { openStorage } from '../src/storage/open-store.ts';

const china = (text: string) => new Date(`${text}+08:00`);
const names = (dir: string) => readdirSync(dir).sort();

/** Empty files named as daily backups taken at 02:00 China time on each of the given days of May 2026. */
function fakeBackups(days: number[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liaison-backups-'));
  for (const day of days) writeFileSync(path.join(dir, backupFileName(china(`2026-05-${String(day).padStart(2, '0')}T02:00:00`))), '');
  return dir;
}

function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', sink), lines };
}

describe('backup files: names, when the day\'s backup is due, retention', () => {
  it('names backups by China time and reads the time back', () => {
    const at = new Date('2026-04-30T18:00:05Z'); // 02:00:05 on 1 May in China
    expect(backupFileName(at)).toBe('liaison-20260501-020005.db');
    expect(backupTime('liaison-20260501-020005.db')).toEqual(at);
    for (const other of ['liaison-20260230-020000.db', 'liaison-20260501-250000.db', 'liaison.db', 'liaison-20260501-020000.db.partial', 'notes.txt']) {
      expect(backupTime(other)).toBeNull();
    }
  });

  it('is due from BACKUP_HOUR on, once a day, judged by the newest backup', () => {
    expect(latestBackupSlot(china('2026-05-01T01:59:00'), 2)).toEqual(china('2026-04-30T02:00:00'));
    expect(latestBackupSlot(china('2026-05-01T02:00:00'), 2)).toEqual(china('2026-05-01T02:00:00'));
    expect(latestBackupSlot(china('2026-05-01T23:30:00'), 0)).toEqual(china('2026-05-01T00:00:00'));
    // Never backed up: due at once, whatever the hour.
    expect(backupDue(null, china('2026-05-01T01:00:00'), 2)).toBe(true);
    // Yesterday's is there: not before 02:00, then due.
    expect(backupDue(china('2026-04-30T02:00:10'), china('2026-05-01T01:59:00'), 2)).toBe(false);
    expect(backupDue(china('2026-04-30T02:00:10'), china('2026-05-01T02:00:00'), 2)).toBe(true);
    // Restarted later the same day: today's is there, not again.
    expect(backupDue(china('2026-05-01T02:00:10'), china('2026-05-01T15:00:00'), 2)).toBe(false);
    // A manual backup at 01:00 does not stand in for the 02:00 one; one at 10:00 counts for the day.
    expect(backupDue(china('2026-05-01T01:00:00'), china('2026-05-01T02:01:00'), 2)).toBe(true);
    expect(backupDue(china('2026-05-01T10:00:00'), china('2026-05-01T23:00:00'), 2)).toBe(false);
    // Down over 02:00 (last backup two days ago): made as soon as the bot looks, at 09:00.
    expect(backupDue(china('2026-04-29T02:00:00'), china('2026-05-01T09:00:00'), 2)).toBe(true);
  });

  it('deletes backups older than BACKUP_KEEP_DAYS but always keeps the newest three', () => {
    const daily = fakeBackups([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    writeFileSync(path.join(daily, 'liaison.db.before-restore-20260401-090000'), '');
    writeFileSync(path.join(daily, '手工备份.db'), '');
    const now = china('2026-05-20T02:00:00');
    expect(expiredBackups(listBackups(daily), now, 14).map((b) => path.basename(b.file))).toEqual(
      [5, 4, 3, 2, 1].map((d) => `liaison-202605${String(d).padStart(2, '0')}-020000.db`),
    );
    expect(pruneBackups(daily, now, 14)).toHaveLength(5);
    expect(names(daily)).toHaveLength(17); // 15 backups (6–20 May) and the two files not named as backups
    expect(names(daily)).toContain('手工备份.db');
    expect(names(daily)).toContain('liaison.db.before-restore-20260401-090000');

    // The bot was down for a month: everything is old, the newest three stay.
    const stale = fakeBackups([1, 2, 3, 4, 5]);
    expect(pruneBackups(stale, china('2026-06-30T02:00:00'), 14)).toHaveLength(2);
    expect(names(stale)).toEqual(['liaison-20260503-020000.db', 'liaison-20260504-020000.db', 'liaison-20260505-020000.db']);
  });
});

describe('backup settings', () => {
  it('defaults to DATA_DIR/backups, 14 days, 02:00, and rejects an hour outside 0–23', () => {
    expect(loadConfig({ env: { DATA_DIR: '/srv/liaison' }, envFile: null }).backup).toEqual({ dir: '/srv/liaison/backups', keepDays: 14, hour: 2 });
    expect(loadConfig({ env: { BACKUP_DIR: 'nas/backups', BACKUP_HOUR: '0' }, envFile: null, cwd: '/opt/bot' }).backup).toMatchObject({ dir: '/opt/bot/nas/backups', hour: 0 });
    expect(() => loadConfig({ env: { BACKUP_HOUR: '24' }, envFile: null })).toThrow(/BACKUP_HOUR：数值过大/);
    expect(() => loadConfig({ env: { BACKUP_KEEP_DAYS: '0' }, envFile: null })).toThrow(/BACKUP_KEEP_DAYS/);
  });
});

describe('the daily backup while the bot runs', () => {
  it('backs up at BACKUP_HOUR once a day across restarts, prunes, and logs a failure without throwing', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-daily-'));
    const config = loadConfig({ env: { DATA_DIR: dataDir, BACKUP_KEEP_DAYS: '2' }, envFile: null });
    expect(config.backup).toEqual({ dir: path.join(dataDir, 'backups'), keepDays: 2, hour: 2 });
    const storage = openStorage(config);
    let clock = china('2026-05-01T01:00:00');
    const { log, lines } = capturedLog();
    const start = () => startDailyBackups({ db: storage.db, config: config.backup, log, now: () => clock, checkEveryMs: 3600_000 });

    let bot = start();
    expect((await bot.runIfDue())?.file).toBe(path.join(config.backup.dir, 'liaison-20260501-010000.db')); // none yet: at once
    clock = china('2026-05-01T01:30:00');
    expect(await bot.runIfDue()).toBeNull();
    clock = china('2026-05-01T02:00:00');
    expect(await bot.runIfDue()).not.toBeNull();
    await bot.stop();
    clock = china('2026-05-01T08:00:00');
    bot = start(); // restarted the same day: nothing owed
    expect(await bot.runIfDue()).toBeNull();
    for (const day of ['02', '03', '04', '05']) {
      clock = china(`2026-05-${day}T02:00:40`);
      expect(await bot.runIfDue()).not.toBeNull();
    }
    expect(names(config.backup.dir)).toEqual(['liaison-20260503-020040.db', 'liaison-20260504-020040.db', 'liaison-20260505-020040.db']);
    expect(lines.filter((l) => l.msg === '每日备份完成')).toHaveLength(6);
    await bot.stop();

    // The backup folder cannot be created (a file stands in the way): logged, no throw, retried an hour later.
    const blocked = { ...config.backup, dir: path.join(dataDir, 'blocker', 'backups') };
    writeFileSync(path.join(dataDir, 'blocker'), '');
    const failing = startDailyBackups({ db: storage.db, config: blocked, log, now: () => clock, checkEveryMs: 3600_000 });
    expect(await failing.runIfDue()).toBeNull();
    const error = lines.find((l) => l.msg?.toString().startsWith('每日备份失败'));
    expect((error?.err as { message?: string } | undefined)?.message).toMatch(/^无法读取备份文件夹 .*路径中有一项不是文件夹。$/);
    clock = new Date(clock.getTime() + 30 * 60_000);
    expect(await failing.runIfDue()).toBeNull();
    expect(lines.filter((l) => l.msg?.toString().startsWith('每日备份失败'))).toHaveLength(1);
    await failing.stop();
    storage.close();
  });
});
