import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_AUDIT_PAGE, type AuditLog, type AuditRecord } from '../src/audit/audit-log.ts';
import { SqliteAuditLog } from '../src/audit/sqlite-audit-log.ts';
import { migrate, openDatabase } from '../src/storage/database.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';

export interface AuditLogUnderTest {
  log: AuditLog;
  /** A second handle on the same log, as another process (a staff command beside the bot) has. */
  other?: AuditLog;
  close(): Promise<void> | void;
}

const at = (text: string) => new Date(`${text}+08:00`);
const entry = (more: Partial<AuditRecord> = {}): AuditRecord => ({
  actor: '命令行（zhao）',
  action: 'opinion.status',
  target: 'SQMY-2026-0001',
  detail: '已提交 → 已受理',
  at: at('2026-11-23T10:00:00'),
  ...more,
});

/** The behaviour every AuditLog must show; a PostgreSQL log will run the same suite. */
export function describeAuditLogContract(name: string, make: () => Promise<AuditLogUnderTest>): void {
  describe(`${name} keeps the AuditLog contract`, () => {
    let subject: AuditLogUnderTest;
    let log: AuditLog;
    beforeEach(async () => {
      subject = await make();
      log = subject.log;
    });
    afterEach(() => subject.close());

    it('keeps each entry as recorded, newest first, with increasing ids', async () => {
      const first = await log.record(entry());
      const second = await log.record(entry({ action: 'notice.send', target: '通知 3', detail: '发给 12 位委员', at: at('2026-11-23T10:05:00') }));
      expect(first).toEqual({ id: first.id, ...entry() });
      expect(second.id).toBeGreaterThan(first.id);
      expect(await log.list({ limit: 10 })).toEqual([second, first]);
    });

    it('pages backwards from the last entry shown, even when entries share a time', async () => {
      const recorded = [];
      for (let i = 1; i <= 5; i++) recorded.push(await log.record(entry({ target: `SQMY-2026-000${i}` })));
      const page1 = await log.list({ limit: 2 });
      const page2 = await log.list({ limit: 2, before: page1.at(-1)!.id });
      const page3 = await log.list({ limit: 2, before: page2.at(-1)!.id });
      expect([...page1, ...page2, ...page3].map((e) => e.target)).toEqual(['SQMY-2026-0005', 'SQMY-2026-0004', 'SQMY-2026-0003', 'SQMY-2026-0002', 'SQMY-2026-0001']);
      expect(await log.list({ limit: 2, before: recorded[0]!.id })).toEqual([]);
    });

    it('filters by who and by what, together with paging', async () => {
      await log.record(entry({ actor: '命令行（zhao）', action: 'members.import' }));
      const wang = await log.record(entry({ actor: '王秘书', action: 'opinion.status' }));
      await log.record(entry({ actor: '命令行（zhao）', action: 'opinion.status' }));
      const wangAgain = await log.record(entry({ actor: '王秘书', action: 'notice.cancel' }));
      expect((await log.list({ limit: 10, actor: '王秘书' })).map((e) => e.id)).toEqual([wangAgain.id, wang.id]);
      expect((await log.list({ limit: 10, action: 'opinion.status' })).map((e) => e.actor)).toEqual(['命令行（zhao）', '王秘书']);
      expect(await log.list({ limit: 10, actor: '王秘书', action: 'opinion.status' })).toEqual([wang]);
      expect(await log.list({ limit: 10, actor: '王秘书', before: wang.id })).toEqual([]);
      expect(await log.list({ limit: 10, actor: '无此人' })).toEqual([]);
    });

    it('brings the page size within bounds', async () => {
      for (let i = 0; i < 3; i++) await log.record(entry());
      expect(await log.list({ limit: 0 })).toHaveLength(1);
      expect(await log.list({ limit: -5 })).toHaveLength(1);
      expect(await log.list({ limit: MAX_AUDIT_PAGE + 100 })).toHaveLength(3);
    });

    it('keeps text verbatim, whatever it contains', async () => {
      const odd = entry({ actor: "O'Neil\"; --", target: "'); DROP TABLE audit_log; --", detail: '%_\\ 😀 ?1 $1 :x @y\n第二行' });
      const kept = await log.record(odd);
      expect(await log.list({ limit: 1, actor: odd.actor })).toEqual([kept]);
      expect(kept).toMatchObject(odd);
    });

    it('orders entries from two writers on the same log as they were recorded', async () => {
      const other = subject.other ?? log;
      const a = await log.record(entry({ target: 'a' }));
      const b = await other.record(entry({ target: 'b' }));
      const c = await log.record(entry({ target: 'c' }));
      expect((await other.list({ limit: 3 })).map((e) => e.target)).toEqual(['c', 'b', 'a']);
      expect([a.id < b.id, b.id < c.id]).toEqual([true, true]);
    });
  });
}

describeAuditLogContract('SqliteAuditLog', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'liaison-audit-')), 'liaison.db');
  const db = openDatabase(file);
  migrate(db, MIGRATIONS);
  const second = openDatabase(file);
  return {
    log: new SqliteAuditLog(db),
    other: new SqliteAuditLog(second),
    close: () => {
      second.close();
      db.close();
    },
  };
});
