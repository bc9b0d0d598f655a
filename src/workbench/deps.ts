import type { AuditLog } from '../audit/audit-log.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { MemberStore } from '../members/member-store.ts';
import type { OpinionStore } from '../opinions/opinion-store.ts';
import type { EditionStore } from '../staff/edition-store.ts';
import type { StaffAccess, Viewer } from '../staff/staff-access.ts';
import type { Storage } from '../storage/open-store.ts';

/**
 * What the workbench's pages use: core services and store ports, nothing of SQL. `npm start` builds
 * it from the running app, `liaison web` from the database alone (see workbenchDepsFrom). A new
 * page group adds what it needs here, from a port or a core service, never a database handle.
 */
export interface WorkbenchDeps {
  opinions: OpinionStore;
  editions: EditionStore;
  /** Where a member is reached, for the status-change message. */
  members: MemberStore;
  access: StaffAccess;
  /** Every change made on the workbench is recorded here with who made it. */
  audit: AuditLog;
  /** WORKBENCH_URL: makes cookies Secure when https, and is an allowed form origin behind a proxy. */
  publicUrl: string | null;
  botName: string;
  now: () => Date;
  log: Logger;
}

export function workbenchDepsFrom(parts: { storage: Storage; access: StaffAccess; config: Config; now: () => Date; log: Logger }): WorkbenchDeps {
  const { storage, access, config, now, log } = parts;
  return {
    opinions: storage.opinions,
    editions: storage.editions,
    members: storage.members,
    access,
    audit: storage.audit,
    publicUrl: config.workbench.publicUrl,
    botName: config.botName,
    now,
    log,
  };
}

/** A link in the navigation, taken from the route table (routes.ts). */
export interface NavItem {
  href: string;
  label: string;
}

/** What every workbench request carries through hono's context (set by mount.ts). */
export type WorkbenchEnv = {
  Variables: {
    deps: WorkbenchDeps;
    /** The session cookie's holder; null when not signed in. */
    viewer: Viewer | null;
    /** The session secret from the cookie, for signing out and the CSRF token. */
    session: string | null;
    /** This session's form token ('' without a session). */
    csrf: string;
    nav: readonly NavItem[];
  };
};
