import type { Hono } from 'hono';
import { createApp, type App, type AppOptions } from '../../src/app.ts';
import type { Logger } from '../../src/log.ts';
import { silentLogger } from '../../src/log.ts';
import { issueBindCode } from '../../src/members/bind-codes.ts';
import { importMembers } from '../../src/members/import/import-members.ts';
import { readTable } from '../../src/members/import/read-table.ts';
import { checkHealth } from '../../src/web/health.ts';
import { createWebApp } from '../../src/web/server.ts';
import { workbenchDepsFrom } from '../../src/workbench/deps.ts';
import { ChatDriver } from './chat-driver.ts';
import { testConfig } from './test-app.ts';

/** A clock that runs with real time and can be moved on (link expiry, session expiry). */
export class TestClock {
  private offset = 0;
  now = (): Date => new Date(Date.now() + this.offset);
  advance(ms: number): void {
    this.offset += ms;
  }
}

/** The real app on a fresh data folder with the test committee registry, its chat core and its web app. */
export interface WorkbenchWorld {
  app: App;
  web: Hono;
  clock: TestClock;
  chat(id: string, name?: string, channel?: string): ChatDriver;
  /** 赵秘书 (staff in the registry) bound by a code in chat on the console account `id`. */
  bindStaff(id?: string): Promise<ChatDriver>;
}

export async function workbenchWorld(env: Record<string, string> = {}, options: { log?: Logger } & AppOptions = {}): Promise<WorkbenchWorld> {
  const clock = new TestClock();
  const log = options.log ?? silentLogger();
  const app = await createApp(testConfig(env), log, { now: clock.now, ...options });
  await importMembers(await readTable('test/fixtures/members/committee.csv'), app.storage.members, clock.now());
  const web = createWebApp({
    health: () => checkHealth({ phase: () => 'running', channels: () => ({}), storage: app.storage.status }),
    metrics: app.metrics,
    log,
    workbench: workbenchDepsFrom({ storage: app.storage, access: app.access, config: app.config, now: app.now, log, knowledge: async () => app.knowledge }),
  });
  const chat = (id: string, name?: string, channel = 'console') => new ChatDriver(() => app, id, name, channel);
  return {
    app,
    web,
    clock,
    chat,
    async bindStaff(id = 'zhao') {
      const zhao = (await app.storage.members.byName('赵秘书'))[0]!;
      const { code } = await issueBindCode(app.storage.members, zhao.id, clock.now());
      const driver = chat(id, '赵秘书');
      const reply = await driver.say(`绑定 ${code}`);
      if (!reply.includes('绑定成功')) throw new Error(`staff binding failed: ${reply}`);
      return driver;
    },
  };
}

/** The sign-in link in the bot's reply, e.g. http://127.0.0.1:8080/login?token=…; throws when there is none. */
export function linkIn(reply: string): URL {
  const match = /(https?:\/\/\S+\/login\?token=[A-Za-z0-9_-]+)/.exec(reply);
  if (!match?.[1]) throw new Error(`no sign-in link in: ${reply}`);
  return new URL(match[1]);
}

export function csrfIn(html: string): string {
  return /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '';
}

/**
 * A browser as far as HTTP goes, on app.request(): keeps the session cookie, sends a same-origin
 * Origin header with form posts (as browsers do) and the form token of the last page it read.
 */
export class WebClient {
  cookie = '';
  csrf = '';
  constructor(
    private readonly web: Hono,
    readonly origin = 'http://localhost',
  ) {}

  async get(path: string): Promise<Response> {
    return this.keep(await this.web.request(path, { headers: this.cookie ? { cookie: this.cookie } : {} }));
  }

  /** GET and read the body; the form token on it becomes the one posted next. */
  async page(path: string): Promise<{ status: number; html: string; response: Response }> {
    const response = await this.get(path);
    const html = await response.text();
    const token = csrfIn(html);
    if (token) this.csrf = token;
    return { status: response.status, html, response };
  }

  async post(path: string, fields: Record<string, string>, options: { origin?: string | null; csrf?: string | null } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null && !body.has('_csrf')) body.set('_csrf', csrf);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const origin = options.origin === undefined ? this.origin : options.origin;
    if (origin !== null) headers.origin = origin;
    if (this.cookie) headers.cookie = this.cookie;
    return this.keep(await this.web.request(path, { method: 'POST', body: body.toString(), headers }));
  }

  /** Asks for a link in chat as `staff`, opens it and presses 登录. */
  async signInThroughChat(staff: ChatDriver): Promise<Response> {
    const link = linkIn(await staff.say('登录工作台'));
    const confirm = await this.page(`${link.pathname}${link.search}`);
    if (confirm.status !== 200) throw new Error(`link page answered ${confirm.status}`);
    return this.post('/login/link', { token: link.searchParams.get('token')! });
  }

  private keep(response: Response): Response {
    const set = response.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      const value = pair!.slice(pair!.indexOf('=') + 1);
      this.cookie = value ? pair! : '';
    }
    return response;
  }
}
