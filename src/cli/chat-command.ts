import { createApp } from '../app.ts';
import { runConsoleChat } from '../channels/console/console-chat.ts';
import { createProgress } from '../knowledge/progress.ts';
import { parseCommandArgs, type CommandContext } from './context.ts';

export async function chatCommand(ctx: CommandContext, args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    user: { type: 'string', default: 'console-user' },
    name: { type: 'string' },
  });
  const app = await createApp(ctx.config, ctx.log, { progress: createProgress(ctx.log) });
  await runConsoleChat({
    core: app.core,
    input: process.stdin,
    output: process.stdout,
    user: { id: values.user, name: values.name },
    interactive: Boolean(process.stdin.isTTY),
    botName: ctx.config.botName,
  });
  app.close();
  return 0;
}
