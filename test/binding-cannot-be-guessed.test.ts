import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { membersCommand } from '../src/cli/members-command.ts';
import { createLogger, silentLogger } from '../src/log.ts';
import { issueBindCode } from '../src/members/bind-codes.ts';
import { MAX_FAILURES_PER_NAME, MAX_PHONE_FAILURES_PER_HOUR_OVERALL } from '../src/members/bind-guard.ts';
import { importMembers } from '../src/members/import/import-members.ts';
import { readTable } from '../src/members/import/read-table.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { SqliteMemberStore } from '../src/members/sqlite-member-store.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let now = new Date('2026-11-23T02:00:00Z');
const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));
const logLines: string[] = [];

async function startApp(): Promise<App> {
  const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }));
  const app = await createApp(testConfig(), log, { now: () => now });
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, now);
  return app;
}

/** `liaison members …` run in-process against the app's data folder, at the test's clock. */
async function members(app: App, ...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), cwd: mkdtempSync(path.join(tmpdir(), 'liaison-cwd-')), now: () => now };
  const code = await membersCommand({ config: app.config, log: silentLogger() }, args, io);
  return { code, out: out.join('\n') };
}

const LOCKED = /已锁定.*市政协办公室.*绑定码/;
const pad = (n: number) => String(n).padStart(4, '0');

describe('guessing 姓名 + 手机号后四位 across many accounts', () => {
  let app: App;
  beforeAll(async () => (app = await startApp()));
  afterAll(() => app.close());
  const chat = (id: string) => new ChatDriver(() => app, id, undefined, 'wechat');
  const role = async (id: string) => (await app.directory.identify({ channel: 'wechat', senderId: id })).role;

  /** 30 accounts × 5 guesses at one name, skipping the right digits; the replies, in order. */
  async function guessFromManyAccounts(name: string, right: string, prefix: string): Promise<string[]> {
    const replies: string[] = [];
    let next = 0;
    for (let a = 0; a < 30; a++) {
      for (let g = 0; g < 5; g++) {
        if (pad(next) === right) next++;
        replies.push(await chat(`${prefix}-${a}`).say(`绑定 ${name} ${pad(next++)}`));
      }
    }
    return replies;
  }

  it('a staff entry never binds by phone digits, even the right ones; the failure reads like any other and counts', async () => {
    const right = await chat('wx-knows-zhao').say('绑定 赵秘书 3456');
    expect(right).toBe(await chat('wx-nobody').say('绑定 不存在 3456'));
    expect(right).toContain('没有找到匹配');
    expect(await role('wx-knows-zhao')).toBe('guest');
    expect(await app.storage.members.targetFailuresSince('赵秘书', new Date(0))).toBe(1);
    expect(logLines.join('')).toContain('staff entries bind by code only');
  });

  it("locks a staff member's name after a few wrong guesses, whoever makes them", async () => {
    const replies = await guessFromManyAccounts('赵秘书', '3456', 'wx-z');
    // One guess was made above: the lock comes after MAX_FAILURES_PER_NAME in all.
    const failures = MAX_FAILURES_PER_NAME - 1;
    expect(replies.slice(0, failures).every((r) => r.includes('没有找到匹配'))).toBe(true);
    expect(replies.slice(failures)).toEqual(replies.slice(failures).map(() => expect.stringMatching(LOCKED)));
    expect(replies.some((r) => r.includes('绑定成功'))).toBe(false);
    expect(await chat('wx-late-zhao').say('绑定 赵秘书 3456')).toMatch(LOCKED);
    expect(await role('wx-late-zhao')).toBe('guest');
  });

  it("locks a member's name the same way; after the lock even the right digits are refused", async () => {
    const replies = await guessFromManyAccounts('张三', '1234', 'wx-g');
    expect(replies.slice(0, MAX_FAILURES_PER_NAME).every((r) => r.includes('没有找到匹配'))).toBe(true);
    expect(replies.slice(MAX_FAILURES_PER_NAME).every((r) => LOCKED.test(r))).toBe(true);
    const locked = await chat('wx-real-zhang').say('绑定 张三 1234');
    expect(locked).toMatch(LOCKED);
    expect(locked).toContain('市政协办公室');
    expect(await role('wx-real-zhang')).toBe('guest');
  });

  it('a name not in the registry locks after as many failures and reads exactly the same', async () => {
    const zhang = await chat('wx-compare-1').say('绑定 张三 1234');
    const replies: string[] = [];
    for (let g = 0; g <= MAX_FAILURES_PER_NAME; g++) replies.push(await chat(`wx-nosuch-${g}`).say(`绑定 钱多多 ${pad(g)}`));
    expect(replies.at(-1)).toBe(zhang);
    expect(replies.slice(0, MAX_FAILURES_PER_NAME)).toEqual(replies.slice(0, MAX_FAILURES_PER_NAME).map(() => replies[0]));
  });

  it('the way out is a code from staff, which works while the name is locked; staff bind by code', async () => {
    const zhang = JSON.parse((await members(app, 'code', '张三', '--json')).out) as { code: string };
    expect(await chat('wx-real-zhang').say(`绑定 ${zhang.code}`)).toContain('绑定成功：张三');
    const zhao = JSON.parse((await members(app, 'code', '赵秘书', '--json')).out) as { code: string };
    expect(await chat('wx-real-zhao').say(`绑定 ${zhao.code}`)).toContain('绑定成功：赵秘书');
    expect(await role('wx-real-zhao')).toBe('staff');
  });

  it('codes are kept only as their hash', async () => {
    const { code } = await issueBindCode(app.storage.members, (await app.storage.members.byName('李四'))[0]!.id, now);
    const rows = app.storage.db.prepare('SELECT * FROM member_bind_codes').all() as Record<string, unknown>[];
    expect(rows.flatMap(Object.values)).not.toContain(code);
    expect(rows.map((r) => r.code_hash)).toContain(createHash('sha256').update(code).digest('hex'));
  });

  it('staff see the lock in members show and list, and can lift it', async () => {
    const show = await members(app, 'show', '张三');
    expect(show.out).toContain('绑定已锁定：2026-11-23 10:00 起');
    expect(JSON.parse((await members(app, 'show', 'M0001', '--json')).out)).toMatchObject({ name: '张三', bindLockedSince: '2026-11-23T02:00:00.000Z' });
    expect((await members(app, 'show', '李四')).out).not.toContain('绑定已锁定');
    const list = (await members(app, 'list')).out.split('\n');
    expect(list.find((l) => l.includes('张三'))).toContain('绑定已锁定');
    expect(list.find((l) => l.includes('赵秘书'))).toContain('绑定已锁定');
    expect(list.find((l) => l.includes('李四'))).not.toContain('绑定已锁定');
    const listed = JSON.parse((await members(app, 'list', '--json')).out) as { name: string; bindLockedSince: string | null }[];
    expect(listed.filter((m) => m.bindLockedSince).map((m) => m.name)).toEqual(['张三', '赵秘书']);

    later(10);
    expect(await members(app, 'unlock', '张三')).toEqual({ code: 0, out: expect.stringContaining('已解除“张三”（M0001）的绑定锁定') });
    expect((await members(app, 'show', '张三')).out).not.toContain('绑定已锁定');
    expect((await members(app, 'unlock', 'M0001')).out).toContain('没有被锁定');
    // Unlocked, the earlier failures are forgiven: one more wrong guess does not lock again.
    expect(await chat('wx-typo').say('绑定 张三 4321')).toContain('没有找到匹配');
    expect(await chat('wx-zhang-2').say('绑定 张三 1234')).toContain('绑定成功：张三');
    // A staff entry stays code-only after an unlock.
    await members(app, 'unlock', '赵秘书');
    expect(await chat('wx-zhao-2').say('绑定 赵秘书 3456')).toContain('没有找到匹配');
  });

  it('refusals and locks are logged, never the digits', () => {
    const entries = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'name locked for phone-digit binding', target: '张三' }),
        expect.objectContaining({ msg: 'name locked for phone-digit binding', target: '赵秘书' }),
        expect.objectContaining({ msg: 'binding refused: name locked', account: 'wechat:wx-real-zhang', target: '张三' }),
        expect.objectContaining({ msg: 'binding failed', how: 'by-phone', target: '钱多多' }),
      ]),
    );
    // Everything logged but pino's own clock (epoch milliseconds, any digits at all).
    const all = JSON.stringify(entries.map(({ time: _time, ...rest }) => rest));
    for (const digits of ['1234', '3456', '4321', '0007', '13600003456']) expect(all).not.toContain(digits);
  });
});

describe('an overall limit across all accounts', () => {
  let app: App;
  beforeAll(async () => (app = await startApp()));
  afterAll(() => app.close());
  const chat = (id: string) => new ChatDriver(() => app, id, undefined, 'telegram');
  const HAN = '甲乙丙丁戊己庚辛壬癸';

  it('pauses phone-digit binding for everybody; codes still work; it resumes when the hour has room', async () => {
    // Spread so that no account and no name reaches its own limit.
    for (let i = 0; i < MAX_PHONE_FAILURES_PER_HOUR_OVERALL; i++) {
      const name = `${HAN[i % 10]}${HAN[Math.floor(i / 10)]}某`;
      expect(await chat(`tg-${Math.floor(i / 4)}`).say(`绑定 ${name} ${pad(i)}`)).toContain('没有找到匹配');
    }
    const paused = await chat('tg-li').say('绑定 李四 5678');
    expect(paused).toContain('暂时停用');
    expect(paused).toContain('市政协办公室');
    expect((await app.directory.identify({ channel: 'telegram', senderId: 'tg-li' })).role).toBe('guest');
    expect(logLines.join('')).toContain('phone-digit binding paused for everybody');

    const { code } = await issueBindCode(app.storage.members, (await app.storage.members.byName('李四'))[0]!.id, now);
    expect(await chat('tg-li').say(`绑定 ${code}`)).toContain('绑定成功：李四');

    later(61);
    expect(await chat('tg-wang').say('绑定 王五 9012')).toContain('绑定成功：王五');
  });
});

describe('upgrading a database', () => {
  it('drops codes issued in plain text and keeps the failures that throttle accounts', async () => {
    const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'liaison-upgrade-')), 'liaison.db'));
    // As the previous release left it (every migration but this one, including later-numbered ones).
    migrate(db, MIGRATIONS.filter((m) => m.version !== 5));
    const store = new SqliteMemberStore(db);
    const { member } = await store.upsert({ name: '张三', phone: '13800001234' }, now);
    db.prepare('INSERT INTO member_bind_codes (code, member_id, expires_at) VALUES (?, ?, ?)').run('123456', member.id, '2099-01-01T00:00:00Z');
    db.prepare('INSERT INTO member_bind_failures (account, at) VALUES (?, ?)').run('wechat:x', now.toISOString());
    migrate(db, MIGRATIONS);
    expect(await store.redeemCode(createHash('sha256').update('123456').digest('hex'), now)).toBeNull();
    expect(await store.failuresSince('wechat:x', new Date(now.getTime() - 60_000))).toBe(1);
    expect(await store.phoneFailuresSince(new Date(0))).toBe(0);
    db.close();
  });
});
