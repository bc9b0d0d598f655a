import { openStorage } from '../storage/open-store.ts';
import { UsageError, type CommandContext } from './context.ts';
import { exportCommand } from './opinions/export.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';
import { listOpinions, showOpinion } from './opinions/read.ts';
import { changeOpinionStatus } from './opinions/status.ts';

export const OPINIONS_USAGE = `liaison opinions 子命令：
  list [--status 状态] [--since YYYY-MM-DD] [--json]     列出社情民意信息（日期按北京时间）
  show 编号 [--json]                                     查看一条的全部字段和办理记录
  status 编号 状态 [--note 说明] [--by 操作人]             修改状态并通知反映人（不予采用须说明原因）
  export --format docx|xlsx|csv [--since 日期] [--status 状态] [--out 路径]   导出`;

const SUBCOMMANDS = {
  list: (storage, args, io) => listOpinions(storage, args, io),
  show: (storage, args, io) => showOpinion(storage, args, io),
  status: changeOpinionStatus,
  export: exportCommand,
} satisfies Record<string, (...args: Parameters<typeof changeOpinionStatus>) => Promise<number>>;

/** Staff handling of submissions: list, show, change status (the member is told), export. */
export async function opinionsCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === 'help' || name === '--help') {
    io.out(OPINIONS_USAGE);
    return 0;
  }
  if (!name) {
    io.err(OPINIONS_USAGE);
    return 2;
  }
  if (!Object.hasOwn(SUBCOMMANDS, name)) throw new UsageError(`未知的 opinions 子命令：${name}\n\n${OPINIONS_USAGE}`);
  const storage = openStorage(ctx.config);
  try {
    return await SUBCOMMANDS[name as keyof typeof SUBCOMMANDS](storage, rest, io, ctx.log);
  } finally {
    storage.close();
  }
}
