import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, type CommandResult } from './support/cli.ts';
import { SHIPPED_KNOWLEDGE } from './support/test-app.ts';

const isRoot = process.getuid?.() === 0;
const RUNUSER = '/usr/sbin/runuser';

/**
 * `liaison …` on `dataDir`, with one line of stdin; as the unprivileged user `nobody` when the tests
 * run as root, since permissions do not bind root.
 */
function liaison(dataDir: string, args: string[]): Promise<CommandResult> {
  const env = { DATA_DIR: dataDir, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent' };
  const node = [process.execPath, path.resolve('bin/liaison.js'), ...args];
  if (!isRoot) return runCommand(node[0]!, node.slice(1), env, ['你好']);
  return runCommand(RUNUSER, ['-u', 'nobody', '--', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...node], env, ['你好']);
}

/** A folder everyone may enter, so that only the mode set on what is inside decides. */
function openFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liaison-perm-'));
  chmodSync(dir, 0o777);
  return dir;
}

const COMMANDS = [['start'], ['chat'], ['ask', '社情民意信息怎么报送？'], ['ingest'], ['opinions', 'list'], ['notices', 'list'], ['members', 'list'], ['eval']];

async function expectOneSentence(dataDir: string, expected: RegExp): Promise<void> {
  const results = await Promise.all(COMMANDS.map((args) => liaison(dataDir, args)));
  for (const [i, result] of results.entries()) {
    const what = `liaison ${COMMANDS[i]!.join(' ')}`;
    expect({ what, code: result.code }).toEqual({ what, code: 1 });
    expect(result.stderr.trim(), what).toMatch(expected);
    expect(result.stderr.trim().split('\n'), what).toHaveLength(1);
    expect(result.stderr, what).not.toMatch(/\n\s+at |Error|EACCES|SQLITE|unable to open/);
  }
}

describe.skipIf(isRoot && !existsSync(RUNUSER))('a DATA_DIR the bot cannot write to', () => {
  it('read-only: every command stops with one Chinese sentence', async () => {
    const dataDir = path.join(openFolder(), 'data');
    mkdirSync(dataDir, { mode: 0o555 });
    chmodSync(dataDir, 0o555);
    await expectOneSentence(dataDir, new RegExp(`^无法写入数据目录 ${dataDir}：没有写入权限。请检查 DATA_DIR 设置`));
    const doctor = await liaison(dataDir, ['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`✘ 未就绪  数据目录：无法写入数据目录 ${dataDir}：没有写入权限。`);
    expect(doctor.stdout).not.toContain('unable to open');
  }, 60_000);

  it('inside a folder it may not enter: the same, naming the folder it could not create', async () => {
    const locked = path.join(openFolder(), 'private');
    mkdirSync(locked);
    chmodSync(locked, 0o700);
    const dataDir = path.join(locked, 'data');
    await expectOneSentence(dataDir, new RegExp(`^无法创建数据目录 ${dataDir}：没有写入权限。`));
  }, 60_000);

  it('a database file that is read-only in a writable folder', async () => {
    const dataDir = openFolder();
    writeFileSync(path.join(dataDir, 'liaison.db'), '');
    chmodSync(path.join(dataDir, 'liaison.db'), 0o444);
    const result = await liaison(dataDir, ['opinions', 'list']);
    expect([result.code, result.stderr.trim()]).toEqual([1, expect.stringMatching(new RegExp(`^无法写入数据库文件 ${path.join(dataDir, 'liaison.db')}：没有写入权限。`))]);
  }, 60_000);
});
