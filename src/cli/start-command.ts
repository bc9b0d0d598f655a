import { createApp } from '../app.ts';
import type { Channel } from '../channels/channel.ts';
import { createProgress } from '../knowledge/progress.ts';
import { runBot } from '../runtime/run-bot.ts';
import { chatCommand } from './chat-command.ts';
import type { CommandContext } from './context.ts';

/**
 * `npm start`: every configured channel, or the console when none is. Channel modules are loaded
 * only when configured, so an office without WeChat never loads wechaty.
 */
export async function startCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { config, log } = ctx;
  // The console chat is the channel then, and /healthz reports it.
  if (!config.telegram && !config.wechat) return chatCommand(ctx, args, undefined, { web: config.web && { ...config.web, alsoServing: ['console'] } });

  const app = await createApp(config, log, { progress: createProgress(log) });
  const channels: Channel[] = [];
  if (config.wechat) {
    const { createWechatChannel } = await import('../channels/wechat/wechat-channel.ts');
    channels.push(createWechatChannel({ config: config.wechat, core: app.core, log, sessionDir: config.dataDir, metrics: app.metrics }));
  }
  if (config.telegram) {
    const { createTelegramChannel } = await import('../channels/telegram/telegram-channel.ts');
    channels.push(createTelegramChannel({ config: config.telegram, core: app.core, log }));
  }
  const bot = await runBot({ app, channels, log, now: () => new Date(), web: config.web });
  await bot.tick();
  log.info({ channels: channels.map((c) => c.name) }, '机器人已启动，按 Ctrl+C 停止');

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, '正在停止：不再接收新消息，处理完进行中的回复');
  await bot.stop();
  return 0;
}
