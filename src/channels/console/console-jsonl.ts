import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { ConversationCore } from '../../conversation/core.ts';
import type { Address, Sender } from '../../conversation/outbound.ts';
import type { Choice, Reply } from '../../conversation/types.ts';

/** Channels a script may speak as: the core treats each as that platform's private chat. */
export const JSONL_CHANNELS: readonly string[] = ['console', 'wechat', 'telegram'];

export interface JsonlChatOptions {
  core: ConversationCore;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The sender of lines that name none. */
  user: { id: string; name?: string };
  /** The channel of lines that name none. */
  channel: string;
  /** Run after each line's replies, before its done marker (the caller delivers pushes owed by then). */
  afterLine?: () => Promise<void>;
}

export interface JsonlChat {
  /** Reads every line, answers in order, resolves at the end of input once all replies are written. */
  run(): Promise<void>;
  /** Writes what the bot sends on its own initiative to the script's console users as push objects. */
  sender: Sender;
}

/** One input line, checked: what to send and as whom. */
type Parsed =
  | { ok: true; user: string; name?: string; channel: string; text?: string; choice?: string }
  | { ok: false; error: string };

const SHAPE = '每行应为一个 JSON 对象，如 {"text": "你好"} 或 {"choice": "确认提交"}，可另带 "user"、"name"、"channel"';

/**
 * The console as JSON Lines, for scripts: {"text"} or {"choice"} in, one object per reply out, and a
 * {"done": true, "in": N} marker after everything line N caused. A message may span several lines
 * of text (a WeChat paste), and a button is pressed by its value or label.
 */
export function createJsonlChat(options: JsonlChatOptions): JsonlChat {
  const { core, output } = options;
  const write = (object: Record<string, unknown>) => output.write(`${JSON.stringify(object)}\n`);
  // Per channel and user: the choices of the last message shown, and the name last given.
  const offered = new Map<string, Choice[]>();
  const names = new Map<string, string>();
  const key = (channel: string, user: string) => `${channel}\u0000${user}`;
  if (options.user.name) names.set(key(options.channel, options.user.id), options.user.name);
  const consoleUsers = new Set<string>(options.channel === 'console' ? [options.user.id] : []);

  const sender: Sender = {
    channel: 'console',
    // Only people this script plays; the rest wait for their own session.
    accepts: (to: Address) => !to.isGroup && consoleUsers.has(to.chatId),
    async send(to: Address, reply: Reply) {
      if (reply.choices?.length) offered.set(key('console', to.chatId), reply.choices);
      write({ push: true, ...render(reply), to: to.chatId });
    },
  };

  const parse = (line: string, n: number): Parsed => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, error: `第 ${n} 行不是有效的 JSON 消息：无法解析。${SHAPE}。` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, error: `第 ${n} 行不是有效的 JSON 消息：不是 JSON 对象。${SHAPE}。` };
    }
    const fields = value as Record<string, unknown>;
    const text = nonEmpty(fields.text);
    const choice = nonEmpty(fields.choice);
    if ((text === undefined) === (choice === undefined)) {
      const what = text === undefined ? '缺少非空的 "text" 或 "choice"' : '"text" 和 "choice" 只能有一个';
      return { ok: false, error: `第 ${n} 行不是有效的 JSON 消息：${what}。${SHAPE}。` };
    }
    for (const field of ['user', 'name', 'channel'] as const) {
      if (fields[field] !== undefined && nonEmpty(fields[field]) === undefined) {
        return { ok: false, error: `第 ${n} 行的 "${field}" 应为非空字符串。` };
      }
    }
    const channel = nonEmpty(fields.channel) ?? options.channel;
    if (!JSONL_CHANNELS.includes(channel)) {
      return { ok: false, error: `第 ${n} 行的 "channel" 只能是 ${JSONL_CHANNELS.join('、')}。` };
    }
    const user = nonEmpty(fields.user) ?? options.user.id;
    const name = nonEmpty(fields.name);
    return { ok: true, user, channel, ...(name ? { name } : {}), ...(text !== undefined ? { text } : { choice }) };
  };

  /** A press is the value of a choice offered in the last message this user saw, or its label. */
  const press = (channel: string, user: string, pressed: string, n: number): { value: string } | { error: string } => {
    const choices = offered.get(key(channel, user)) ?? [];
    const wanted = pressed.trim();
    const hit = choices.find((c) => c.value === wanted) ?? choices.find((c) => c.label === wanted);
    if (hit) return { value: hit.value };
    if (choices.length === 0) return { error: `第 ${n} 行的选项“${pressed}”无效：上一条回复没有提供选项。` };
    const list = choices.map((c) => `〔${c.label}〕`).join(' ');
    return { error: `第 ${n} 行的选项“${pressed}”不在上一条回复提供的选项中，可选：${list}。` };
  };

  const session = randomUUID();
  const handleLine = async (line: string, n: number): Promise<void> => {
    const parsed = parse(line, n);
    if (!parsed.ok) {
      write({ error: parsed.error, in: n });
      return;
    }
    const { user, channel } = parsed;
    const id = key(channel, user);
    if (parsed.name) names.set(id, parsed.name);
    if (channel === 'console') consoleUsers.add(user);
    let text = parsed.text;
    if (parsed.choice !== undefined) {
      const pressed = press(channel, user, parsed.choice, n);
      if ('error' in pressed) {
        write({ error: pressed.error, in: n });
        return;
      }
      text = pressed.value;
    }
    const replies = await core.handle({
      channel,
      chatId: user,
      isGroup: false,
      senderId: user,
      senderName: names.get(id),
      text: text ?? '',
      addressed: true,
      // Unique across runs, so a message of a new session is never taken for a redelivered one.
      messageId: `jsonl-${session}-${n}`,
      time: new Date(),
    });
    if (replies.length > 0) offered.set(id, replies.flatMap((reply) => reply.choices ?? []));
    for (const reply of replies) write({ ...render(reply), to: user });
  };

  return {
    sender,
    async run() {
      const rl = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
      let n = 0;
      // One line at a time: a turn's replies, pushes and done marker are written before the next line is read.
      for await (const line of rl) {
        n++;
        if (line.trim() === '') continue;
        await handleLine(line, n);
        await options.afterLine?.();
        write({ done: true, in: n });
      }
      rl.close();
    },
  };
}

function render(reply: Reply): Record<string, unknown> {
  return {
    text: reply.text,
    ...(reply.choices?.length ? { choices: reply.choices.map((c) => ({ label: c.label, value: c.value })) } : {}),
    ...(reply.private ? { private: true } : {}),
  };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
