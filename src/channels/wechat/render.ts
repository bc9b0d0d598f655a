import type { Reply } from '../../conversation/types.ts';
import { splitMessage } from '../shared/split-message.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';

/** WeChat has no buttons: choices become a line telling what to reply. Then split to fit. */
export function wechatTexts(reply: Reply, maxChars: number): string[] {
  const choices = reply.choices?.length ? `\n请回复：${reply.choices.map((c) => c.typed ?? c.value).join(' / ')}` : '';
  return splitMessage(`${reply.text}${choices}`, maxChars);
}

/**
 * Strips the bot's @-mention (by its name or its nickname in the group, followed by WeChat's
 * U+2005 space) and a leading wake word from a group message.
 */
export function stripAddress(text: string, botNames: readonly string[], wakeWords: readonly string[]): { text: string; woken: boolean } {
  let withoutMention = text;
  for (const name of botNames.filter(Boolean)) withoutMention = withoutMention.replace(new RegExp(`@${escapeRegExp(name)}[\\u2005\\s]*`, 'g'), '');
  withoutMention = withoutMention.trim();
  for (const word of wakeWords) {
    if (withoutMention.startsWith(word)) return { text: withoutMention.slice(word.length).replace(/^[\s,，:：]+/, ''), woken: true };
  }
  return { text: withoutMention, woken: false };
}

