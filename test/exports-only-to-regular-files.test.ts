import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticesCommand } from '../src/cli/notices-command.ts';
import type { OpinionsIo } from '../src/cli/opinions/io.ts';
import { opinionsCommand } from '../src/cli/opinions-command.ts';
import { silentLogger } from '../src/log.ts';
import { OutputFileError, writeFileAtomically } from '../src/shared/output-file.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { SIGNED } from './fixtures/opinions/sample-opinions.ts';
import { testConfig } from './support/test-app.ts';

const NOTICE = path.resolve('test/fixtures/notices/standing-committee.md');
const isRoot = process.getuid?.() === 0;
const config = testConfig();
const ctx = { config, log: silentLogger() };
let dir: string;

function terminal(): OpinionsIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), cwd: dir, now: () => new Date() };
}

/** Targets that are not regular files: a named pipe and, where allowed, a copy of /dev/full. */
function specialFiles(): string[] {
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const files = [fifo];
  if (isRoot) {
    const full = path.join(dir, 'full');
    execFileSync('mknod', [full, 'c', '1', '7']);
    files.push(full);
  }
  return files;
}

const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.partial'));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaison-out-'));
  const storage = openStorage(config);
  await storage.opinions.submit({ memberId: 'console:u1', channel: 'console', messageId: 'm1', fields: SIGNED, now: new Date('2026-05-01T09:30:00+08:00') });
  storage.close();
  const io = terminal();
  expect(await noticesCommand(ctx, ['create', '--file', NOTICE, '--by', '王秘书'], io)).toBe(0);
});
afterAll(() => expect(leftovers()).toEqual([]));

describe('exports replace only a regular file', () => {
  it('opinions export and notices export refuse a device or a pipe and leave it as it was', async () => {
    for (const special of specialFiles()) {
      const kind = lstatSync(special).isFIFO() ? 'fifo' : 'device';
      for (const run of [
        (io: OpinionsIo) => opinionsCommand(ctx, ['export', '--format', 'csv', '--out', special], io),
        (io: OpinionsIo) => noticesCommand(ctx, ['export', '1', '--out', special], io),
      ]) {
        const io = terminal();
        expect(await run(io)).toBe(1);
        expect(io.stderr).toEqual([`${special} 不是普通文件（是设备、管道或套接字），不能覆盖。请换一个文件名。`]);
        const after = lstatSync(special);
        expect(kind === 'fifo' ? after.isFIFO() : after.isCharacterDevice()).toBe(true);
      }
    }
  });

  it('refuses a folder, and a folder that does not exist, in Chinese', async () => {
    const folder = path.join(dir, 'exports');
    mkdirSync(folder);
    let io = terminal();
    expect(await opinionsCommand(ctx, ['export', '--format', 'xlsx', '--out', folder], io)).toBe(1);
    expect(io.stderr[0]).toContain(`${folder} 是文件夹，请写上文件名`);
    expect(statSync(folder).isDirectory()).toBe(true);
    io = terminal();
    expect(await noticesCommand(ctx, ['export', '1', '--out', path.join(dir, 'nowhere', 'roll.xlsx')], io)).toBe(1);
    expect(io.stderr).toEqual([`文件夹 ${path.join(dir, 'nowhere')} 不存在，请先建立或换一个位置。`]);
  });

  it('replaces an earlier export in place, keeping its permissions, and writes through a link to the file it names', async () => {
    const earlier = path.join(dir, '社情民意信息.csv');
    writeFileSync(earlier, 'yesterday');
    chmodSync(earlier, 0o600);
    const io = terminal();
    expect(await opinionsCommand(ctx, ['export', '--format', 'csv', '--out', earlier], io)).toBe(0);
    expect(readFileSync(earlier, 'utf8')).toContain(SIGNED.title);
    expect(statSync(earlier).mode & 0o777).toBe(0o600);

    const link = path.join(dir, 'latest.csv');
    symlinkSync(earlier, link);
    writeFileSync(earlier, 'yesterday');
    expect(await opinionsCommand(ctx, ['export', '--format', 'csv', '--out', link], terminal())).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(earlier, 'utf8')).toContain(SIGNED.title);

    const roll = path.join(dir, 'roll.xlsx');
    expect(await noticesCommand(ctx, ['export', '1', '--out', roll], terminal())).toBe(0);
    expect(readFileSync(roll).subarray(0, 2).toString()).toBe('PK');
  });

  it('a write that fails half-way leaves the earlier file whole and no temporary file behind', async () => {
    const target = path.join(dir, 'keep.csv');
    writeFileSync(target, 'good');
    const failing = writeFileAtomically(target, async (temp) => {
      writeFileSync(temp, 'half');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toThrow(new OutputFileError(`无法写入 ${target}：磁盘空间不足。`));
    expect(readFileSync(target, 'utf8')).toBe('good');
    expect(leftovers()).toEqual([]);
  });
});
