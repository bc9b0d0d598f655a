import path from 'node:path';
import qrcodeTerminal from 'qrcode-terminal';
import type { Friendship, Message, Wechaty, WechatyOptions } from 'wechaty';
import type { WechatConfig } from '../../config.ts';
import type { ConversationCore } from '../../conversation/core.ts';
import type { Logger } from '../../log.ts';
import { noMetrics, type Metrics } from '../../shared/metrics.ts';
import type { Channel } from '../channel.ts';
import { WechatError, describeError, isMissingPackage } from './errors.ts';
import { receive } from './inbound.ts';
import { PacedQueue } from './paced-queue.ts';
import { RestartPolicy, Supervisor } from './supervise.ts';
import { WechatSender } from './wechat-sender.ts';

export interface WechatChannelOptions {
  config: WechatConfig;
  /** Only `handle` is used: the adapter translates, the core decides. */
  core: Pick<ConversationCore, 'handle'>;
  log: Logger;
  /** A puppet instance (tests pass wechaty-puppet-mock); otherwise `config.puppet` names the package. */
  puppet?: unknown;
  /** Jitter source for pacing, in [0, 1). */
  random?: () => number;
  /** Waits of the send pacing and the restart back-off. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch: login time, pacing, back-off. */
  now?: () => number;
  /** Print the login QR code in the terminal (off in tests). */
  showQr?: boolean;
  /**
   * Where wechaty keeps the login session (`<name>.memory-card.json`), so a restart need not scan
   * again with puppets that support it. Default: the working directory, as wechaty does.
   */
  sessionDir?: string;
  /** Counts connection restarts. */
  metrics?: Metrics;
}

export interface WechatChannel extends Channel {
  readonly sender: WechatSender;
}

/** wechaty's scan statuses that come with a code to scan (Unknown, Waiting, Timeout). */
const SCANNABLE = new Set([0, 2, 5]);

/**
 * The WeChat adapter: wechaty events in, the core's replies out through one paced queue. wechaty
 * (about 1.7 s and 100 MB to load) is imported on `start()`, so building the channel costs nothing.
 */
export function createWechatChannel(options: WechatChannelOptions): WechatChannel {
  const { config, core, log } = options;
  const now = options.now ?? Date.now;
  const queue = new PacedQueue({ intervalMs: config.sendIntervalMs, jitterMs: config.sendJitterMs, random: options.random, sleep: options.sleep, now });
  let bot: Wechaty | null = null;
  const sender = new WechatSender(() => bot, queue, config.maxChars);
  const inFlight = new Set<Promise<void>>();
  const policy = new RestartPolicy({ now });
  let receiving = false;
  /** Messages dated before this are history, not questions: +∞ until logged in. */
  let since = Number.POSITIVE_INFINITY;

  const supervisor = new Supervisor({
    // Called only by the supervisor, so each call is one restart attempt.
    start: () => {
      (options.metrics ?? noMetrics).incChannelRestart('wechat');
      return bot!.start();
    },
    stop: async () => {
      since = Number.POSITIVE_INFINITY;
      await bot!.stop();
    },
    log,
    sleep: options.sleep,
    now,
  });

  /** Not awaited by wechaty: one member's slow answer must not hold up anyone else's. */
  const track = (work: () => Promise<void>, what: string) => {
    const guarded = work().catch((error: unknown) => {
      log.error({ err: describeError(error), kind: error instanceof WechatError ? error.kind : 'handler' }, what);
    });
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  };

  const onMessage = async (self: Wechaty, message: Message) => {
    const received = await receive(message, {
      rooms: config.rooms,
      wakeWords: config.wakeWords,
      self: self.isLoggedIn ? self.currentUser : null,
      since,
      textType: self.Message.Type.Text,
    });
    if (!received) return;
    for (const reply of await core.handle(received.inbound)) await sender.reply(received, reply);
  };

  const onFriendship = async (self: Wechaty, friendship: Friendship) => {
    if (friendship.type() !== self.Friendship.Type.Receive) return;
    const contact = friendship.contact().name();
    if (!config.acceptFriends) {
      log.info({ contact, hello: friendship.hello() }, '收到好友申请，按配置（WECHAT_ACCEPT_FRIENDS）不自动通过');
      return;
    }
    // Accepting is an action WeChat watches too: it waits its turn in the paced queue.
    await queue.run(() => friendship.accept());
    log.info({ contact }, '已通过好友申请');
  };

  const wire = (self: Wechaty) => {
    self.on('scan', (qrcode, status) => {
      if (!qrcode || !SCANNABLE.has(status)) return void log.info({ status }, '微信扫码状态');
      log.info({ status, link: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, '请用微信扫码登录（终端二维码或日志中的链接）');
      if (options.showQr ?? true) qrcodeTerminal.generate(qrcode, { small: true });
    });
    self.on('login', (user) => {
      // WeChat dates messages to the second: a second's slack keeps the first question after login.
      since = now() - 1000;
      log.info({ user: user.name() }, '微信已登录');
    });
    self.on('logout', (user, reason) => {
      since = Number.POSITIVE_INFINITY;
      log.warn({ user: user.name(), reason }, '微信已退出登录');
    });
    self.on('error', (error) => {
      const reason = describeError(error);
      log.error({ err: reason, loggedIn: self.isLoggedIn }, '微信 puppet 出错');
      if (receiving && policy.shouldRestart(self.isLoggedIn)) void supervisor.restart(reason);
    });
    self.on('friendship', (friendship) => {
      if (receiving) track(() => onFriendship(self, friendship), 'wechat friendship failed');
    });
    self.on('message', (message) => {
      if (receiving) track(() => onMessage(self, message), 'wechat message failed');
    });
  };

  const build = async (): Promise<Wechaty> => {
    const { WechatyBuilder } = await import('wechaty');
    const puppetOptions = { ...(config.puppetToken ? { token: config.puppetToken } : {}), ...(config.puppetEndpoint ? { endpoint: config.puppetEndpoint } : {}) };
    // wechaty's option types list the known puppet names; one chosen by configuration is any string.
    const built = WechatyBuilder.build({
      // wechaty names its session file after the bot: a path puts the file there.
      name: options.sessionDir ? path.join(options.sessionDir, config.name) : config.name,
      puppet: (options.puppet ?? config.puppet) as WechatyOptions['puppet'],
      ...(options.puppet ? {} : { puppetOptions }),
    } as WechatyOptions);
    wire(built);
    return built;
  };

  return {
    name: 'wechat',
    sender,
    async start() {
      bot ??= await build();
      receiving = true;
      try {
        await bot.start();
      } catch (error) {
        if (isMissingPackage(error)) {
          receiving = false;
          bot = null;
          throw new WechatError('puppet-missing', `未安装微信 puppet「${config.puppet}」，请先运行 npm install ${config.puppet}`, error);
        }
        // A puppet that cannot connect yet (network, service down) is retried, not fatal.
        void supervisor.restart(describeError(error));
      }
    },
    status: () => (receiving && bot?.isLoggedIn ? 'up' : 'down'),
    async stopReceiving() {
      receiving = false;
      await Promise.allSettled([...inFlight]);
    },
    async stop() {
      receiving = false;
      supervisor.halt();
      await Promise.allSettled([...inFlight]);
      const stopping = bot;
      bot = null;
      await stopping?.stop().catch((error: unknown) => log.warn({ err: describeError(error) }, '停止微信时出错'));
    },
  };
}
