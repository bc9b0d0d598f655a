import { openStorage } from '../../src/storage/open-store.ts';

/**
 * A stand-in for the running bot in the restore tests: opens DATA_DIR's database the way the bot
 * does, submits one report, says `ready` and keeps the database open until stdin closes.
 *
 *   node --import tsx test/support/hold-database.ts <DATA_DIR>
 */
const storage = openStorage({ dataDir: process.argv[2] ?? '' });
await storage.opinions.submit({
  memberId: 'holder',
  channel: 'console',
  messageId: 'holder-1',
  fields: { title: '运行中的机器人', situation: '数据库一直打开着。', suggestion: '恢复前先停止。', category: '社会治理', name: '李明', sector: '民盟', phone: '13800000000', signed: true },
  now: new Date(),
});
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  storage.close();
  process.exit(0);
});
