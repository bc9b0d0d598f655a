import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { Logger } from '../log.ts';
import type { WorkbenchDeps } from '../workbench/deps.ts';
import { mountWorkbench } from '../workbench/mount.ts';
import { workbenchSecureHeaders } from '../workbench/security/headers.ts';
import { httpStatusOf, type HealthReport } from './health.ts';
import type { MetricsExposition } from './metrics.ts';

export interface WebServerOptions {
  /** Loopback by default (config): the health and metrics pages are for the office, not the internet. */
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  health: () => HealthReport | Promise<HealthReport>;
  metrics: MetricsExposition;
  log: Logger;
  /** The staff workbench's services; without them only /healthz and /metrics are served. */
  workbench?: WorkbenchDeps;
}

export interface WebServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 (the real port when 0 was asked for). */
  readonly url: string;
  /** Stops listening; open connections get a moment to finish. */
  close(): Promise<void>;
}

/** How long close() lets a request in progress finish before cutting the connection. */
const CLOSE_GRACE_MS = 2000;

/**
 * The bot's HTTP face: only translation between HTTP and the core. /healthz and /metrics for
 * monitoring, and the staff workbench (src/workbench/) when its services are given.
 */
export function createWebApp(options: Pick<WebServerOptions, 'health' | 'metrics' | 'log' | 'workbench'>): Hono {
  const { health, metrics, log } = options;
  const app = new Hono();
  app.use('*', workbenchSecureHeaders());
  app.use('*', async (c, next) => {
    await next();
    // Pages show members' reports: never kept by a browser or a proxy. Static assets say otherwise.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.get('/healthz', async (c) => {
    const report = await health();
    return c.json(report, httpStatusOf(report));
  });

  app.get('/metrics', async (c) => {
    const body = await metrics.render();
    return c.body(body, 200, { 'Content-Type': metrics.contentType });
  });

  if (options.workbench) mountWorkbench(app, options.workbench);

  app.notFound((c) => c.json({ error: `未找到该页面。可用：${options.workbench ? '/（工作台）、' : ''}/healthz（运行状态）、/metrics（监控指标）` }, 404));
  app.onError((error, c) => {
    log.error({ err: error instanceof Error ? error.message : String(error), path: c.req.path }, 'web request failed');
    if (c.req.header('accept')?.includes('text/html')) {
      return c.html('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>出错了</title><p>服务内部错误，请稍后重试；如果一直出现，请联系系统管理员查看日志。</p><p><a href="/">返回工作台</a></p></html>', 500);
    }
    return c.json({ error: '服务内部错误，请查看日志。' }, 500);
  });
  return app;
}

/** Listens on host:port; rejects (with a message for the office) when the port cannot be had. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const app = createWebApp(options);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(new Error(describeListenError(error, options.host, options.port), { cause: error }));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(options.port, options.host);
  });
  server.on('error', (error) => options.log.error({ err: error.message }, 'web server error'));

  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') return `运行状态服务无法启动：端口 ${where} 已被占用，请修改 WEB_PORT 或关闭占用该端口的程序`;
  if (error.code === 'EADDRNOTAVAIL') return `运行状态服务无法启动：本机没有地址 ${host}，请检查 WEB_HOST`;
  if (error.code === 'EACCES') return `运行状态服务无法启动：无权监听 ${where}（1024 以下的端口需要管理员权限）`;
  return `运行状态服务无法启动（${where}）：${error.message}`;
}
