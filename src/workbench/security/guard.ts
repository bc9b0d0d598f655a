import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sameSecret } from '../../staff/tokens.ts';
import type { WebRole } from '../../staff/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage } from '../layout/page.ts';

/** Who may open a route: anyone (sign-in pages, assets), staff, or administrators only. */
export type RouteRole = 'public' | 'staff' | 'admin';

/** Forms are small; a route taking uploads sets its own limit in the route table. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export function allows(role: WebRole | null, needed: RouteRole): boolean {
  if (needed === 'public') return true;
  if (role === null) return false;
  return needed === 'staff' || role === 'admin';
}

/**
 * The role check every route goes through (mount.ts puts it on each from the route table):
 * nobody signed in is sent to sign in (a form post gets 401), someone signed in without the
 * role gets 403. Refusals are logged with the kind of principal and the path, never a name.
 */
export function requireRole(needed: RouteRole): MiddlewareHandler<WorkbenchEnv> {
  return async (c, next) => {
    if (needed === 'public') return next();
    const viewer = c.var.viewer;
    if (!viewer) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/login', 302);
      return c.html(messagePage(c, { title: '请先登录', text: '登录已过期或尚未登录，请重新登录后再操作。', link: { href: '/login', label: '去登录' } }), 401);
    }
    if (!allows(viewer.role, needed)) {
      c.var.deps.log.warn({ principal: viewer.principal.kind, path: c.req.path, needed }, 'workbench route refused');
      return c.html(messagePage(c, { title: '没有权限', text: '您的账号没有使用此页面的权限。如有疑问，请联系市政协办公室。' }), 403);
    }
    await next();
  };
}

export function limitBody(maxBytes = DEFAULT_MAX_BODY_BYTES): MiddlewareHandler<WorkbenchEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.html(messagePage(c, { title: '内容过大', text: `提交的内容超过 ${Math.round(maxBytes / 1024)} KB 的上限，请删减后再试。` }), 413),
  });
}

/**
 * The per-session token every form carries (hidden field `_csrf`), on top of hono/csrf's origin
 * check: a form posted from another site, or from a page of an earlier session, is refused.
 * Posts without a session (the sign-in forms) have only the origin check; there is no session to
 * ride on yet.
 */
export function checkFormToken(): MiddlewareHandler<WorkbenchEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || !c.var.session) return next();
    const body = await c.req.parseBody();
    const token = typeof body._csrf === 'string' ? body._csrf : '';
    if (!sameSecret(token, c.var.csrf)) {
      return c.html(messagePage(c, { title: '页面已过期', text: '表单已过期或来源不明，请刷新页面后重新提交。' }), 403);
    }
    await next();
  };
}
