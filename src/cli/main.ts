import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { isStorageUnavailable } from '../shared/storage-unavailable.ts';
import { checkDataDir } from '../storage/data-dir.ts';
import { describeFileError, StorageFileError } from '../storage/storage-errors.ts';
import { UsageError, type CommandContext } from './context.ts';

const USAGE = `用法：liaison <命令> [选项]

命令：
  start                         启动机器人（未配置任何渠道时进入本地控制台对话），同时提供工作台网页
  web [--host H] [--port P]      只启动工作台网页（与运行中的机器人共用数据库）
  staff add|list|remove          工作台管理员（用密码登录）：add 名称 --password（详见 liaison staff help）
  chat [--user ID] [--name 姓名] [--jsonl] [--channel C]  本地控制台对话；管道输入时每行一条消息，--jsonl 时每行一个 JSON（可含多行文字与按钮选择）
  ask [--json] "问题"             提问并输出答案与出处
  ask --json --file q.jsonl       批量提问，每行 {"id","q"}，每行输出一个 JSON
  ingest [--force]               导入 / 增量更新知识库索引
  eval [--file F] [--json]       用问题集评测问答质量
  eval-language [--set dev|holdout|2] [--verbose]  用委员口吻写的语料回放会议回执和社情民意对话，输出各项比率
  bench                          性能基准（导入、查询延迟、内存，含 10 万分块合成语料）
  opinions list|show|status|export  社情民意信息：列出、查看、改状态并通知反映人、导出 docx/xlsx/csv
                                 （详见 liaison opinions help）
  members import|list|show|code   委员名单：导入 CSV/XLSX、列出、查看、生成绑定码（详见 liaison members help）
  notices create|send|list|show|status|export|change|cancel  会议通知：新建、发送、回执情况、导出（详见 liaison notices help）
  questions [--declined] [--since 日期] [--json]  委员问过的问题，相近问法归组计数；--declined 只看答不上的
  answers add|list|remove        工作人员答复：为答不好的问题写好答复，机器人遇到相同或相近的问题时给出（详见 liaison answers help）
  backup [--out 文件]             备份数据库（机器人运行时也可以），写完后校验完整性；默认写到 数据目录/backups/
  restore 文件 [--yes]            用备份替换当前数据库（须先停止机器人；原数据库保留为 liaison.db.before-restore-时间）
  doctor                         检查配置、知识库索引、数据库和已配置的服务是否就绪
  help                           显示本帮助`;

type Command = (ctx: CommandContext, args: string[]) => Promise<number>;

/**
 * Commands that read and write DATA_DIR: checked before they start, so a read-only or foreign-owned
 * folder gives one sentence rather than an error half-way. backup, restore and doctor word their own
 * checks; bench and eval-language work in temporary folders.
 */
const USES_DATA_DIR = new Set(['start', 'web', 'staff', 'chat', 'ask', 'ingest', 'eval', 'opinions', 'notices', 'members', 'questions', 'answers']);

/**
 * Loaded on demand: a staff command (opinions, notices, members) should not pay for LangChain,
 * the knowledge base or a chat platform's library it never uses.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start-command.ts')).startCommand,
  web: async () => (await import('./web-command.ts')).webCommand,
  staff: async () => (await import('./staff-command.ts')).staffCommand,
  chat: async () => (await import('./chat-command.ts')).chatCommand,
  ask: async () => (await import('./ask-command.ts')).askCommand,
  ingest: async () => (await import('./ingest-command.ts')).ingestCommand,
  eval: async () => (await import('./eval-command.ts')).evalCommand,
  'eval-language': async () => (await import('./eval-language-command.ts')).evalLanguageCommand,
  bench: async () => (await import('./bench-command.ts')).benchCommand,
  doctor: async () => (await import('./doctor-command.ts')).doctorCommand,
  opinions: async () => (await import('./opinions-command.ts')).opinionsCommand,
  notices: async () => (await import('./notices-command.ts')).noticesCommand,
  members: async () => (await import('./members-command.ts')).membersCommand,
  backup: async () => (await import('./backup-command.ts')).backupCommand,
  restore: async () => (await import('./backup-command.ts')).restoreCommand,
  questions: async () => (await import('./questions-command.ts')).questionsCommand,
  answers: async () => (await import('./answers-command.ts')).answersCommand,
};

/** Entry point of the `liaison` command; returns the exit code and never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`未知命令：${name}\n\n${USAGE}\n`);
    return 2;
  }
  let ctx: CommandContext;
  try {
    const config = loadConfig();
    ctx = { config, log: createLogger(config.logLevel) };
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `无法读取配置：${String(error)}`}\n`);
    return 2;
  }
  const asksForHelp = args[0] === 'help' || args[0] === '--help';
  try {
    if (USES_DATA_DIR.has(name) && !asksForHelp) checkDataDir(ctx.config.dataDir);
    return await (await load())(ctx, args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    ctx.log.debug({ err: error }, 'command failed');
    process.stderr.write(`${describeFailure(error, ctx.config.dataDir)}\n`);
    return 1;
  }
}

/** One line for the terminal: worded storage failures as they are, a disk or permission problem named. */
function describeFailure(error: unknown, dataDir: string): string {
  if (error instanceof StorageFileError) return error.message;
  if (isStorageUnavailable(error)) return `运行出错：${describeFileError(error, '读写数据目录', dataDir).message}`;
  return `运行出错：${error instanceof Error ? error.message : String(error)}`;
}
