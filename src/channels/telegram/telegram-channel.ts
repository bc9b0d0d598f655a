import { Telegraf } from 'telegraf';
import type { TelegramConfig } from '../../config.ts';
import type { ConversationCore } from '../../conversation/core.ts';
import { SendError } from '../../conversation/send-errors.ts';
import type { InboundMessage, Reply } from '../../conversation/types.ts';
import type { Logger } from '../../log.ts';
import type { Channel } from '../channel.ts';
import { Keyboard } from './keyboard.ts';
import { TelegramSendError, withRetryAfter, type RetryOptions } from './retry.ts';
import { TelegramSender } from './telegram-sender.ts';
import { displayName, toInbound, type Me, type TgMessage } from './translate.ts';

export interface TelegramChannelOptions {
  config: TelegramConfig;
  core: ConversationCore;
  log: Logger;
  retry?: RetryOptions;
}

const COMMANDS = [
  { command: 'start', description: '开始使用 / 功能介绍' },
  { command: 'help', description: '帮助' },
  { command: 'ask', description: '提问，例如 /ask 社情民意信息怎么报送？' },
  { command: 'opinion', description: '反映社情民意' },
  { command: 'my', description: '我的社情民意及办理进度' },
  { command: 'cancel', description: '取消正在填写的内容' },
];

/** The Telegram adapter: updates in, the core's replies out. Nothing here decides what to say. */
export function createTelegramChannel(options: TelegramChannelOptions): Channel {
  const { config, core, log } = options;
  const bot = new Telegraf(config.token, { telegram: config.apiRoot ? { apiRoot: config.apiRoot } : {}, handlerTimeout: Number.POSITIVE_INFINITY });
  const keyboard = new Keyboard();
  const sender = new TelegramSender(bot.telegram, keyboard, options.retry);
  const inFlight = new Set<Promise<void>>();
  let me: Me | null = null;
  /** Between a successful launch and stop, or polling ending on its own. */
  let connected = false;

  const deliver = async (message: InboundMessage, replies: Reply[], replyTo?: number) => {
    for (const reply of replies) {
      const inGroup = message.isGroup && !reply.private;
      const to = { channel: 'telegram', chatId: reply.private ? message.senderId : message.chatId, isGroup: inGroup };
      await sender.send(to, reply, inGroup && reply.mention?.length ? replyTo : undefined);
    }
  };

  /** Not awaited by the update middleware: one member's slow answer must not hold up the next update. */
  const track = (work: Promise<void>) => {
    const guarded = work.catch((error: unknown) => {
      const kind = error instanceof SendError || error instanceof TelegramSendError ? error.kind : 'handler';
      log.error({ err: error instanceof Error ? error.message : String(error), kind }, 'telegram update failed');
    });
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  };

  bot.on('message', (ctx) => {
    if (!me) me = { id: ctx.botInfo.id, username: ctx.botInfo.username };
    const message = ctx.message as unknown as TgMessage;
    const inbound = toInbound(message, me);
    if (!inbound) return;
    track(core.handle(inbound).then((replies) => deliver(inbound, replies, message.message_id)));
  });

  bot.on('callback_query', (ctx) => {
    const query = ctx.callbackQuery;
    const data = 'data' in query ? query.data : undefined;
    const chat = query.message?.chat;
    const value = data ? keyboard.decode(data) : undefined;
    track(withRetryAfter(() => ctx.answerCbQuery(), options.retry).then(() => undefined));
    if (!value || !chat) return;
    const inbound: InboundMessage = {
      channel: 'telegram',
      chatId: String(chat.id),
      isGroup: chat.type === 'group' || chat.type === 'supergroup',
      senderId: String(query.from.id),
      senderName: displayName(query.from),
      text: value,
      addressed: true,
      messageId: `cb:${query.id}`,
      time: new Date(),
    };
    track(core.handle(inbound).then((replies) => deliver(inbound, replies)));
  });

  bot.catch((error) => log.error({ err: error instanceof Error ? error.message : String(error) }, 'telegram middleware failed'));

  // Sending goes through the Bot API over HTTP, so it still works once polling has stopped:
  // stopping receiving is all there is to stop.
  const stopReceiving = async () => {
    connected = false;
    try {
      bot.stop('shutdown');
    } catch {
      // Not running (or stopped already): nothing to stop.
    }
    await Promise.allSettled([...inFlight]);
  };

  return {
    name: 'telegram',
    sender,
    async start() {
      await new Promise<void>((resolve, reject) => {
        const launch = config.webhookUrl
          ? bot.launch({ webhook: { domain: config.webhookUrl, port: config.webhookPort } }, resolve)
          : bot.launch(resolve);
        // launch() settles only when polling ends; a failure before onLaunch means it never started.
        launch.catch((error: unknown) => {
          connected = false;
          log.error({ err: error instanceof Error ? error.message : String(error) }, 'telegram stopped');
          reject(error);
        });
      });
      me = { id: bot.botInfo?.id ?? 0, username: bot.botInfo?.username ?? '' };
      connected = true;
      log.info({ bot: me.username, mode: config.webhookUrl ? 'webhook' : 'polling' }, 'Telegram 已连接');
      try {
        await withRetryAfter(() => bot.telegram.setMyCommands(COMMANDS), options.retry);
      } catch (error) {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, 'setMyCommands failed; commands still work');
      }
    },
    status: () => (connected ? 'up' : 'down'),
    stopReceiving,
    stop: stopReceiving,
  };
}
