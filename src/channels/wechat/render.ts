import type { Reply } from '../../conversation/types.ts';
import { splitMessage } from '../shared/split-message.ts';

/** WeChat has no buttons: choices become a line telling what to reply. Then split to fit. */
export function wechatTexts(reply: Reply, maxChars: number): string[] {
  const choices = reply.choices?.length ? `\n请回复：${reply.choices.map((c) => c.value).join(' / ')}` : '';
  return splitMessage(`${reply.text}${choices}`, maxChars);
}

/** Strips the bot's @name (with WeChat's special space) or a wake word from the start of a group message. */
export function stripAddress(text: string, botName: string, wakeWords: readonly string[]): { text: string; woken: boolean } {
  const withoutMention = text.replace(new RegExp(`@${escape(botName)}[\\u2005\\s]*`, 'g'), '').trim();
  for (const word of wakeWords) {
    if (withoutMention.startsWith(word)) return { text: withoutMention.slice(word.length).replace(/^[\s,，:：]+/, ''), woken: true };
  }
  return { text: withoutMention, woken: false };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
