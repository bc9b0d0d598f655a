import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { ConversationCore } from '../../conversation/core.ts';
import type { Reply } from '../../conversation/types.ts';

export interface ConsoleChatOptions {
  core: ConversationCore;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  user: { id: string; name?: string };
  /** A person at a terminal: greet and prompt. Piped input: one message a line, replies only. */
  interactive: boolean;
  botName: string;
}

/** The console adapter: lines in, the core's replies out. */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { core, output, user, interactive } = options;
  const rl = createInterface({ input: options.input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    write(`${options.botName}（本地对话）。直接输入问题，输入“帮助”查看功能，按 Ctrl+D 或输入“退出”结束。`);
    rl.setPrompt('您：');
    rl.prompt();
  }
  // Unique across runs, so a message of a new session is never taken for a redelivered one.
  const session = randomUUID();
  let counter = 0;
  for await (const line of rl) {
    if (interactive && /^(退出|exit|quit)$/i.test(line.trim())) break;
    const replies = await core.handle({
      channel: 'console',
      chatId: user.id,
      isGroup: false,
      senderId: user.id,
      senderName: user.name,
      text: line,
      addressed: true,
      messageId: `console-${session}-${++counter}`,
      time: new Date(),
    });
    write(formatReplies(replies, interactive));
    if (interactive) rl.prompt();
  }
  rl.close();
}

function formatReplies(replies: Reply[], interactive: boolean): string {
  const text = replies
    .map((reply) => {
      const choices = reply.choices?.length ? `\n${reply.choices.map((c) => `〔${c.label}〕`).join(' ')}` : '';
      return `${reply.text}${choices}`;
    })
    .join('\n\n');
  return interactive ? `助手：${text}\n` : `${text}\n`;
}
