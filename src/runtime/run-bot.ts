import type { App } from '../app.ts';
import type { Channel } from '../channels/channel.ts';
import { OutboxDispatcher } from '../conversation/outbox-dispatcher.ts';
import type { Sender } from '../conversation/outbound.ts';
import type { Logger } from '../log.ts';

export interface RunBotOptions {
  app: App;
  channels: readonly Channel[];
  /** Extra senders with no inbound side (the console prints what is owed to its user). */
  senders?: readonly Sender[];
  log: Logger;
  now: () => Date;
  /** How often drafts are swept and the outbox delivered. */
  tickMs?: number;
}

export interface RunningBot {
  /** One sweep and delivery pass now (tests and shutdown). */
  tick(): Promise<void>;
  /** Stop receiving, finish replies in flight, deliver what is owed, close the database. */
  stop(): Promise<void>;
}

/** Starts every channel and the background work; the caller decides when to stop. */
export async function runBot(options: RunBotOptions): Promise<RunningBot> {
  const { app, channels, log, now } = options;
  const started: Channel[] = [];
  try {
    for (const channel of channels) {
      await channel.start();
      started.push(channel);
      log.info({ channel: channel.name }, '渠道已启动');
    }
  } catch (error) {
    await Promise.allSettled(started.map((channel) => channel.stop()));
    throw error;
  }

  const dispatcher = new OutboxDispatcher({
    outbox: app.storage.outbox,
    senders: [...channels.map((channel) => channel.sender), ...(options.senders ?? [])],
    log,
    now,
    minIntervalMs: app.config.telegram ? { telegram: 1000 / app.config.telegram.sendsPerSecond } : {},
  });
  let closed = false;
  const tick = async () => {
    if (closed) return;
    try {
      await app.dialogs.sweep(app.storage.outbox);
      // Reminders that fell due while the bot was down fire on the first tick, once.
      await app.notices.remind(now());
      await dispatcher.tick();
    } catch (error) {
      log.error({ err: error }, 'background work failed; will retry');
    }
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 5000);
  timer.unref();

  return {
    tick,
    async stop() {
      clearInterval(timer);
      await Promise.allSettled(channels.map((channel) => channel.stop()));
      await tick();
      closed = true;
      app.close();
      log.info('已停止');
    },
  };
}
