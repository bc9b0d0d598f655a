import type { MemberStore } from '../member-store.ts';
import type { MemberRole } from '../types.ts';
import { importMembers, type ImportReport } from './import-members.ts';
import type { TableRow } from './table.ts';

/** A member whose role an import sets anew: `from` null for someone added with the role. */
export interface RoleChange {
  id: string;
  name: string;
  from: MemberRole | null;
  to: MemberRole;
}

export interface ImportPlan {
  report: ImportReport;
  /** Who becomes staff or stops being staff (a new plain member is no change of role). */
  roleChanges: RoleChange[];
}

/**
 * Imports the rows into `store` and says whose role changed on the way. Run on a rehearsal store
 * (see RegistryImports) it is the preview; run on the registry it is the import itself.
 */
export async function planImport(rows: readonly TableRow[], store: MemberStore, now: Date): Promise<ImportPlan> {
  const before = new Map((await store.list()).map((m) => [m.id, m.role]));
  const report = await importMembers(rows, store, now);
  const roleChanges: RoleChange[] = [];
  for (const member of await store.list()) {
    const from = before.get(member.id) ?? null;
    if (from === member.role || (from === null && member.role === 'member')) continue;
    roleChanges.push({ id: member.id, name: member.name, from, to: member.role });
  }
  return { report, roleChanges };
}

/**
 * Runs registry changes on a copy of the registry that is thrown away afterwards, so a preview
 * sees exactly what the store would do (a phone already registered to someone else, two members
 * of one name) without saving anything. The SQLite implementation: sqlite-rehearsal.ts.
 */
export type RehearseMembers = <T>(work: (store: MemberStore) => Promise<T>) => Promise<T>;

/** The registry upload of the workbench: a preview first, then the import. */
export class RegistryImports {
  constructor(
    private readonly store: MemberStore,
    private readonly rehearse: RehearseMembers,
  ) {}

  /** What importing the rows would do; nothing is saved. */
  preview(rows: readonly TableRow[], now: Date): Promise<ImportPlan> {
    return this.rehearse((store) => planImport(rows, store, now));
  }

  /** Imports the rows into the registry. */
  apply(rows: readonly TableRow[], now: Date): Promise<ImportPlan> {
    return planImport(rows, this.store, now);
  }
}
