import { createApp } from '../app.ts';
import { createConsoleSender } from '../channels/console/console-sender.ts';
import { runConsoleChat } from '../channels/console/console-chat.ts';
import { createJsonlChat, JSONL_CHANNELS } from '../channels/console/console-jsonl.ts';
import { createProgress } from '../knowledge/progress.ts';
import { runBot } from '../runtime/run-bot.ts';
import type { WebServe } from '../runtime/status-server.ts';
import { parseCommandArgs, UsageError, type CommandContext } from './context.ts';

/** Where the chat reads and writes: the process's own streams, or a test's. */
export interface ChatStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
}

/** The local console chat: the same core as WeChat and Telegram, a terminal (or a pipe) as the channel. */
export async function chatCommand(
  ctx: CommandContext,
  args: string[],
  streams: ChatStreams = { stdin: process.stdin, stdout: process.stdout },
  /** `npm start` without channels serves /healthz and /metrics beside the chat; `liaison chat` does not. */
  serve: { web?: WebServe | null } = {},
): Promise<number> {
  const { values } = parseCommandArgs(args, {
    user: { type: 'string', default: 'console-user' },
    name: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    channel: { type: 'string' },
  });
  if (values.channel !== undefined && !values.jsonl) throw new UsageError('--channel 只能与 --jsonl 一起使用。');
  const channel = values.channel ?? 'console';
  if (!JSONL_CHANNELS.includes(channel)) throw new UsageError(`--channel 只能是 ${JSONL_CHANNELS.join('、')}。`);

  const { stdin, stdout } = streams;
  const user = { id: values.user, name: values.name };
  const app = await createApp(ctx.config, ctx.log, { progress: createProgress(ctx.log) });

  if (values.jsonl) {
    // Pushes are objects of their own here, so they cannot be mistaken for a reply.
    const chat = createJsonlChat({ core: app.core, input: stdin, output: stdout, user, channel, afterLine: () => bot.tick() });
    const bot = await runBot({ app, channels: [], senders: [chat.sender], log: ctx.log, now: () => new Date(), web: serve.web });
    await chat.run();
    await bot.stop();
    return 0;
  }

  const interactive = Boolean(stdin.isTTY);
  // Piped input is a script: notices arriving meanwhile would interleave with its replies.
  const bot = await runBot({
    app,
    channels: [],
    senders: interactive ? [createConsoleSender(stdout, values.user)] : [],
    log: ctx.log,
    now: () => new Date(),
    web: serve.web,
  });
  if (interactive) await bot.tick();
  await runConsoleChat({
    core: app.core,
    input: stdin,
    output: stdout,
    user,
    interactive,
    botName: ctx.config.botName,
  });
  await bot.stop();
  return 0;
}
