import type { Context } from 'hono';
import { AUDIT_ROUTES } from './audit/routes.ts';
import type { WorkbenchEnv } from './deps.ts';
import { HOME_ROUTES } from './home/routes.ts';
import { KNOWLEDGE_ROUTES } from './knowledge/routes.ts';
import { MEMBER_ROUTES } from './members/routes.ts';
import { NOTICE_ROUTES } from './notices/routes.ts';
import { ASSET_ROUTES } from './layout/assets.ts';
import { OPINION_ROUTES } from './opinions/routes.ts';
import { QUESTION_ROUTES } from './questions/routes.ts';
import { RECORD_ROUTES } from './records/routes.ts';
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
  ...NOTICE_ROUTES,
  ...MEMBER_ROUTES,
  ...KNOWLEDGE_ROUTES,
  ...QUESTION_ROUTES,
  ...RECORD_ROUTES,
  ...AUDIT_ROUTES,
];
