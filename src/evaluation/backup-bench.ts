import { statSync } from 'node:fs';
import path from 'node:path';
import type { OpinionFields } from '../opinions/types.ts';
import { backupDatabase, backupDatabaseFile } from '../storage/backup.ts';
import { databaseFile, openStorage } from '../storage/open-store.ts';
import { prepareRestore } from '../storage/restore.ts';

/** A submission of realistic length (a few hundred characters), half of them unsigned. */
function sample(i: number): OpinionFields {
  const signed = i % 2 === 0;
  return {
    title: `关于第${i + 1}个老旧小区加装电梯和充电设施的建议`,
    situation: `第${i + 1}个小区建于上世纪九十年代，共有住户${200 + (i % 300)}户，六十岁以上老人占三成以上，没有电梯，上下楼困难；小区内没有充电桩，居民飞线充电现象普遍，夜间存在火灾隐患。`.repeat(1 + (i % 3)),
    suggestion: '建议住建部门统筹老旧小区改造资金，优先为老人多的楼栋加装电梯，同步建设集中充电棚，明确物业管理责任。',
    category: '城乡建设',
    name: signed ? '李明' : '王芳',
    sector: signed ? '民盟' : '农工党',
    phone: '13812345678',
    signed,
  };
}

export interface BackupBenchResult {
  count: number;
  submitSeconds: number;
  databaseBytes: number;
  /** `liaison backup`: own connection, copy written, journal mode switched, integrity checked, renamed. */
  cli: { ms: number; bytes: number };
  /** The bot's daily backup from its own connection. */
  inBot: { ms: number; bytes: number };
  restoreMs: number;
}

/** Stores `count` submissions through the real store, then times a backup of the file both ways and a restore. */
export async function benchBackup(dataDir: string, count: number): Promise<BackupBenchResult> {
  const storage = openStorage({ dataDir });
  const start = Date.parse('2026-01-05T09:00:00+08:00');
  let t = performance.now();
  for (let i = 0; i < count; i++) {
    await storage.opinions.submit({ memberId: `console:u${i % 300}`, channel: 'console', messageId: `m${i}`, fields: sample(i), now: new Date(start + i * 600_000) });
  }
  const submitSeconds = (performance.now() - t) / 1000;
  const dbFile = databaseFile({ dataDir });
  try {
    const inBot = await backupDatabase(storage.db, path.join(dataDir, 'backups', 'in-bot.db'));
    const cli = await backupDatabaseFile(dataDir, dbFile, path.join(dataDir, 'backups', 'cli.db'));
    storage.close();
    const databaseBytes = statSync(dbFile).size;
    t = performance.now();
    const restoreDir = path.join(dataDir, 'restored');
    prepareRestore(restoreDir, databaseFile({ dataDir: restoreDir }), cli.file).commit(new Date());
    const restoreMs = performance.now() - t;
    return { count, submitSeconds, databaseBytes, cli: { ms: cli.ms, bytes: cli.bytes }, inBot: { ms: inBot.ms, bytes: inBot.bytes }, restoreMs };
  } finally {
    if (storage.db.open) storage.close();
  }
}
