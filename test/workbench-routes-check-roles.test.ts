import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteRole } from '../src/workbench/security/guard.ts';
import { WORKBENCH_ROUTES } from '../src/workbench/routes.ts';
import { SIGNED } from './fixtures/opinions/sample-opinions.ts';
import { WebClient, workbenchWorld, type WorkbenchWorld } from './support/workbench.ts';

let world: WorkbenchWorld;
let staffMemberId: string;
let accounts = 0;
let submissions = 0;
const ADMIN = { name: '系统管理员', password: 'admin password 1' };

/** Who asks: nobody signed in, someone whose staff rights were withdrawn, staff, an administrator. */
type Asker = 'anonymous' | 'non-staff' | 'staff' | 'admin';
const ASKERS: readonly Asker[] = ['anonymous', 'non-staff', 'staff', 'admin'];

/** A fresh session for each request, so a route that signs in or out cannot disturb the next. */
async function clientFor(asker: Asker): Promise<WebClient> {
  const client = new WebClient(world.web);
  const { access, storage } = world.app;
  const now = world.clock.now();
  let session: string | null = null;
  if (asker === 'admin') {
    const result = await access.signInWithPassword(ADMIN.name, ADMIN.password, 'roles-test', now);
    if (result.ok) session = result.session;
  } else if (asker !== 'anonymous') {
    const account = `console:roles-${++accounts}`;
    await storage.members.bind(account, staffMemberId, now);
    const result = await access.signInWithLink((await access.issueLink(account, now)).token, 'roles-test', now);
    if (result.ok) session = result.session;
    // Unbound after signing in: the session stays, the staff rights are gone.
    if (asker === 'non-staff') await storage.members.unbind(account);
  }
  if (asker !== 'anonymous' && !session) throw new Error(`no session for ${asker}`);
  if (session) {
    client.cookie = `liaison_session=${session}`;
    client.csrf = access.csrfToken(session);
  }
  return client;
}

async function freshSubmission(): Promise<string> {
  const { opinion } = await world.app.storage.opinions.submit({ memberId: 'console:someone', channel: 'console', messageId: `roles-${++submissions}`, fields: { ...SIGNED, title: `第${submissions}条` }, now: world.clock.now() });
  return opinion.number;
}

interface Sample {
  path: string;
  /** Form fields of a POST. */
  fields?: Record<string, string>;
}

/**
 * A request for every route of the table, and the status it answers when allowed. A route added
 * to the table without a sample here fails the first test.
 */
const SAMPLES: Record<string, { request: () => Promise<Sample>; allowed: number | ((asker: Asker) => number) }> = {
  'GET /assets/workbench.css': { request: async () => ({ path: '/assets/workbench.css' }), allowed: 200 },
  'GET /assets/charts.js': { request: async () => ({ path: '/assets/charts.js' }), allowed: 200 },
  'GET /assets/echarts.min.js': { request: async () => ({ path: '/assets/echarts.min.js' }), allowed: 200 },
  // Someone already signed in is taken on to the start page.
  'GET /login': { request: async () => ({ path: '/login' }), allowed: (asker) => (asker === 'staff' || asker === 'admin' ? 302 : 200) },
  'POST /login/link': {
    request: async () => {
      const { token } = await world.app.access.issueLink('console:ops', world.clock.now());
      return { path: '/login/link', fields: { token } };
    },
    allowed: 303,
  },
  'POST /login': { request: async () => ({ path: '/login', fields: ADMIN }), allowed: 303 },
  'POST /logout': { request: async () => ({ path: '/logout', fields: {} }), allowed: 303 },
  'GET /': { request: async () => ({ path: '/' }), allowed: 200 },
  'GET /opinions': { request: async () => ({ path: '/opinions' }), allowed: 200 },
  'POST /opinions': { request: async () => ({ path: '/opinions', fields: { status: '已提交' } }), allowed: 200 },
  'POST /opinions/export': { request: async () => ({ path: '/opinions/export', fields: { format: 'xlsx' } }), allowed: 200 },
  'GET /opinions/:number': { request: async () => ({ path: `/opinions/${await freshSubmission()}` }), allowed: 200 },
  'POST /opinions/:number/status': { request: async () => ({ path: `/opinions/${await freshSubmission()}/status`, fields: { to: '已受理', note: '' } }), allowed: 303 },
  'GET /opinions/:number/edit': { request: async () => ({ path: `/opinions/${await freshSubmission()}/edit` }), allowed: 200 },
  'POST /opinions/:number/edit': {
    request: async () => ({ path: `/opinions/${await freshSubmission()}/edit`, fields: { title: '改过的标题', category: '民生保障', situation: SIGNED.situation, suggestion: SIGNED.suggestion } }),
    allowed: 303,
  },
};

/** What each asker gets from a route needing `role`, when the route itself would answer `allowed`. */
function expected(role: RouteRole, asker: Asker, method: string, allowed: number): number {
  if (role === 'public') return allowed;
  if (asker === 'anonymous') return method === 'GET' ? 302 : 401;
  if (asker === 'non-staff') return 403;
  if (role === 'admin' && asker !== 'admin') return 403;
  return allowed;
}

beforeAll(async () => {
  world = await workbenchWorld({ STAFF_IDS: 'console:ops' });
  const { member } = await world.app.storage.members.upsert({ name: '钱干事', role: 'staff', phone: '13100001111' }, world.clock.now());
  staffMemberId = member.id;
  await world.app.access.setAdminPassword(ADMIN.name, ADMIN.password, world.clock.now());
  await freshSubmission();
});
afterAll(() => world.app.close());

describe('every workbench route checks who is asking (src/workbench/routes.ts)', () => {
  it('has a sample request for every route in the table', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(WORKBENCH_ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  for (const route of WORKBENCH_ROUTES) {
    const key = `${route.method} ${route.path}`;
    it(`${key} (${route.role})`, async () => {
      const sample = SAMPLES[key];
      if (!sample) return; // reported by the first test
      for (const asker of ASKERS) {
        const client = await clientFor(asker);
        const { path, fields } = await sample.request();
        const response = route.method === 'GET' ? await client.get(path) : await client.post(path, fields ?? {});
        const allowed = typeof sample.allowed === 'number' ? sample.allowed : sample.allowed(asker);
        expect(response.status, `${key} as ${asker}`).toBe(expected(route.role, asker, route.method, allowed));
        if (route.role !== 'public' && asker === 'anonymous' && route.method === 'GET') expect(response.headers.get('location')).toBe('/login');
        if (response.status === 403) expect(await response.text()).toContain('没有权限');
      }
    });
  }
});
