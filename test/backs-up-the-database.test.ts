import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCommand, restoreCommand, type BackupIo } from '../src/cli/backup-command.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import type { OpinionFields } from '../src/opinions/types.ts';
import { backupDatabase, backupDatabaseFile, inspectDatabaseFile } from '../src/storage/backup.ts';
import { databaseFile, openStorage } from '../src/storage/open-store.ts';
import { prepareRestore } from '../src/storage/restore.ts';

const NOW = new Date('2026-05-01T10:00:00+08:00');
const SUBMIT_AND_DIE = path.resolve('test/support/submit-and-die.ts');

const fields = (i: number): OpinionFields => ({
  title: `第${i}条：学校门口路口缺少红绿灯`,
  situation: `第${i}个情况：上下学高峰人车混行，存在安全隐患，周边居民多次反映。`.repeat(1 + (i % 4)),
  suggestion: '增设信号灯并安排交通协管员。',
  category: '社会治理',
  name: '李明',
  sector: '民盟',
  phone: '13800000000',
  signed: i % 2 === 0,
});

const freshDir = (name: string) => mkdtempSync(path.join(tmpdir(), `liaison-${name}-`));
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const seq = (number: string) => Number(number.split('-')[2]);

/** Restores `backup` into a fresh DATA_DIR and returns what the restored database holds. */
async function restoreFresh(backup: string) {
  const dataDir = freshDir('restored');
  const plan = prepareRestore(dataDir, databaseFile({ dataDir }), backup);
  expect(plan.current).toBeNull();
  expect(plan.commit(NOW).kept).toBeNull();
  const storage = openStorage({ dataDir });
  const numbers = new Set((await storage.opinions.list()).map((o) => o.number));
  const next = await storage.opinions.submit({ memberId: 'after', channel: 'console', messageId: 'after-1', fields: fields(0), now: NOW });
  storage.close();
  return { numbers, next: next.opinion.number, files: readdirSync(dataDir) };
}

function io(cwd: string, confirm?: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const value: BackupIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd, now: () => NOW };
  if (confirm !== undefined) value.confirm = async () => confirm;
  return { io: value, out, err };
}

describe('backing up a database that is being written to', () => {
  it('keeps every receipt issued before the backup started, through 1,000 interleaved submissions, and numbering continues after restore', async () => {
    const dataDir = freshDir('busy');
    const storage = openStorage({ dataDir });
    const issued: string[] = [];
    const writer = (async () => {
      for (let i = 1; i <= 1000; i++) {
        await turn();
        const { opinion } = await storage.opinions.submit({ memberId: `m${i % 37}`, channel: 'wechat', messageId: `wx-${i}`, fields: fields(i), now: NOW });
        issued.push(opinion.number);
      }
    })();
    const backupAfter = async (count: number, run: (out: string) => Promise<unknown>) => {
      while (issued.length < count) await turn();
      const before = [...issued];
      const out = path.join(dataDir, 'backups', `at-${count}.db`);
      await run(out);
      return { out, before, during: issued.length - before.length };
    };
    // The bot's daily backup: its own connection, small steps so submissions land between them.
    const own = backupAfter(300, (out) => backupDatabase(storage.db, out, { pagesPerStep: 4 }));
    // `liaison backup`: a second connection; each write from the first makes SQLite start over.
    const other = backupAfter(600, (out) => backupDatabaseFile(dataDir, databaseFile({ dataDir }), out, { pagesPerStep: 4 }));
    const results = await Promise.all([own, other, writer]);
    storage.close();
    expect(issued).toHaveLength(1000);

    for (const { out, before, during } of results.slice(0, 2) as Awaited<typeof own>[]) {
      expect(during).toBeGreaterThan(0); // the backup really ran while members were submitting
      expect(inspectDatabaseFile(out).integrity).toBe('ok');
      expect(existsSync(`${out}-wal`) || existsSync(`${out}.partial`)).toBe(false);
      const restored = await restoreFresh(out);
      for (const number of before) expect(restored.numbers.has(number)).toBe(true);
      expect(seq(restored.next)).toBe(Math.max(...[...restored.numbers].map(seq)) + 1);
      expect(restored.files.some((f) => f.endsWith('.restoring'))).toBe(false);
    }
  }, 120_000);

  it('copies consistently while another process (as the bot would) keeps submitting', async () => {
    const dataDir = freshDir('child');
    const file = databaseFile({ dataDir });
    openStorage({ dataDir }).close();
    const child = spawn(process.execPath, ['--import', 'tsx', SUBMIT_AND_DIE, JSON.stringify({ file, member: 'bot', count: 400, at: NOW.toISOString() })], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    const reader = openStorage({ dataDir });
    let before: string[] = [];
    while (before.length < 100) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      before = (await reader.opinions.list()).map((o) => o.number);
    }
    reader.close();
    const out = path.join(dataDir, 'backups', 'live.db');
    const result = await backupDatabaseFile(dataDir, file, out, { pagesPerStep: 4 });
    expect(await exited).toBe(0);
    expect(JSON.parse(stdout.trim())).toHaveLength(400);
    expect(result.opinions).toBeGreaterThanOrEqual(before.length);
    expect(inspectDatabaseFile(out)).toMatchObject({ integrity: 'ok', opinions: result.opinions });
    const restored = await restoreFresh(out);
    for (const number of before) expect(restored.numbers.has(number)).toBe(true);
    expect(seq(restored.next)).toBe(result.opinions + 1);
  }, 60_000);

  it('reports in Chinese: the backup file, its size and time; restore keeps the replaced database', async () => {
    const dataDir = freshDir('cli');
    const config = loadConfig({ env: { DATA_DIR: dataDir }, envFile: null });
    const storage = openStorage(config);
    for (let i = 1; i <= 3; i++) await storage.opinions.submit({ memberId: 'u1', channel: 'console', messageId: `m${i}`, fields: fields(i), now: NOW });
    storage.close();
    const ctx = { config, log: silentLogger() };

    const backup = io(dataDir);
    expect(await backupCommand(ctx, [], backup.io)).toBe(0);
    const made = path.join(dataDir, 'backups', 'liaison-20260501-100000.db');
    expect(backup.out.join('\n')).toContain(`备份完成：${made}`);
    expect(backup.out.join('\n')).toMatch(/大小：[\d.]+ MiB　用时：[\d.]+ 秒/);
    expect(backup.out.join('\n')).toContain('完整性检查通过，含社情民意 3 条');

    const more = openStorage(config);
    await more.opinions.submit({ memberId: 'u1', channel: 'console', messageId: 'm4', fields: fields(4), now: NOW });
    more.close();

    const refused = io(dataDir);
    expect(await restoreCommand(ctx, [made], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('未加 --yes');
    const declined = io(dataDir, false);
    expect(await restoreCommand(ctx, [made], declined.io)).toBe(1);
    expect(declined.err.join('\n')).toContain('已取消');
    expect(inspectDatabaseFile(databaseFile(config)).opinions).toBe(4);

    const confirmed = io(dataDir, true);
    expect(await restoreCommand(ctx, [made], confirmed.io)).toBe(0);
    const kept = path.join(dataDir, 'liaison.db.before-restore-20260501-100000');
    expect(confirmed.out.join('\n')).toContain(`原数据库已保留为：${kept}`);
    expect(inspectDatabaseFile(databaseFile(config)).opinions).toBe(3);
    expect(inspectDatabaseFile(kept)).toMatchObject({ integrity: 'ok', opinions: 4 });
    expect(readdirSync(dataDir).filter((f) => /-(wal|shm)$|\.restoring$/.test(f))).toEqual([]);
  });
});
