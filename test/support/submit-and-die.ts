import { writeSync } from 'node:fs';
import { SqliteOpinionStore } from '../../src/opinions/sqlite-opinion-store.ts';
import { openDatabase, migrate } from '../../src/storage/database.ts';
import { MIGRATIONS } from '../../src/storage/migrations.ts';

/**
 * A separate process for the durability tests: submits `count` reports, prints their numbers as
 * JSON, then (with `die`) kills itself with SIGKILL, so no close, checkpoint or exit handler runs.
 * `startAt` (epoch ms) lines several processes up to write at the same moment.
 *
 *   node --import tsx test/support/submit-and-die.ts '{"file":…,"member":…,"count":1,"die":true}'
 */
interface Job {
  file: string;
  member: string;
  count: number;
  die?: boolean;
  startAt?: number;
  /** The submission time (ISO), so the numbering year is fixed. */
  at: string;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const db = openDatabase(job.file);
migrate(db, MIGRATIONS);
const store = new SqliteOpinionStore(db);

if (job.startAt) await new Promise((resolve) => setTimeout(resolve, Math.max(0, job.startAt! - Date.now())));

const numbers: string[] = [];
for (let i = 1; i <= job.count; i++) {
  const { opinion } = await store.submit({
    memberId: `${job.member}-${i}`,
    channel: 'console',
    messageId: `${job.member}-msg-${i}`,
    fields: {
      title: `${job.member} 第${i}条：学校门口路口缺少红绿灯`,
      situation: `${job.member} 反映的第${i}个情况：上下学高峰人车混行，存在安全隐患。`,
      suggestion: '增设信号灯并安排交通协管员。',
      category: '社会治理',
      name: '李明',
      sector: '民盟',
      phone: '13800000000',
      signed: true,
    },
    now: new Date(job.at),
  });
  numbers.push(opinion.number);
}

// writeSync: an asynchronous stdout write could still be queued when SIGKILL arrives.
writeSync(1, `${JSON.stringify(numbers)}\n`);
if (job.die) process.kill(process.pid, 'SIGKILL');
db.close();
