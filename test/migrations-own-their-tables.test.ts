import { describe, expect, it } from 'vitest';
import type { Migration } from '../src/storage/database.ts';
import { APPLIED_CROSSINGS, MIGRATION_OWNERS, MIGRATIONS, TABLE_OWNERS } from '../src/storage/migrations.ts';

/** Every table a migration's SQL names: created, altered, dropped, indexed, filled, read or referenced. */
function tablesOf(migration: Migration): string[] {
  const sql = migration.up.replace(/--[^\n]*/g, '');
  const named =
    /\b(?:CREATE TABLE|ALTER TABLE|DROP TABLE|INSERT(?:\s+OR\s+\w+)?\s+INTO|DELETE\s+FROM|UPDATE(?:\s+OR\s+\w+)?|FROM|JOIN|REFERENCES|CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?\w+\s+ON)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(\w+)/gi;
  return [...new Set([...sql.matchAll(named)].map((match) => match[1]!.toLowerCase()))];
}

describe('each migration owns only its own tables (src/storage/migrations.ts)', () => {
  it('names the capability of every migration', () => {
    for (const migration of MIGRATIONS) {
      expect(MIGRATION_OWNERS[migration.version], `migration ${migration.version} (${migration.name}): add it to MIGRATION_OWNERS`).toBeDefined();
    }
  });

  it('touches only tables of its own capability, apart from the two applied crossings', () => {
    const owned = new Map<string, string>(Object.entries(TABLE_OWNERS).flatMap(([capability, tables]) => tables.map((t) => [t, capability] as const)));
    for (const migration of MIGRATIONS) {
      const capability = MIGRATION_OWNERS[migration.version];
      const foreign = tablesOf(migration).filter((table) => owned.get(table) !== capability && !APPLIED_CROSSINGS[migration.version]?.includes(table));
      expect(foreign, `migration ${migration.version} (${migration.name}) of ${capability} touches tables it does not own`).toEqual([]);
    }
  });

  it('lists every table with exactly one owner', () => {
    const all = Object.values(TABLE_OWNERS).flat();
    expect(new Set(all).size).toBe(all.length);
    const created = MIGRATIONS.flatMap((m) => [...m.up.matchAll(/CREATE TABLE\s+(\w+)/gi)].map((match) => match[1]!.toLowerCase()));
    expect([...new Set(created)].sort()).toEqual([...all].sort());
  });

  it('keeps the crossings to the two applied migrations', () => {
    expect(APPLIED_CROSSINGS).toEqual({ 4: ['outbox'], 6: ['opinion_drafts', 'notice_compose'] });
  });

  it('catches a new migration that alters another capability’s table', () => {
    const next = { version: 99, name: 'bad', up: 'ALTER TABLE outbox ADD COLUMN opinion_number TEXT; CREATE INDEX x ON opinions (year);' };
    expect(tablesOf(next)).toEqual(['outbox', 'opinions']);
  });
});
