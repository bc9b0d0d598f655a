import type { InboundMessage } from '../../conversation/types.ts';

/** The parts of a Telegram update the adapter reads (typegram's shapes, narrowed). */
export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name?: string;
  last_name?: string;
  username?: string;
}
export interface TgEntity {
  type: string;
  offset: number;
  length: number;
}
export interface TgMessage {
  message_id: number;
  date: number;
  chat: { id: number; type: string };
  from?: TgUser;
  text?: string;
  entities?: TgEntity[];
  reply_to_message?: { from?: TgUser };
}
export interface Me {
  id: number;
  username: string;
}

/** Commands the core knows by other words. */
const COMMAND_TEXT: Record<string, string> = { my: '我的社情民意', cancel: '取消' };

export function displayName(user: TgUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username || String(user.id);
}

/**
 * A text message as the core's inbound message, or null when the bot should not see it (other
 * bots, no text, a command for another bot).
 */
export function toInbound(message: TgMessage, me: Me): InboundMessage | null {
  const from = message.from;
  if (!from || from.is_bot || typeof message.text !== 'string') return null;
  const isGroup = message.chat.type === 'group' || message.chat.type === 'supergroup';
  let text = message.text;
  let addressed = !isGroup;

  const command = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(.*)$/s.exec(text);
  if (command) {
    const [, name = '', target, rest = ''] = command;
    if (target && target.toLowerCase() !== me.username.toLowerCase()) return null;
    addressed = true;
    text = COMMAND_TEXT[name.toLowerCase()] ?? `/${name}${rest}`;
  } else if (isGroup) {
    const mention = `@${me.username}`;
    const mentioned = (message.entities ?? []).some((e) => e.type === 'mention' && message.text?.slice(e.offset, e.offset + e.length).toLowerCase() === mention.toLowerCase());
    const repliedTo = message.reply_to_message?.from?.id === me.id;
    addressed = mentioned || repliedTo;
    if (mentioned) text = text.replace(new RegExp(`@${me.username}`, 'gi'), ' ').trim();
  }

  return {
    channel: 'telegram',
    chatId: String(message.chat.id),
    isGroup,
    senderId: String(from.id),
    senderName: displayName(from),
    text,
    addressed,
    messageId: `${message.chat.id}:${message.message_id}`,
    time: new Date(message.date * 1000),
  };
}
