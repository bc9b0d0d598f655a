import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabaseFile, inspectDatabaseFile } from '../src/storage/backup.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { databaseFile, openStorage } from '../src/storage/open-store.ts';
import { prepareRestore } from '../src/storage/restore.ts';
import { StorageFileError } from '../src/storage/storage-errors.ts';
import { liaison } from './support/cli.ts';

const HOLD = path.resolve('test/support/hold-database.ts');
const NOW = new Date('2026-05-01T10:00:00+08:00');
const dir = (name: string) => mkdtempSync(path.join(tmpdir(), `liaison-${name}-`));
const isRoot = process.getuid?.() === 0;

/** `liaison …` as the unprivileged user `nobody`, for permission checks when the tests run as root. */
function asNobody(dataDir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const command = ['-u', 'nobody', '--', 'env', `DATA_DIR=${dataDir}`, 'LOG_LEVEL=silent', process.execPath, path.resolve('bin/liaison.js'), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/sbin/runuser', command, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A DATA_DIR holding one submission and a good backup of it. */
async function installation() {
  const dataDir = dir('restore');
  const storage = openStorage({ dataDir });
  await storage.opinions.submit({
    memberId: 'u1',
    channel: 'console',
    messageId: 'm1',
    fields: { title: '小区停车难', situation: '老旧小区车位不足，夜间占道停车严重。', suggestion: '利用周边空地建设停车场。', category: '城乡建设', name: '李明', sector: '民盟', phone: '13800000000', signed: true },
    now: NOW,
  });
  storage.close();
  const good = path.join(dir('backups'), 'good.db');
  await backupDatabaseFile(dataDir, databaseFile({ dataDir }), good);
  return { dataDir, dbFile: databaseFile({ dataDir }), good };
}

function refusal(dataDir: string, from: string): StorageFileError {
  try {
    prepareRestore(dataDir, databaseFile({ dataDir }), from).abandon();
  } catch (error) {
    expect(error).toBeInstanceOf(StorageFileError);
    return error as StorageFileError;
  }
  throw new Error('restore was not refused');
}

/** Nothing but the database (and its WAL companions) in DATA_DIR, still holding its one submission. */
function untouched(dataDir: string, opinions = 1) {
  expect(readdirSync(dataDir).filter((f) => !/^liaison\.db(-wal|-shm)?$/.test(f))).toEqual([]);
  expect(inspectDatabaseFile(databaseFile({ dataDir })).opinions).toBe(opinions);
}

describe('restore refuses what it must not install', () => {
  it('refuses a missing file, a file that is not a database, and a database that is not ours', async () => {
    const { dataDir } = await installation();
    const work = dir('files');
    expect(refusal(dataDir, path.join(work, 'nope.db'))).toMatchObject({ reason: 'no-such-file', message: `找不到文件 ${path.join(work, 'nope.db')}。` });

    const text = path.join(work, '社情民意.txt');
    writeFileSync(text, '这不是数据库');
    expect(refusal(dataDir, text)).toMatchObject({ reason: 'not-a-database', message: expect.stringContaining('不是 SQLite 数据库文件') });
    const empty = path.join(work, 'empty.db');
    writeFileSync(empty, '');
    expect(refusal(dataDir, empty).reason).toBe('not-a-database');
    const truncated = path.join(work, 'truncated.db');
    writeFileSync(truncated, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(200, 7)]));
    expect(refusal(dataDir, truncated).message).toMatch(/已损坏或不是完整的数据库文件|完整性检查/);
    expect(refusal(dataDir, work).reason).toBe('not-a-file');

    const foreign = path.join(work, 'other.db');
    const db = new BetterSqlite3(foreign);
    db.exec('CREATE TABLE notes (text TEXT)');
    db.close();
    expect(refusal(dataDir, foreign)).toMatchObject({ reason: 'not-ours', message: expect.stringContaining('不是本程序的数据库') });
    untouched(dataDir);
  });

  it('refuses a backup made by a newer program (a schema version this one does not know)', async () => {
    const { dataDir } = await installation();
    const newer = path.join(dir('newer'), 'liaison.db');
    const db = openDatabase(newer);
    const next = Math.max(...MIGRATIONS.map((m) => m.version)) + 1;
    migrate(db, [...MIGRATIONS, { version: next, name: 'from-the-future', up: 'CREATE TABLE future (id INTEGER)' }]);
    db.close();
    const error = refusal(dataDir, newer);
    expect(error.reason).toBe('newer-schema');
    expect(error.message).toContain(`数据库结构版本（${next}）比当前程序（${next - 1}）新`);
    expect(error.message).toContain('请先升级程序');
    untouched(dataDir);
  });

  it('refuses while another process (the bot) has the database open, and restores once it has stopped', async () => {
    const { dataDir, dbFile, good } = await installation();
    const holder = spawn(process.execPath, ['--import', 'tsx', HOLD, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => holder.on('close', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        holder.on('close', () => reject(new Error('holder exited early')));
      });
      const error = refusal(dataDir, good);
      expect(error.reason).toBe('in-use');
      expect(error.message).toContain('机器人正在运行');
      untouched(dataDir, 2);
      // The whole command says the same, in Chinese, without a stack trace.
      const cli = await liaison(dataDir, ['restore', good, '--yes']);
      expect([cli.code, cli.stderr.trim()]).toEqual([1, error.message]);
    } finally {
      holder.stdin.end();
    }
    expect(await exited).toBe(0);

    const result = prepareRestore(dataDir, dbFile, good).commit(NOW);
    expect(result.kept).toBe(`${dbFile}.before-restore-20260501-100000`);
    expect(inspectDatabaseFile(result.kept!).opinions).toBe(2); // the holder's submission is kept
    expect(inspectDatabaseFile(dbFile).opinions).toBe(1);
  }, 60_000);
});

describe('DATA_DIR that is missing or cannot be written', () => {
  it('says so in Chinese, without a stack trace', async () => {
    const missing = path.join(dir('gone'), 'data');
    const backup = await liaison(missing, ['backup']);
    expect([backup.code, backup.stderr.trim()]).toEqual([1, `数据目录 ${missing} 不存在（请检查 DATA_DIR 设置），没有可备份的数据库。`]);

    const { good } = await installation();
    const blocker = path.join(dir('blocked'), 'file');
    writeFileSync(blocker, '');
    const restore = await liaison(path.join(blocker, 'data'), ['restore', good, '--yes']);
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim()).toBe(`无法创建数据目录 ${path.join(blocker, 'data')}：路径中有一项不是文件夹。`);
    for (const out of [backup, restore]) expect(out.stderr).not.toMatch(/\n\s+at |Error:/);
  }, 30_000);

  // Permissions do not bind root: as root the commands run as `nobody` (skipped where runuser is missing).
  it.skipIf(isRoot && !existsSync('/usr/sbin/runuser'))('reports a read-only DATA_DIR', async () => {
    const { dataDir, good } = await installation();
    const out = path.join(dir('out'), 'copy.db');
    for (const open of [path.dirname(dataDir), dataDir, path.dirname(out), path.dirname(good)]) chmodSync(open, 0o777);
    chmodSync(good, 0o644);
    chmodSync(dataDir, 0o555);
    const run = (args: string[]) => (isRoot ? asNobody(dataDir, args) : liaison(dataDir, args));
    try {
      // Even a backup written elsewhere: reading a WAL database needs liaison.db-shm in DATA_DIR.
      for (const args of [['backup'], ['backup', '--out', out]]) {
        const backup = await run(args);
        expect([backup.code, backup.stderr.trim()]).toEqual([1, expect.stringMatching(new RegExp(`^数据目录 ${dataDir} 不可写：.*请用有写入权限的账号`))]);
      }
      const restore = await run(['restore', good, '--yes']);
      expect([restore.code, restore.stderr.trim()]).toEqual([1, `无法写入数据目录 ${dataDir}：没有写入权限。`]);
    } finally {
      chmodSync(dataDir, 0o755);
    }
    untouched(dataDir);
  }, 30_000);
});
