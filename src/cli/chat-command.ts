import { createApp } from '../app.ts';
import { createConsoleSender } from '../channels/console/console-sender.ts';
import { runConsoleChat } from '../channels/console/console-chat.ts';
import { createProgress } from '../knowledge/progress.ts';
import { runBot } from '../runtime/run-bot.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';

/** The local console chat: the same core as WeChat and Telegram, a terminal (or a pipe) as the channel. */
export async function chatCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    user: { type: 'string', default: 'console-user' },
    name: { type: 'string' },
  });
  const app = await createApp(ctx.config, ctx.log, { progress: createProgress(ctx.log) });
  const interactive = Boolean(process.stdin.isTTY);
  // Piped input is a script: notices arriving meanwhile would interleave with its replies.
  const bot = await runBot({
    app,
    channels: [],
    senders: interactive ? [createConsoleSender(process.stdout, values.user)] : [],
    log: ctx.log,
    now: () => new Date(),
  });
  if (interactive) await bot.tick();
  await runConsoleChat({
    core: app.core,
    input: process.stdin,
    output: process.stdout,
    user: { id: values.user, name: values.name },
    interactive,
    botName: ctx.config.botName,
  });
  await bot.stop();
  return 0;
}
