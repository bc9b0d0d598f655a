import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatChinaDateTime } from '../china-time.ts';
import { backupDatabaseFile } from '../storage/backup.ts';
import { backupFileName, backupTime } from '../storage/backup-files.ts';
import { databaseFile } from '../storage/open-store.ts';
import { prepareRestore } from '../storage/restore.ts';
import { StorageFileError } from '../storage/storage-errors.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

export interface BackupIo extends OpinionsIo {
  /** Asks a yes/no question at the terminal; absent when there is no one to ask (piped input). */
  confirm?: (question: string) => Promise<boolean>;
}

export function backupIo(): BackupIo {
  const io: BackupIo = processIo();
  if (process.stdin.isTTY) {
    io.confirm = async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return /^\s*(是|y|yes)\s*$/i.test(await rl.question(`${question}（输入“是”确认）：`));
      } finally {
        rl.close();
      }
    };
  }
  return io;
}

export const BACKUP_USAGE = `liaison backup [--out 文件]
  备份数据库（机器人运行时也可以做，得到的是一致的副本）。默认写到 BACKUP_DIR（默认 数据目录/backups）下的
  liaison-年月日-时分秒.db（北京时间）；写完后校验完整性，输出文件、大小和用时。`;

export const RESTORE_USAGE = `liaison restore 文件 [--yes]
  用备份替换当前数据库。须先停止机器人；当前数据库保留为 liaison.db.before-restore-时间。
  不加 --yes 时先显示将要做的事并询问确认（非终端输入时直接退出，不做改动）。`;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} 秒`;

/** Reports a worded storage failure on stderr with exit code 1; anything else is a bug and propagates. */
function failed(io: OpinionsIo, error: unknown): number {
  if (!(error instanceof StorageFileError)) throw error;
  io.err(error.message);
  return 1;
}

/** `liaison backup [--out 文件]`: a verified copy of the database, safe while the bot runs. */
export async function backupCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`backup 不接受参数“${positionals.join(' ')}”，指定文件请用 --out。\n\n${BACKUP_USAGE}`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError(`--out 需要文件名。\n\n${BACKUP_USAGE}`);
  const { config } = ctx;
  const out = values.out ? path.resolve(io.cwd, values.out) : path.join(config.backup.dir, backupFileName(io.now()));
  try {
    const r = await backupDatabaseFile(config.dataDir, databaseFile(config), out);
    ctx.log.info({ file: r.file, bytes: r.bytes, ms: Math.round(r.ms), opinions: r.opinions }, 'backup written');
    io.out(
      [
        `备份完成：${r.file}`,
        `大小：${mib(r.bytes)}　用时：${seconds(r.ms)}`,
        `校验：完整性检查通过，含社情民意 ${r.opinions} 条（数据库结构版本 ${r.version ?? '-'}）。`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    return failed(io, error);
  }
}

/** `liaison restore 文件 [--yes]`: refuses while the bot runs, keeps the replaced database. */
export async function restoreCommand(ctx: CommandContext, args: string[], io: BackupIo = backupIo()): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { yes: { type: 'boolean', default: false } });
  const [given, ...extra] = positionals;
  if (!given || extra.length > 0) throw new UsageError(`请给出一个备份文件。\n\n${RESTORE_USAGE}`);
  const from = path.resolve(io.cwd, given);
  const dbFile = databaseFile(ctx.config);
  let plan;
  try {
    plan = prepareRestore(ctx.config.dataDir, dbFile, from);
  } catch (error) {
    return failed(io, error);
  }
  try {
    const taken = backupTime(path.basename(from));
    const current = plan.current
      ? `当前数据库：${plan.current.file}（${plan.current.opinions === null ? '无法读取，可能已损坏' : `社情民意 ${plan.current.opinions} 条`}），将保留为 ${path.basename(dbFile)}.before-restore-时间`
      : `当前数据库：${dbFile} 尚不存在，直接恢复`;
    io.out(
      [
        `备份文件：${from}${taken ? `（${formatChinaDateTime(taken)} 的备份）` : ''}`,
        `  ${mib(plan.backup.bytes)}，完整性检查通过，社情民意 ${plan.backup.opinions} 条，数据库结构版本 ${plan.backup.version}`,
        current,
      ].join('\n'),
    );
    if (!values.yes) {
      if (!io.confirm) {
        io.err('未加 --yes，没有做任何改动。确认无误后请加 --yes 重新运行。');
        plan.abandon();
        return 1;
      }
      if (!(await io.confirm('确认用这份备份替换当前数据库？'))) {
        io.err('已取消，没有做任何改动。');
        plan.abandon();
        return 1;
      }
    }
    const result = plan.commit(io.now());
    ctx.log.info({ from, kept: result.kept, opinions: plan.backup.opinions }, 'database restored');
    io.out(
      [
        `恢复完成：${result.file}（社情民意 ${plan.backup.opinions} 条）`,
        result.kept ? `原数据库已保留为：${result.kept}` : '',
        '现在可以启动机器人；备份来自较早版本的程序时，启动时会自动升级数据库结构。',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    return 0;
  } catch (error) {
    plan.abandon();
    return failed(io, error);
  }
}
