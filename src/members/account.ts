import type { Address } from '../conversation/outbound.ts';

/**
 * A chat account, written `<channel>:<sender id>` (e.g. `telegram:123456789`, `wechat:wxid_abc`,
 * `console:u1`): the id stores keep for members who are not (yet) bound to the member registry.
 * On every channel the private chat with a person has that person's sender id as its chat id.
 */
export function accountKey(channel: string, senderId: string): string {
  return `${channel}:${senderId}`;
}

export function parseAccountKey(key: string): { channel: string; senderId: string } | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return { channel: key.slice(0, at), senderId: key.slice(at + 1) };
}

/** The private chat of an account, for messages the bot sends on its own. */
export function privateAddress(key: string): Address | null {
  const account = parseAccountKey(key);
  return account ? { channel: account.channel, chatId: account.senderId, isGroup: false } : null;
}
