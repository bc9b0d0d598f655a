import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { NavItem, WorkbenchDeps, WorkbenchEnv } from '../deps.ts';

export const SESSION_COOKIE = 'liaison_session';

/** https as staff open it (WORKBENCH_URL) or as it reached us: then the cookie travels only over TLS. */
function secure(c: Context, deps: WorkbenchDeps): boolean {
  return deps.publicUrl?.startsWith('https:') === true || new URL(c.req.url).protocol === 'https:';
}

/**
 * First on every workbench route: who is asking (the session cookie's holder and their rights
 * now), the form token, and the navigation. A cookie that names no live session is removed.
 */
export function attachViewer(deps: WorkbenchDeps, nav: readonly NavItem[]): MiddlewareHandler<WorkbenchEnv> {
  return async (c, next) => {
    c.set('deps', deps);
    c.set('nav', nav);
    const secret = getCookie(c, SESSION_COOKIE) ?? null;
    const viewer = secret ? await deps.access.viewer(secret, deps.now()) : null;
    if (secret && !viewer) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    c.set('viewer', viewer);
    c.set('session', viewer ? secret : null);
    c.set('csrf', viewer && secret ? deps.access.csrfToken(secret) : '');
    await next();
  };
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), expiring with the session. */
export function startSession(c: Context<WorkbenchEnv>, secret: string, expiresAt: Date): void {
  const deps = c.var.deps;
  setCookie(c, SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c, deps),
    expires: expiresAt,
    maxAge: Math.max(0, Math.round((expiresAt.getTime() - deps.now().getTime()) / 1000)),
  });
}

export function endSession(c: Context<WorkbenchEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c, c.var.deps) });
}

/**
 * The client's address, for the sign-in attempt limits. Behind a reverse proxy every request comes
 * from the proxy; X-Forwarded-For is not trusted, as anyone can write it.
 */
export async function clientAddress(c: Context): Promise<string> {
  try {
    const { getConnInfo } = await import('@hono/node-server/conninfo');
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
