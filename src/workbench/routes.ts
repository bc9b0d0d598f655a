import type { Context } from 'hono';
import type { WorkbenchEnv } from './deps.ts';
import { HOME_ROUTES } from './home/routes.ts';
import { ASSET_ROUTES } from './layout/assets.ts';
import { OPINION_ROUTES } from './opinions/routes.ts';
import type { RouteRole } from './security/guard.ts';
import { SIGN_IN_ROUTES } from './sign-in/routes.ts';

/**
 * One row per route of the workbench: method, path, who may use it, and its handler. mount.ts puts
 * the same checks in front of every row (session, role, body size, form token), and
 * test/workbench-routes-check-roles.test.ts walks this table, so a page cannot be added without
 * its role being enforced and tested.
 *
 * To add a page group: a folder under src/workbench/ with a routes.ts exporting its rows (give the
 * main GET page a `nav` label to list it in the navigation), added to WORKBENCH_ROUTES below; pages
 * render through layout/page.ts; what they need from the core goes into WorkbenchDeps (deps.ts).
 */
export interface WorkbenchRoute {
  method: 'GET' | 'POST';
  /** hono path syntax, e.g. /opinions/:number */
  path: string;
  role: RouteRole;
  /** Listed in the navigation under this label, in table order (GET pages only). */
  nav?: string;
  /** Largest body accepted (POST); DEFAULT_MAX_BODY_BYTES when absent, uploads set more. */
  maxBodyBytes?: number;
  handler: (c: Context<WorkbenchEnv>) => Response | Promise<Response>;
}

export const WORKBENCH_ROUTES: readonly WorkbenchRoute[] = [
  ...ASSET_ROUTES,
  ...SIGN_IN_ROUTES,
  ...HOME_ROUTES,
  ...OPINION_ROUTES,
  // Next page groups, each with its own folder and routes.ts: 会议通知 (notices: compose, the live
  // roll), 委员 (members: registry upload, binding codes), 知识库 (knowledge: upload, hit test),
  // 问答记录 (questions), 履职档案 (records: src/records/), 操作记录 (audit: src/audit/).
];
