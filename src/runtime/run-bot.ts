import type { App } from '../app.ts';
import type { Channel } from '../channels/channel.ts';
import { OutboxDispatcher } from '../conversation/outbox-dispatcher.ts';
import type { Sender } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';
import { startDailyBackups } from '../storage/daily-backup.ts';
import { startStatusServer, type WebServe } from './status-server.ts';

export interface RunBotOptions {
  app: App;
  channels: readonly Channel[];
  /** Extra senders with no inbound side (the console prints what is owed to its user). */
  senders?: readonly Sender[];
  log: Logger;
  now: () => Date;
  /** How often drafts are swept and the outbox delivered. */
  tickMs?: number;
  /** At shutdown, how long the last outbox pass may start new sends, default 6 s (+2 s for the one in flight); the rest goes out on the next start. */
  shutdownDeliveryMs?: number;
  /** Serve /healthz and /metrics while running (npm start); none when absent. */
  web?: WebServe | null;
}

export interface RunningBot {
  /** One sweep and delivery pass now (tests and shutdown). */
  tick(): Promise<void>;
  /**
   * Stop receiving, finish replies in flight, deliver what is owed (one pass, bounded in time)
   * while the senders still work, then stop the channels and close the database.
   */
  stop(): Promise<void>;
  /** Where /healthz and /metrics are served; null when not serving. */
  readonly webUrl: string | null;
}

/** Starts every channel and the background work; the caller decides when to stop. */
export async function runBot(options: RunBotOptions): Promise<RunningBot> {
  const { app, channels, log, now } = options;
  const status = options.web ? await startStatusServer({ app, channels, senders: options.senders, web: options.web, log }) : null;
  const started: Channel[] = [];
  try {
    for (const channel of channels) {
      await channel.start();
      started.push(channel);
      log.info({ channel: channel.name }, '渠道已启动');
    }
  } catch (error) {
    await Promise.allSettled(started.map((channel) => channel.stop()));
    await status?.close();
    throw error;
  }
  status?.running();

  const dispatcher = new OutboxDispatcher({
    outbox: app.storage.outbox,
    senders: [...channels.map((channel) => channel.sender), ...(options.senders ?? [])],
    log,
    now,
    minIntervalMs: app.config.telegram ? { telegram: 1000 / app.config.telegram.sendsPerSecond } : {},
    metrics: app.metrics,
  });
  let closed = false;
  const work = async (deliver: () => Promise<unknown>) => {
    try {
      await app.dialogs.sweep(app.storage.outbox);
      // Reminders that fell due while the bot was down fire on the first tick, once.
      await app.notices.remind(now());
      return await deliver();
    } catch (error) {
      log.error({ err: error }, 'background work failed; will retry');
      return undefined;
    }
  };
  const tick = async () => {
    if (!closed) await work(() => dispatcher.tick());
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 5000);
  timer.unref();
  const backups = startDailyBackups({ db: app.storage.db, config: app.config.backup, log, now });

  return {
    tick,
    webUrl: status?.url ?? null,
    async stop() {
      status?.stopping();
      clearInterval(timer);
      closed = true;
      // 1. No new messages; the replies being worked on are finished.
      await Promise.allSettled(channels.map((channel) => channel.stopReceiving()));
      // 2. What is owed goes out while every sender still works (WeChat's needs the puppet).
      const within = options.shutdownDeliveryMs ?? 6000;
      if ((await work(() => dispatcher.drain(within))) === false) {
        log.warn({ withinMs: within }, '停止前未能发完待发消息，下次启动时继续发送');
      }
      // 3. Only now the platform connections, 4. then the database.
      await Promise.allSettled(channels.map((channel) => channel.stop()));
      await backups.stop();
      app.close();
      await status?.close();
      log.info('已停止');
    },
  };
}
