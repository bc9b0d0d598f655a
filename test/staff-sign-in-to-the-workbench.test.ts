import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/context.ts';
import { staffCommand, type StaffIo } from '../src/cli/staff-command.ts';
import { webCommand } from '../src/cli/web-command.ts';
import { createLogger } from '../src/log.ts';
import { LINK_TTL_MS, SESSION_TTL_MS } from '../src/staff/staff-access.ts';
import { linkIn, WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let logs = '';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  const sink = new Writable({ write: (chunk, _encoding, done) => ((logs += String(chunk)), done()) });
  world = await workbenchWorld({ STAFF_IDS: 'console:ops' }, { log: createLogger('info', sink) });
});
afterAll(() => world.app.close());

/** `liaison staff …` in this process, the password given as typed at the prompt. */
async function staff(args: string[], password = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: StaffIo = {
    out: (text) => void (out += `${text}\n`),
    err: (text) => void (err += `${text}\n`),
    cwd: world.app.config.dataDir,
    now: world.clock.now,
    readPassword: async () => password,
  };
  const code = await staffCommand({ config: world.app.config, log: createLogger('silent') }, args, io);
  return { code, out, err };
}

describe('a bound staff member signs in with a link asked for in chat', () => {
  it('gets a one-time link in a private chat; opening it asks to confirm, pressing 登录 signs in', async () => {
    const zhao = await world.bindStaff('zhao-1');
    const reply = await zhao.say('登录工作台');
    expect(reply).toContain('10 分钟内有效，只能使用一次');
    const link = linkIn(reply);
    expect(link.origin).toBe('http://127.0.0.1:8080');
    expect(link.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const browser = new WebClient(world.web);
    // Opening the link (as a chat app's link preview also does) spends nothing.
    for (let i = 0; i < 2; i++) {
      const confirm = await browser.page(`/login${link.search}`);
      expect(confirm.status).toBe(200);
      expect(confirm.html).toContain('action="/login/link"');
    }
    const signedIn = await browser.post('/login/link', { token: link.searchParams.get('token')! });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/');
    const cookie = signedIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^liaison_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain(`Max-Age=${SESSION_TTL_MS / 1000};`);
    expect(cookie).not.toContain('Secure');

    const home = await browser.page('/');
    expect(home.status).toBe(200);
    expect(home.html).toContain('您好，赵秘书');
    expect(home.html).toContain('href="/opinions"');
  });

  it('refuses the same link a second time', async () => {
    const zhao = await world.bindStaff('zhao-2');
    const link = linkIn(await zhao.say('登录工作台'));
    expect((await new WebClient(world.web).post('/login/link', { token: link.searchParams.get('token')! })).status).toBe(303);
    const again = await new WebClient(world.web).post('/login/link', { token: link.searchParams.get('token')! });
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('已经用过');
  });

  it('refuses a link after ten minutes, and one nobody issued', async () => {
    const zhao = await world.bindStaff('zhao-3');
    const link = linkIn(await zhao.say('登录工作台'));
    world.clock.advance(LINK_TTL_MS + 1000);
    const late = await new WebClient(world.web).post('/login/link', { token: link.searchParams.get('token')! });
    expect(late.status).toBe(403);
    expect(await late.text()).toContain('已过期');
    const forged = await new WebClient(world.web).post('/login/link', { token: 'A'.repeat(43) });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('登录链接无效');
  });

  it('keeps only hashes of links and sessions in the database', async () => {
    const zhao = await world.bindStaff('zhao-4');
    const token = linkIn(await zhao.say('登录工作台')).searchParams.get('token')!;
    const browser = new WebClient(world.web);
    await browser.post('/login/link', { token });
    const session = browser.cookie.split('=')[1]!;
    const db = world.app.storage.db;
    const links = db.prepare('SELECT token_hash FROM staff_sign_in_links').pluck().all() as string[];
    expect(links).toContain(sha256(token));
    const sessions = db.prepare('SELECT id_hash FROM staff_sessions').pluck().all() as string[];
    expect(sessions).toContain(sha256(session));
    const dump = JSON.stringify(db.prepare('SELECT * FROM staff_sign_in_links').all()) + JSON.stringify(db.prepare('SELECT * FROM staff_sessions').all());
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(session);
  });

  it('works for an account listed in STAFF_IDS too', async () => {
    const ops = world.chat('ops');
    const browser = new WebClient(world.web);
    expect((await browser.signInThroughChat(ops)).status).toBe(303);
    expect((await browser.page('/')).html).toContain('console:ops');
  });

  it('signs out: the cookie goes, and the session cannot be used again', async () => {
    const browser = new WebClient(world.web);
    await browser.signInThroughChat(await world.bindStaff('zhao-5'));
    const kept = browser.cookie;
    await browser.page('/');
    const out = await browser.post('/logout', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login?out=1');
    expect(out.headers.get('set-cookie')).toMatch(/liaison_session=;.*Max-Age=0/);
    const stale = new WebClient(world.web);
    stale.cookie = kept;
    const response = await stale.get('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login');
  });

  it('expires a session after a working day', async () => {
    const browser = new WebClient(world.web);
    await browser.signInThroughChat(await world.bindStaff('zhao-6'));
    expect((await browser.get('/')).status).toBe(200);
    world.clock.advance(SESSION_TTL_MS + 1000);
    expect((await browser.get('/')).status).toBe(302);
  });
});

describe('nobody else gets in', () => {
  it('tells a member politely that the workbench is for staff, with no link', async () => {
    const zhang = world.chat('wx-zhang');
    expect(await zhang.say('绑定 张三 1234')).toContain('绑定成功');
    const reply = await zhang.say('登录工作台');
    expect(reply).toBe('抱歉，工作台仅供市政协工作人员使用。如需帮助，请联系市政协办公室。');
    expect(await world.chat('guest-1').say('登陆工作台')).not.toContain('token=');
  });

  it('sends even staff to the private chat when asked in a group, with no link there', async () => {
    const zhao = await world.bindStaff('zhao-7');
    const replies = await zhao.send('登录工作台', { isGroup: true, chatId: 'room-1', addressed: true });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('请在与我的私聊中发送“登录工作台”');
    expect(replies[0]!.text).not.toContain('token=');
    const member = world.chat('wx-li');
    const toMember = await member.send('登录工作台', { isGroup: true, chatId: 'room-1', addressed: true });
    expect(toMember[0]!.text).toBe(replies[0]!.text);
  });

  it('refuses a link whose holder stopped being staff before opening it, and a session once they stop', async () => {
    const zhao = await world.bindStaff('zhao-8');
    const browser = new WebClient(world.web);
    await browser.signInThroughChat(zhao);
    const link = linkIn(await world.chat('zhao-8').say('登录工作台'));
    const zhaoEntry = (await world.app.storage.members.byName('赵秘书'))[0]!;
    await world.app.storage.members.upsert({ id: zhaoEntry.id, name: '赵秘书', role: 'member' }, world.clock.now());
    try {
      const refused = await new WebClient(world.web).post('/login/link', { token: link.searchParams.get('token')! });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain('没有使用工作台的权限');
      const page = await browser.page('/opinions');
      expect(page.status).toBe(403);
      expect(page.html).toContain('没有权限');
    } finally {
      await world.app.storage.members.upsert({ id: zhaoEntry.id, name: '赵秘书', role: 'staff' }, world.clock.now());
    }
  });

  it('never writes a link, a session or a phone number to the log', async () => {
    const zhao = await world.bindStaff('zhao-9');
    const token = linkIn(await zhao.say('登录工作台')).searchParams.get('token')!;
    const browser = new WebClient(world.web);
    await browser.post('/login/link', { token });
    await browser.page('/');
    expect(logs).toContain('workbench sign-in with a chat link');
    for (const secret of [token, browser.cookie.split('=')[1]!, '13600003456', '13800001234']) expect(logs).not.toContain(secret);
  });
});

describe('an administrator signs in with a password', () => {
  it('is created with `liaison staff add 名称 --password` and signs in on the sign-in page', async () => {
    await expect(staff(['add', '王主任'])).rejects.toThrow(UsageError);
    expect((await staff(['add', '王主任', '--password'], 'short'))).toMatchObject({ code: 1, err: expect.stringContaining('至少 10 个字符') });
    expect(await staff(['add', '王主任', '--password'], 'correct horse 9')).toMatchObject({ code: 0, out: expect.stringContaining('已新增管理员“王主任”') });
    expect((await staff(['list'])).out).toContain('王主任');
    const hash = world.app.storage.db.prepare("SELECT password_hash FROM staff_admins WHERE name = '王主任'").pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct horse');

    const browser = new WebClient(world.web);
    const form = await browser.page('/login');
    expect(form.html).toContain('管理员密码登录');
    const wrong = await browser.post('/login', { name: '王主任', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('名称或密码不正确');
    const right = await browser.post('/login', { name: '王主任', password: 'correct horse 9' });
    expect(right.status).toBe(303);
    expect((await browser.page('/')).html).toContain('您好，王主任');
  });

  it('stops guesses: five wrong passwords for a name lock it for a while, even with the right one', async () => {
    await staff(['add', '李科长', '--password'], 'another secret 7');
    const guesser = new WebClient(world.web);
    for (let i = 0; i < 5; i++) expect((await guesser.post('/login', { name: '李科长', password: `guess ${i} guess` })).status).toBe(401);
    const locked = await new WebClient(world.web).post('/login', { name: '李科长', password: 'another secret 7' });
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('尝试次数过多');
    world.clock.advance(16 * 60_000);
    expect((await new WebClient(world.web).post('/login', { name: '李科长', password: 'another secret 7' })).status).toBe(303);
  });

  it('ends the sessions of an administrator who is removed', async () => {
    await staff(['add', '临时管理员', '--password'], 'temporary pass 1');
    const browser = new WebClient(world.web);
    expect((await browser.post('/login', { name: '临时管理员', password: 'temporary pass 1' })).status).toBe(303);
    expect((await staff(['remove', '临时管理员'])).code).toBe(0);
    expect((await browser.get('/')).status).toBe(302);
  });
});

describe('the workbench defends its forms', () => {
  let browser: WebClient;
  beforeAll(async () => {
    browser = new WebClient(world.web);
    await browser.signInThroughChat(await world.bindStaff('zhao-forms'));
    await browser.page('/opinions');
  });

  it('refuses a form posted from another site or without an origin', async () => {
    expect((await browser.post('/opinions', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await browser.post('/opinions', {}, { origin: null })).status).toBe(403);
    expect((await browser.post('/opinions', {})).status).toBe(200);
  });

  it('refuses a form without this session’s token', async () => {
    const missing = await browser.post('/opinions', {}, { csrf: null });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('页面已过期');
    expect((await browser.post('/opinions', {}, { csrf: 'x'.repeat(43) })).status).toBe(403);
  });

  it('refuses a body over the limit', async () => {
    const response = await browser.post('/opinions', { q: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
  });

  it('sends a content security policy that allows only this server, and serves every asset itself', async () => {
    const response = await browser.get('/');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    const loads = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(loads.filter((url) => /^(?:https?:)?\/\//.test(url))).toEqual([]);
    for (const asset of ['/assets/workbench.css', '/assets/charts.js', '/assets/echarts.min.js']) {
      const served = await new WebClient(world.web).get(asset);
      expect(served.status, asset).toBe(200);
      expect(served.headers.get('cache-control')).toBe('public, max-age=86400');
    }
    expect((await (await new WebClient(world.web).get('/assets/echarts.min.js')).text()).length).toBeGreaterThan(500_000);
  });
});

describe('links and cookies behind an https address (WORKBENCH_URL)', () => {
  it('points the link there and makes the cookie Secure', async () => {
    const https = await workbenchWorld({ WORKBENCH_URL: 'https://zx.example.gov.cn/' });
    try {
      const zhao = await https.bindStaff();
      const link = linkIn(await zhao.say('登录工作台'));
      expect(link.origin).toBe('https://zx.example.gov.cn');
      // Behind the proxy the form's origin is the public one.
      const response = await new WebClient(https.web, 'https://zx.example.gov.cn').post('/login/link', { token: link.searchParams.get('token')! });
      expect(response.status).toBe(303);
      expect(response.headers.get('set-cookie')).toContain('Secure');
    } finally {
      https.app.close();
    }
  });
});

describe('`liaison web` serves the workbench alone on the same database', () => {
  it('prints where it listens and serves sign-in and health until stopped', async () => {
    let out = '';
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = { out: (text: string) => void (out += `${text}\n`), err: (text: string) => void (out += text), cwd: '.', now: () => new Date() };
    const running = webCommand({ config: world.app.config, log: createLogger('silent') }, ['--port', '0'], io, until);
    const deadline = Date.now() + 10_000;
    while (!/工作台已启动：(http:\/\/[^/\s]+)\//.test(out) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const url = /工作台已启动：(http:\/\/[^/\s]+)\//.exec(out)![1]!;
    expect((await fetch(`${url}/login`)).status).toBe(200);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const anonymous = await fetch(`${url}/opinions`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    stop();
    expect(await running).toBe(0);
  });
});
