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

/** A compose form as the notices pages post it: to 张三 by name, no reply asked. */
const NOTICE_FORM = { title: '角色测试通知', time: '12月5日上午9:00', place: '市民之家三楼会议室', scope: '全体委员', body: '正文。', needsReply: '否', members: '张三' };
let notices = 0;

/** A notice (sent, or a draft) asking for replies within two days, to 张三. */
async function freshNotice(sent: boolean): Promise<number> {
  const now = world.clock.now();
  const fields = { title: `角色测试通知${++notices}`, time: '12月5日上午9:00', place: '市民之家三楼会议室', scope: '', body: '正文。', needsReply: true, replyBy: new Date(now.getTime() + 48 * 3600_000) };
  const notice = await world.app.notices.create(fields, { allMembers: false, sectors: [], committees: [], members: ['张三'], groups: [] }, 'roles-test', now);
  if (sent) await world.app.notices.send(notice.id, 'roles-test', now);
  return notice.id;
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
  'GET /assets/notice-roll.js': { request: async () => ({ path: '/assets/notice-roll.js' }), allowed: 200 },
  'GET /notices': { request: async () => ({ path: '/notices' }), allowed: 200 },
  'GET /notices/new': { request: async () => ({ path: '/notices/new' }), allowed: 200 },
  'POST /notices/new': { request: async () => ({ path: '/notices/new', fields: NOTICE_FORM }), allowed: 200 },
  'POST /notices/preview': { request: async () => ({ path: '/notices/preview', fields: NOTICE_FORM }), allowed: 200 },
  'POST /notices/send': { request: async () => ({ path: '/notices/send', fields: { ...NOTICE_FORM, title: `角色测试通知${++notices}` } }), allowed: 303 },
  'POST /notices/draft': { request: async () => ({ path: '/notices/draft', fields: NOTICE_FORM }), allowed: 303 },
  'GET /notices/:id': { request: async () => ({ path: `/notices/${await freshNotice(true)}` }), allowed: 200 },
  'GET /notices/:id/roll': { request: async () => ({ path: `/notices/${await freshNotice(true)}/roll` }), allowed: 200 },
  'GET /notices/:id/export': { request: async () => ({ path: `/notices/${await freshNotice(true)}/export` }), allowed: 200 },
  'POST /notices/:id/send': { request: async () => ({ path: `/notices/${await freshNotice(false)}/send`, fields: {} }), allowed: 303 },
  'POST /notices/:id/remind': { request: async () => ({ path: `/notices/${await freshNotice(true)}/remind`, fields: {} }), allowed: 303 },
  'GET /notices/:id/edit': { request: async () => ({ path: `/notices/${await freshNotice(true)}/edit` }), allowed: 200 },
  'POST /notices/:id/edit': { request: async () => ({ path: `/notices/${await freshNotice(true)}/edit`, fields: { ...NOTICE_FORM, place: '市政协二楼报告厅' } }), allowed: 303 },
  'POST /notices/:id/cancel': { request: async () => ({ path: `/notices/${await freshNotice(true)}/cancel`, fields: { confirm: 'yes' } }), allowed: 303 },
  'GET /questions': { request: async () => ({ path: '/questions?outcome=declined' }), allowed: 200 },
  'GET /questions/declined': { request: async () => ({ path: '/questions/declined' }), allowed: 200 },
  'GET /questions/answers': { request: async () => ({ path: '/questions/answers' }), allowed: 200 },
  'POST /questions/answers': { request: async () => ({ path: '/questions/answers', fields: { question: '提案怎么写', answer: '提案应当一事一案。' } }), allowed: 303 },
  'POST /questions/answers/:id/remove': {
    request: async () => {
      const added = await world.app.storage.curatedAnswers.add({ question: '提案怎么写', answer: '提案应当一事一案。', createdAt: world.clock.now() });
      return { path: `/questions/answers/${added.id}/remove`, fields: {} };
    },
    allowed: 303,
  },
  'GET /records': { request: async () => ({ path: '/records' }), allowed: 200 },
  'POST /records': { request: async () => ({ path: '/records', fields: { q: '张' } }), allowed: 200 },
  'GET /records/export': { request: async () => ({ path: '/records/export' }), allowed: 200 },
  'GET /records/:memberId': { request: async () => ({ path: '/records/M0001' }), allowed: 200 },
  'GET /audit': { request: async () => ({ path: '/audit' }), allowed: 200 },
  'POST /audit': { request: async () => ({ path: '/audit', fields: { actor: '赵秘书' } }), allowed: 200 },
  'GET /members': { request: async () => ({ path: '/members' }), allowed: 200 },
  'POST /members': { request: async () => ({ path: '/members', fields: { q: '张' } }), allowed: 200 },
  'GET /members/import': { request: async () => ({ path: '/members/import' }), allowed: 200 },
  // A form without the file (this client posts no multipart): the page asks for one.
  'POST /members/import': { request: async () => ({ path: '/members/import', fields: {} }), allowed: 400 },
  'POST /members/import/confirm': { request: async () => ({ path: '/members/import/confirm', fields: { upload: 'no-such-upload' } }), allowed: 410 },
  'GET /members/:id': { request: async () => ({ path: '/members/M0001' }), allowed: 200 },
  'POST /members/:id/code': { request: async () => ({ path: '/members/M0001/code', fields: {} }), allowed: 200 },
  'POST /members/:id/unlock': { request: async () => ({ path: '/members/M0001/unlock', fields: {} }), allowed: 303 },
  // 张三 stays a member: the role posted is the one held.
  'POST /members/:id/role': { request: async () => ({ path: '/members/M0001/role', fields: { role: 'member' } }), allowed: 303 },
  'GET /knowledge': { request: async () => ({ path: '/knowledge' }), allowed: 200 },
  'POST /knowledge/upload': { request: async () => ({ path: '/knowledge/upload', fields: { kind: 'report' } }), allowed: 400 },
  // Without confirm=yes: the confirmation page, nothing removed from the shipped folder.
  'POST /knowledge/remove': { request: async () => ({ path: '/knowledge/remove', fields: { doc: 'rules/履职助手使用说明.md' } }), allowed: 200 },
  'POST /knowledge/reindex': { request: async () => ({ path: '/knowledge/reindex', fields: { mode: 'changed' } }), allowed: 303 },
  'GET /knowledge/progress': { request: async () => ({ path: '/knowledge/progress' }), allowed: 200 },
  'GET /knowledge/test': { request: async () => ({ path: '/knowledge/test' }), allowed: 200 },
  'POST /knowledge/test': { request: async () => ({ path: '/knowledge/test', fields: { question: '社情民意信息怎么报送？' } }), allowed: 200 },
  'GET /assets/knowledge-progress.js': { request: async () => ({ path: '/assets/knowledge-progress.js' }), allowed: 200 },
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
afterAll(async () => {
  // The re-index sample's update runs on after its redirect.
  await world.app.knowledge.settled();
  world.app.close();
});

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
