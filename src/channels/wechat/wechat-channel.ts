import qrcodeTerminal from 'qrcode-terminal';
import { WechatyBuilder, type Contact, type Message, type Room, type Wechaty } from 'wechaty';
import type { WechatConfig } from '../../config.ts';
import type { ConversationCore } from '../../conversation/core.ts';
import type { Address, Sender } from '../../conversation/outbound.ts';
import type { InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { Channel } from '../channel.ts';
import { PacedQueue } from './paced-queue.ts';
import { stripAddress, wechatTexts } from './render.ts';
import { Supervisor } from './supervise.ts';

export interface WechatChannelOptions {
  config: WechatConfig;
  core: ConversationCore;
  log: Logger;
  /** A puppet instance (tests pass wechaty-puppet-mock); otherwise `config.puppet` names the package. */
  puppet?: unknown;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Print the login QR code in the terminal (off in tests). */
  showQr?: boolean;
}

/** The WeChat adapter: wechaty events in, the core's replies out, every send paced. */
export function createWechatChannel(options: WechatChannelOptions): Channel & { supervisor: Supervisor; bot: Wechaty } {
  const { config, core, log } = options;
  const bot = WechatyBuilder.build({
    name: config.name,
    // wechaty's own option types name every known puppet; a puppet chosen by configuration is a string.
    puppet: (options.puppet ?? config.puppet) as never,
    ...(options.puppet ? {} : { puppetOptions: { token: config.puppetToken, endpoint: config.puppetEndpoint } }),
  });
  const queue = new PacedQueue({ intervalMs: config.sendIntervalMs, jitterMs: config.sendJitterMs, random: options.random, sleep: options.sleep });
  const inFlight = new Set<Promise<void>>();
  let loggedInAt = Number.POSITIVE_INFINITY;
  let stopping = false;

  const say = (target: Room | Contact, reply: Reply, mention?: Contact) =>
    Promise.all(
      wechatTexts(reply, config.maxChars).map((text, i) =>
        queue.run(async () => {
          if (mention && i === 0 && 'topic' in target) await (target as Room).say(text, mention);
          else await target.say(text);
        }),
      ),
    );

  const sender: Sender = {
    channel: 'wechat',
    async send(to: Address, reply: Reply) {
      const target = to.isGroup ? await bot.Room.find({ id: to.chatId }) : await bot.Contact.find({ id: to.chatId });
      if (!target) throw new Error(`找不到${to.isGroup ? '群' : '联系人'} ${to.chatId}`);
      await say(target, reply);
    },
  };

  const allowed = async (room: Room) => config.rooms.includes(room.id) || config.rooms.includes(await room.topic());

  const handle = async (message: Message) => {
    if (message.self() || message.type() !== bot.Message.Type.Text) return;
    if (message.date().getTime() < loggedInAt) return;
    const talker = message.talker();
    const room = message.room();
    if (room && !(await allowed(room))) return;
    let text = message.text();
    let addressed = !room;
    if (room) {
      const mentioned = await message.mentionSelf();
      const stripped = stripAddress(text, bot.currentUser.name(), config.wakeWords);
      text = stripped.text;
      addressed = mentioned || stripped.woken;
    }
    const inbound: InboundMessage = {
      channel: 'wechat',
      chatId: room ? room.id : talker.id,
      isGroup: Boolean(room),
      senderId: talker.id,
      senderName: talker.name(),
      text,
      addressed,
      messageId: message.id,
      time: message.date(),
    };
    for (const reply of await core.handle(inbound)) {
      if (room && !reply.private) await say(room, reply, reply.mention?.length ? talker : undefined);
      else await say(talker, reply);
    }
  };

  const supervisor = new Supervisor({ start: () => bot.start(), stop: () => bot.stop(), log, sleep: options.sleep });

  bot.on('scan', (qrcode, status) => {
    log.info({ status, link: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` }, '请用微信扫码登录');
    if (options.showQr ?? true) qrcodeTerminal.generate(qrcode, { small: true });
  });
  bot.on('login', (user) => {
    // Messages from before login are history the puppet replays, not questions for now.
    loggedInAt = Date.now() - 1000;
    log.info({ user: user.name() }, '微信已登录');
  });
  bot.on('logout', (user) => log.warn({ user: user.name() }, '微信已退出登录'));
  bot.on('error', (error) => {
    log.error({ err: error instanceof Error ? error.message : String(error) }, '微信 puppet 出错');
    if (!stopping) void supervisor.restart(error instanceof Error ? error.message : String(error));
  });
  bot.on('friendship', async (friendship) => {
    if (friendship.type() !== bot.Friendship.Type.Receive) return;
    if (!config.acceptFriends) {
      log.info({ contact: friendship.contact().name() }, '收到好友申请，按配置不自动通过');
      return;
    }
    await friendship.accept().catch((error: unknown) => log.warn({ err: String(error) }, '通过好友申请失败'));
  });
  bot.on('message', (message) => {
    const work = handle(message).catch((error: unknown) => log.error({ err: error instanceof Error ? error.message : String(error) }, 'wechat message failed'));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  return {
    name: 'wechat',
    sender,
    supervisor,
    bot,
    async start() {
      await bot.start();
    },
    async stop() {
      stopping = true;
      supervisor.halt();
      await Promise.allSettled([...inFlight]);
      await bot.stop();
    },
  };
}
