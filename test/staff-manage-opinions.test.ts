import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/context.ts';
import type { OpinionsIo } from '../src/cli/opinions/io.ts';
import { opinionsCommand } from '../src/cli/opinions-command.ts';
import type { Config } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import type { OpinionFields } from '../src/opinions/types.ts';
import { openStorage, type Storage } from '../src/storage/open-store.ts';
import { FORMULA_LIKE, SIGNED, UNSIGNED } from './fixtures/opinions/sample-opinions.ts';
import { testConfig } from './support/test-app.ts';

const run = promisify(execFile);
const NOW = new Date('2026-05-10T09:00:00+08:00');

let config: Config;
let storage: Storage;

interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs `liaison opinions …` in this process, capturing what it prints. */
async function opinions(...args: string[]): Promise<Result> {
  const result = { out: '', err: '' };
  const io: OpinionsIo = {
    out: (text) => void (result.out += `${text}\n`),
    err: (text) => void (result.err += `${text}\n`),
    cwd: config.dataDir,
    now: () => NOW,
  };
  const code = await opinionsCommand({ config, log: silentLogger() }, args, io);
  return { code, ...result };
}

async function submit(memberId: string, fields: OpinionFields, at: string): Promise<string> {
  const { opinion } = await storage.opinions.submit({ memberId, channel: 'console', messageId: `${memberId}-${at}`, fields, now: new Date(at) });
  return opinion.number;
}

beforeEach(async () => {
  config = testConfig();
  storage = openStorage(config);
  // The last minute of 30 April and the first of 1 May, China time.
  await submit('console:u1', SIGNED, '2026-04-30T23:59:00+08:00');
  await submit('console:u2', UNSIGNED, '2026-05-01T00:00:00+08:00');
  await submit('telegram:42', FORMULA_LIKE, '2026-05-02T10:00:00+08:00');
  return () => storage.close();
});

describe('staff list the submissions', () => {
  it('lists every submission as a table', async () => {
    const { code, out } = await opinions('list');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]!.split(/\s+/)).toEqual(['编号', '状态', '类别', '标题', '反映人', '提交时间']);
    expect(lines[1]).toMatch(/^SQMY-2026-0001\s+已提交\s+城乡建设\s+老旧小区电动车充电难\s+李明\s+2026-04-30 23:59$/);
    expect(lines[2]).toContain('王秀英（不署名）');
    expect(lines.at(-1)).toBe('共 3 条。');
  });

  it('lists every field as JSON', async () => {
    const { out } = await opinions('list', '--json');
    const list = JSON.parse(out);
    expect(list).toHaveLength(3);
    expect(list[1]).toEqual({
      number: 'SQMY-2026-0002',
      status: '已提交',
      statusNote: '',
      ...UNSIGNED,
      memberId: 'console:u2',
      channel: 'console',
      messageId: expect.any(String),
      createdAt: '2026-04-30T16:00:00.000Z',
      updatedAt: '2026-04-30T16:00:00.000Z',
      history: [{ from: null, to: '已提交', note: '', actor: 'console:u2', at: '2026-04-30T16:00:00.000Z' }],
    });
  });

  it('filters by status and by a date in China time, inclusive from its midnight', async () => {
    await opinions('status', 'SQMY-2026-0003', '已受理');
    const numbers = async (...args: string[]) => JSON.parse((await opinions('list', '--json', ...args)).out).map((o: { number: string }) => o.number);
    expect(await numbers('--since', '2026-05-01')).toEqual(['SQMY-2026-0002', 'SQMY-2026-0003']);
    expect(await numbers('--status', '已受理')).toEqual(['SQMY-2026-0003']);
    expect(await numbers('--status', '已提交', '--since', '2026-05-01')).toEqual(['SQMY-2026-0002']);
    expect(await numbers('--since', '2026-06-01')).toEqual([]);
    expect((await opinions('list', '--since', '2026-06-01')).out).toContain('没有符合条件的社情民意信息');
  });

  it('is told what a wrong filter should look like', async () => {
    await expect(opinions('list', '--since', '2026-02-30')).rejects.toThrow(/YYYY-MM-DD/);
    await expect(opinions('list', '--status', '已完成')).rejects.toThrow(UsageError);
    await expect(opinions('list', '--status', '已完成')).rejects.toThrow(/可选：已提交、已受理/);
  });
});

describe('staff look at one submission', () => {
  it('shows every field and the history', async () => {
    await opinions('status', 'SQMY-2026-0001', '已受理', '--note', '转研究室', '--by', '张科长');
    const { code, out } = await opinions('show', 'sqmy-2026-0001');
    expect(code).toBe(0);
    for (const value of [SIGNED.title, SIGNED.category, SIGNED.name, SIGNED.sector, SIGNED.phone, SIGNED.situation, SIGNED.suggestion, 'console:u1']) {
      expect(out).toContain(value);
    }
    expect(out).toContain('状态：已受理（转研究室）');
    expect(out).toContain('2026-05-10 09:00  已提交 → 已受理  操作人：张科长  说明：转研究室');
    const json = JSON.parse((await opinions('show', 'SQMY-2026-0001', '--json')).out);
    expect(json.history.map((h: { to: string }) => h.to)).toEqual(['已提交', '已受理']);
  });

  it('is told plainly when the number does not exist', async () => {
    expect(await opinions('show', 'SQMY-2026-0099')).toEqual({ code: 1, out: '', err: '未找到编号为 SQMY-2026-0099 的社情民意信息。\n' });
    expect((await opinions('show', '0099')).err).toContain('编号形如 SQMY-2026-0001');
  });
});

describe('staff change the status and the member is told', () => {
  it('moves a submission along its path, each step queued for the member once', async () => {
    for (const [to, note] of [['已受理', ''], ['已采用', '市政府办公厅采用'], ['已办结', '']] as const) {
      const { code, out } = await opinions('status', 'SQMY-2026-0001', to, '--note', note);
      expect(code).toBe(0);
      expect(out).toContain(`已将 SQMY-2026-0001 的状态改为“${to}”。`);
    }
    const queued = await storage.outbox.pending('console', 10);
    expect(queued.map((m) => m.to)).toEqual(Array(3).fill({ channel: 'console', chatId: 'u1', isGroup: false }));
    expect(queued.map((m) => m.reason)).toEqual(['opinion-status', 'opinion-status', 'opinion-status']);
    expect(queued[1]!.text).toMatch(/^您反映的社情民意信息《老旧小区电动车充电难》（SQMY-2026-0001）有新进展：已采用。.*说明：市政府办公厅采用。/);
    expect((await storage.opinions.get('SQMY-2026-0001'))!.status).toBe('已办结');
  });

  it('tells a Telegram member in their private chat', async () => {
    await opinions('status', 'SQMY-2026-0003', '已受理');
    const [message, ...more] = await storage.outbox.pending('telegram', 10);
    expect(more).toEqual([]);
    expect(message!.to).toEqual({ channel: 'telegram', chatId: '42', isGroup: false });
    expect(message!.text).toContain('（SQMY-2026-0003）有新进展：已受理。');
  });

  it('refuses a step the path does not allow, and tells nobody', async () => {
    const { code, out, err } = await opinions('status', 'SQMY-2026-0001', '已办结');
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe('SQMY-2026-0001 当前为“已提交”，不能改为“已办结”。可改为：已受理、不予采用。\n');
    expect(await storage.outbox.pending('console', 10)).toEqual([]);
  });

  it('refuses 不予采用 without a reason, and gives the reason to the member with one', async () => {
    const refused = await opinions('status', 'SQMY-2026-0002', '不予采用');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('须说明原因');
    expect((await storage.opinions.get('SQMY-2026-0002'))!.status).toBe('已提交');

    expect((await opinions('status', 'SQMY-2026-0002', '不予采用', '--note', '已有部门在办理')).code).toBe(0);
    const [message] = await storage.outbox.pending('console', 10);
    expect(message!.to.chatId).toBe('u2');
    expect(message!.text).toContain('不予采用。经研究，暂不予采用。原因：已有部门在办理。');
  });

  it('refuses an unknown status or number with a Chinese message', async () => {
    expect(await opinions('status', 'SQMY-2026-0001', '已完成')).toMatchObject({ code: 1, err: expect.stringContaining('没有“已完成”这个状态') });
    expect(await opinions('status', 'SQMY-2026-0042', '已受理')).toMatchObject({ code: 1, err: expect.stringContaining('未找到编号为 SQMY-2026-0042') });
  });

  it('says so when the member cannot be reached', async () => {
    await storage.opinions.submit({ memberId: 'legacy', channel: 'console', messageId: 'old', fields: SIGNED, now: NOW });
    const { code, err } = await opinions('status', 'SQMY-2026-0004', '已受理');
    expect(code).toBe(0);
    expect(err).toContain('无法通知反映人');
    expect(await storage.outbox.pending('console', 10)).toEqual([]);
  });
});

describe('staff export from the command line', () => {
  it('writes today’s file in the current folder and reports the count', async () => {
    const { code, out } = await opinions('export', '--format', 'xlsx', '--since', '2026-05-01');
    const file = path.join(config.dataDir, '社情民意信息-20260510.xlsx');
    expect(code).toBe(0);
    expect(out).toBe(`已导出 2 条社情民意信息：${file}\n`);
    expect(existsSync(file)).toBe(true);
  });

  it('writes where --out says and asks for a format', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'liaison-out-')), '五月.docx');
    expect((await opinions('export', '--format', 'docx', '--out', file)).out).toContain(`已导出 3 条社情民意信息：${file}`);
    expect(existsSync(file)).toBe(true);
    await expect(opinions('export', '--format', 'pdf')).rejects.toThrow(/docx、xlsx、csv/);
  });
});

describe('the liaison command', () => {
  const cli = path.resolve('bin/liaison.js');
  const env = () => ({ ...process.env, DATA_DIR: config.dataDir, LOG_LEVEL: 'silent' });

  it('prints the submissions as JSON on stdout', async () => {
    const { stdout, stderr } = await run('node', [cli, 'opinions', 'list', '--json'], { env: env() });
    expect(JSON.parse(stdout).map((o: { number: string; memberId: string }) => [o.number, o.memberId])).toEqual([
      ['SQMY-2026-0001', 'console:u1'],
      ['SQMY-2026-0002', 'console:u2'],
      ['SQMY-2026-0003', 'telegram:42'],
    ]);
    expect(stderr).toBe('');
  });

  it('exits 1 with the refusal and no stack trace', async () => {
    const failure = await run('node', [cli, 'opinions', 'status', 'SQMY-2026-0001', '已办结'], { env: env() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    const { stderr } = failure as { stderr: string };
    expect(stderr.trim()).toBe('SQMY-2026-0001 当前为“已提交”，不能改为“已办结”。可改为：已受理、不予采用。');
  });
});
