import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionLabel, type AuditEntry } from '../src/audit/audit-log.ts';
import type { Config } from '../src/config.ts';
import { openStorage } from '../src/storage/open-store.ts';
import { liaison } from './support/cli.ts';
import { liaisonInProcess } from './support/in-process-cli.ts';
import { testConfig } from './support/test-app.ts';

const NOTICE = path.resolve('test/fixtures/notices/standing-committee.md');
const ME = `命令行（${userInfo().username}）`;

let config: Config;
let number: string;
const run = async (...args: string[]) => {
  const result = await liaisonInProcess(config.dataDir, args);
  expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result;
};

async function entries(): Promise<AuditEntry[]> {
  const storage = openStorage(config);
  try {
    return (await storage.audit.list({ limit: 100 })).reverse();
  } finally {
    storage.close();
  }
}

beforeAll(async () => {
  config = testConfig();
  const storage = openStorage(config);
  ({
    opinion: { number },
  } = await storage.opinions.submit({
    memberId: 'wechat:wx-li',
    channel: 'wechat',
    messageId: 'm1',
    fields: { title: '关于增设红绿灯的建议', situation: '路口没有信号灯。', suggestion: '增设信号灯。', category: '城乡建设', name: '李明', sector: '民盟', phone: '13812345678', signed: true },
    now: new Date(),
  }));
  storage.close();
});

describe('every change made from the command line is recorded with who made it and when', () => {
  it('records the registry, the notices and the status changes, in order, as the login user', async () => {
    const started = new Date();
    await run('members', 'import', 'test/fixtures/members/committee.csv');
    const code = /绑定码：(\d{6})/.exec((await run('members', 'code', '张三')).stdout)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const storage = openStorage(config);
    await storage.members.lockTarget('李四', new Date());
    storage.close();
    await run('members', 'unlock', '李四');
    // Nothing to unlock, nothing changed: not recorded.
    await run('members', 'unlock', '王五');

    await run('opinions', 'status', number, '已受理', '--note', '材料齐全', '--by', '王秘书');
    // A refused change changed nothing.
    expect((await liaisonInProcess(config.dataDir, ['opinions', 'status', number, '已办结'])).code).toBe(1);

    await run('notices', 'create', '--file', NOTICE, '--by', '王秘书');
    await run('notices', 'send', '1');
    const moved = path.join(mkdtempSync(path.join(tmpdir(), 'liaison-notice-')), '通知.md');
    writeFileSync(moved, readFileSync(NOTICE, 'utf8').replace('市民之家三楼会议室', '市政协二楼会议室'));
    await run('notices', 'change', '1', '--file', moved);
    await run('notices', 'cancel', '1');

    const log = await entries();
    expect(log.map((e) => [e.action, e.target])).toEqual([
      ['members.import', 'committee.csv'],
      ['members.code', 'M0001'],
      ['members.unlock', 'M0002'],
      ['opinion.status', number],
      ['notice.create', '通知 1'],
      ['notice.send', '通知 1'],
      ['notice.change', '通知 1'],
      ['notice.cancel', '通知 1'],
    ]);
    expect(new Set(log.map((e) => e.actor))).toEqual(new Set([ME]));
    for (const e of log) expect(e.at.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);

    const detail = (action: string) => log.find((e) => e.action === action)?.detail;
    expect(detail('members.import')).toMatch(/^新增 \d+ 人，更新 0 人/);
    expect(detail('members.code')).toContain('为 张三 生成绑定码');
    expect(detail('opinion.status')).toBe('已提交 → 已受理；说明：材料齐全；署名：王秘书');
    expect(detail('notice.create')).toContain('关于召开市政协十四届常委会第十次会议的通知');
    expect(detail('notice.create')).toContain('署名：王秘书');
    expect(detail('notice.send')).toMatch(/\d+ 位委员/);
    expect(detail('notice.change')).toContain('修改了 地点');
    // Nothing secret in the log: not the binding code, not a phone number.
    const everything = JSON.stringify(log);
    expect(everything).not.toContain(code);
    expect(everything).not.toMatch(/1[3-9]\d{9}/);
    expect(log.map((e) => actionLabel(e.action))).toContain('社情民意改状态');
  });

  it('records staff answers and a knowledge update run as separate commands', async () => {
    const before = (await entries()).length;
    const add = await liaison(config.dataDir, ['answers', 'add', '政协委员有哪些权利？', '政协委员享有参加会议、提出提案、反映社情民意等权利。', '--by', '王秘书']);
    expect(add.code, add.stderr).toBe(0);
    const remove = await liaison(config.dataDir, ['answers', 'remove', '1']);
    expect(remove.code, remove.stderr).toBe(0);
    const ingest = await liaison(config.dataDir, ['ingest']);
    expect(ingest.code, ingest.stderr).toBe(0);
    // Nothing new in the documents the second time: nothing changed, nothing recorded.
    expect((await liaison(config.dataDir, ['ingest'])).code).toBe(0);

    const added = (await entries()).slice(before);
    expect(added.map((e) => [e.action, e.target, e.actor])).toEqual([
      ['answers.add', '第 1 条', ME],
      ['answers.remove', '第 1 条', ME],
      ['knowledge.ingest', config.knowledgeDir, ME],
    ]);
    expect(added[0]?.detail).toBe('问：政协委员有哪些权利？；署名：王秘书');
    expect(added[1]?.detail).toBe('问：政协委员有哪些权利？');
    expect(added[2]?.detail).toMatch(/^新增 \d+ 个、更新 0 个、移除 0 个文档，索引共 \d+ 个分块/);
  }, 120_000);
});
