import type { Context } from 'hono';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { clientAddress, endSession, startSession } from '../security/session.ts';
import type { SignInResult } from '../../staff/staff-access.ts';
import { REFUSALS, confirmLinkPage, signInPage } from './pages.ts';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A new session replaces whatever this browser had: the cookie is set, the old session ended. */
async function signedIn(c: Context<WorkbenchEnv>, result: Extract<SignInResult, { ok: true }>): Promise<Response> {
  const { session, deps } = c.var;
  if (session) await deps.access.signOut(session, deps.now());
  startSession(c, result.session, result.expiresAt);
  return c.redirect('/', 303);
}

export const SIGN_IN_ROUTES: WorkbenchRoute[] = [
  {
    method: 'GET',
    path: '/login',
    role: 'public',
    handler: (c) => {
      const token = c.req.query('token');
      if (token !== undefined) return c.html(confirmLinkPage(c, token.slice(0, 100)));
      if (c.var.viewer?.role) return c.redirect('/', 302);
      return c.html(signInPage(c, { signedOut: c.req.query('out') === '1' }));
    },
  },
  {
    method: 'POST',
    path: '/login/link',
    role: 'public',
    handler: async (c) => {
      const { deps } = c.var;
      const form = await c.req.parseBody();
      const result = await deps.access.signInWithLink(text(form.token), await clientAddress(c), deps.now());
      if (result.ok) return signedIn(c, result);
      const refusal = REFUSALS[result.refused];
      return c.html(messagePage(c, { ...refusal, link: { href: '/login', label: '返回登录页' } }), result.refused === 'throttled' ? 429 : 403);
    },
  },
  {
    method: 'POST',
    path: '/login',
    role: 'public',
    handler: async (c) => {
      const { deps } = c.var;
      const form = await c.req.parseBody();
      const name = text(form.name).trim().slice(0, 20);
      const result = await deps.access.signInWithPassword(name, text(form.password).slice(0, 200), await clientAddress(c), deps.now());
      if (result.ok) return signedIn(c, result);
      return c.html(signInPage(c, { error: REFUSALS[result.refused].text, name }), result.refused === 'throttled' ? 429 : 401);
    },
  },
  {
    // Public so that someone whose rights were withdrawn can still sign out; the form token is checked whenever there is a session.
    method: 'POST',
    path: '/logout',
    role: 'public',
    handler: async (c) => {
      const { session, deps } = c.var;
      if (session) await deps.access.signOut(session, deps.now());
      endSession(c);
      return c.redirect('/login?out=1', 303);
    },
  },
];
