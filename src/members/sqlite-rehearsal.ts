import { openDatabase, type Database } from '../storage/database.ts';
import type { RehearseMembers } from './import/plan-import.ts';
import type { MemberStore } from './member-store.ts';
import { SqliteMemberStore } from './sqlite-member-store.ts';

/**
 * Rehearsals on the registry in the SQLite file: a second connection to the same file, a
 * transaction around the work, and a rollback at the end. The second connection keeps the
 * rehearsal apart from the running bot's statements on the first one; the store's own
 * transactions nest in it as savepoints. The write lock is held for the rehearsal only (its
 * statements run without waiting on anything else), so other writers wait a moment at most.
 */
export function sqliteRehearsal(db: Database): RehearseMembers {
  return async <T>(work: (store: MemberStore) => Promise<T>): Promise<T> => {
    if (db.memory) throw new Error('an in-memory database cannot be rehearsed on a second connection');
    const copy = openDatabase(db.name);
    try {
      copy.exec('BEGIN IMMEDIATE');
      try {
        return await work(new SqliteMemberStore(copy));
      } finally {
        copy.exec('ROLLBACK');
      }
    } finally {
      copy.close();
    }
  };
}
