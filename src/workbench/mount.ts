import type { Hono, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { NavItem, WorkbenchDeps, WorkbenchEnv } from './deps.ts';
import { messagePage } from './layout/page.ts';
import { WORKBENCH_ROUTES, type WorkbenchRoute } from './routes.ts';
import { checkFormToken, limitBody, requireRole } from './security/guard.ts';
import { attachViewer } from './security/session.ts';

/**
 * hono/csrf's origin check (a form post must come from this server's pages: the same origin, or
 * WORKBENCH_URL's behind a proxy), answering with a page of ours instead of its bare 403.
 */
function sameOrigin(publicOrigin: string | null): MiddlewareHandler<WorkbenchEnv> {
  const check = csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin });
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
      });
    } catch (error) {
      if (!(error instanceof HTTPException)) throw error;
      c.var.deps.log.warn({ path: c.req.path }, 'workbench form from another origin refused');
      return c.html(messagePage(c, { title: '请求被拒绝', text: '这个表单不是从工作台页面提交的，已拒绝。请回到工作台重新操作。' }), 403);
    }
    if (passed) await next();
  };
}

/**
 * Adds the workbench to the web server's app. Every route of the table gets, in this order: who is
 * signed in, for posts the origin check, the role check, for posts the body limit and the session's
 * form token, then the page. Chained per route rather than app-wide, so /healthz and /metrics stay
 * as cheap as before.
 */
export function mountWorkbench(app: Hono, deps: WorkbenchDeps, routes: readonly WorkbenchRoute[] = WORKBENCH_ROUTES): void {
  const nav: NavItem[] = routes.filter((route) => route.nav && route.method === 'GET').map((route) => ({ href: route.path, label: route.nav! }));
  const origin = sameOrigin(deps.publicUrl ? new URL(deps.publicUrl).origin : null);
  const viewer = attachViewer(deps, nav);
  const formToken = checkFormToken();
  for (const route of routes) {
    const checks = route.method === 'POST' ? [viewer, origin, requireRole(route.role), limitBody(route.maxBodyBytes), formToken] : [viewer, requireRole(route.role)];
    // hono's typing of a middleware chain is per arity; the chain is uniform, so widen it once.
    (app.on as (method: string, path: string, ...handlers: unknown[]) => void)(route.method, route.path, ...checks, route.handler);
  }
}
