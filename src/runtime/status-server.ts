import type { App } from '../app.ts';
import type { Channel } from '../channels/channel.ts';
import type { Sender } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';
import { checkHealth, type BotPhase } from '../web/health.ts';
import type { WebServer } from '../web/server.ts';

/** Where the running bot serves /healthz and /metrics (config.web, or a test's port 0). */
export interface WebServe {
  host: string;
  port: number;
  /** Channels served outside runBot's channel list and always up while it runs, e.g. the console chat. */
  alsoServing?: readonly string[];
}

export interface StatusServer {
  /** null when the server could not start (the bot runs on without it). */
  readonly url: string | null;
  /** Channels are started: /healthz may answer ready. */
  running(): void;
  /** Shutdown has begun: /healthz answers 503 so a monitor or proxy stops sending work. */
  stopping(): void;
  close(): Promise<void>;
}

export interface StatusServerOptions {
  app: Pick<App, 'storage' | 'metrics' | 'config' | 'access' | 'workbench' | 'now' | 'knowledge'>;
  channels: readonly Channel[];
  senders?: readonly Sender[];
  web: WebServe;
  log: Logger;
}

/**
 * The health and metrics server beside the channels. A port that cannot be had is logged, not
 * fatal: members keep their bot even when monitoring is misconfigured.
 */
export async function startStatusServer(options: StatusServerOptions): Promise<StatusServer> {
  const { app, channels, web, log } = options;
  let phase: BotPhase = 'starting';
  const channelStates = () => {
    const states: Record<string, 'up' | 'down'> = {};
    const live = phase === 'running' ? 'up' : 'down';
    for (const name of web.alsoServing ?? []) states[name] = live;
    for (const sender of options.senders ?? []) states[sender.channel] = live;
    for (const channel of channels) states[channel.name] = phase === 'running' ? (channel.status?.() ?? 'up') : 'down';
    return states;
  };
  let server: WebServer | null = null;
  try {
    // hono and the workbench are loaded only when the web server is configured.
    const { startWebServer } = await import('../web/server.ts');
    const { workbenchDepsFrom } = await import('../workbench/deps.ts');
    server = await startWebServer({
      host: web.host,
      port: web.port,
      health: () => checkHealth({ phase: () => phase, channels: channelStates, storage: app.storage.status }),
      metrics: app.metrics,
      log,
      workbench: workbenchDepsFrom({ storage: app.storage, access: app.access, config: app.config, now: app.now, log, knowledge: async () => app.knowledge }),
    });
    app.workbench.listeningAt(server.url);
    log.info({ url: server.url }, `运行状态服务已启动：${server.url}/healthz（运行状态）、${server.url}/metrics（监控指标）`);
    log.info({ url: app.workbench.url() }, `工作台已启动：${app.workbench.url()}/（工作人员在私聊中发送“登录工作台”获取登录链接）`);
    if (app.workbench.needsPublicUrl()) log.warn('WEB_HOST 为通配地址，登录链接无法指向本机以外的浏览器：请在 .env 中设置 WORKBENCH_URL（工作台对外地址）');
  } catch (error) {
    log.error({ err: error instanceof Error ? error.message : String(error) }, '运行状态服务未启动，机器人照常运行');
  }
  return {
    url: server?.url ?? null,
    running: () => {
      phase = 'running';
    },
    stopping: () => {
      phase = 'stopping';
    },
    close: async () => {
      await server?.close();
    },
  };
}
