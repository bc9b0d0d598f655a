import type { Contact, Message, Room } from 'wechaty';
import type { InboundMessage } from '../../conversation/types.ts';
import { stripAddress } from './render.ts';

export interface InboundRules {
  /** Allow-listed rooms, by topic or id. */
  rooms: readonly string[];
  wakeWords: readonly string[];
  /** The bot's own account, to strip "@name" from a mention of it. */
  self: Contact | null;
  /** Messages dated before this (ms since epoch) are history the puppet replays, not questions. */
  since: number;
  /** The puppet's "text message" type (`bot.Message.Type.Text`). */
  textType: number;
}

/** A message the core should see, with where it came from so replies can go back there. */
export interface Received {
  inbound: InboundMessage;
  talker: Contact;
  room: Room | undefined;
}

/**
 * Turns a wechaty message into the core's inbound message, or null when the bot must not react at
 * all: its own messages, anything but text, history from before login, rooms not allow-listed.
 * Whether a group message is addressed (an @-mention or a wake word) is the core's to act on.
 */
export async function receive(message: Message, rules: InboundRules): Promise<Received | null> {
  if (message.self() || message.type() !== rules.textType) return null;
  if (message.date().getTime() < rules.since) return null;
  const talker = message.talker();
  const room = message.room();
  if (room && !(await isAllowed(room, rules.rooms))) return null;

  let text = message.text();
  let addressed = true;
  let senderName = talker.name();
  if (room) {
    const mentioned = await message.mentionSelf();
    const botNames = rules.self ? [rules.self.name(), (await room.alias(rules.self).catch(() => undefined)) ?? ''] : [];
    const stripped = stripAddress(text, botNames, rules.wakeWords);
    text = stripped.text;
    addressed = mentioned || stripped.woken;
    // The name the member goes by in this group, when they set one.
    senderName = (await room.alias(talker).catch(() => undefined)) || senderName;
  }
  return {
    talker,
    room,
    inbound: {
      channel: 'wechat',
      chatId: room ? room.id : talker.id,
      isGroup: Boolean(room),
      senderId: talker.id,
      senderName,
      text,
      addressed,
      messageId: message.id,
      time: message.date(),
    },
  };
}

async function isAllowed(room: Room, allowList: readonly string[]): Promise<boolean> {
  if (allowList.includes(room.id)) return true;
  return allowList.includes(await room.topic());
}
