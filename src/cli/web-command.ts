import { PromMetrics } from '../web/metrics.ts';
import { RegistryDirectory } from '../members/registry-directory.ts';
import { StaffAccess } from '../staff/staff-access.ts';
import { openStorage } from '../storage/open-store.ts';
import { checkHealth } from '../web/health.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/**
 * `liaison web`: the workbench (and /healthz, /metrics) alone, on the same database as the running
 * bot, e.g. on another machine's port or while the bot runs with WEB_ENABLED=false. It loads no
 * chat platform, and the knowledge base only when a knowledge page first needs it (documents added
 * here reach the running bot's answers when it restarts); messages it queues (a status change's
 * notice) are sent by the running bot. Sign-in links from chat point here when WORKBENCH_URL says so.
 */
export async function webCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo(), until: Promise<unknown> = untilSignal()): Promise<number> {
  const { config, log } = ctx;
  const { values } = parseCommandArgs(args, { host: { type: 'string' }, port: { type: 'string' } });
  if (!config.web && values.host === undefined && values.port === undefined) {
    io.err('网页服务已关闭（WEB_ENABLED=false）。如需单独运行工作台，请用 --host、--port 指定地址，或设置 WEB_ENABLED=true。');
    return 1;
  }
  const port = values.port === undefined ? (config.web?.port ?? 8080) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`--port 应为 0–65535 的整数，收到“${values.port}”。`);
    return 1;
  }
  const host = values.host ?? config.web?.host ?? '127.0.0.1';

  const storage = openStorage(config);
  try {
    const directory = new RegistryDirectory(storage.members, config.staffIds);
    const access = new StaffAccess({ store: storage.staffAccess, directory, log });
    const metrics = new PromMetrics({ backlog: () => storage.status.outboxBacklog() });
    const { startWebServer } = await import('../web/server.ts');
    const { workbenchDepsFrom } = await import('../workbench/deps.ts');
    const server = await startWebServer({
      host,
      port,
      // No channels in this process: healthy as long as the database answers.
      health: () => checkHealth({ phase: () => 'running', channels: () => ({}), storage: storage.status }),
      metrics,
      log,
      // The knowledge base is loaded when a knowledge page is first opened, not at start.
      workbench: workbenchDepsFrom({ storage, access, config, now: () => new Date(), log, knowledge: async () => (await import('../app.ts')).openKnowledge(config, storage, log) }),
    });
    io.out(`工作台已启动：${server.url}/${config.workbench.publicUrl ? `（对外地址 ${config.workbench.publicUrl}/）` : ''}`);
    io.out('工作人员在与助手的私聊中发送“登录工作台”获取登录链接；按 Ctrl+C 停止。');
    await until;
    await server.close();
    return 0;
  } finally {
    storage.close();
  }
}
