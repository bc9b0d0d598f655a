/**
 * How long each part of a meeting notice may be (characters), whether it is written in chat or in
 * a notice file: a notice is read on a phone, and a longer value is a paste gone wrong.
 */
export const NOTICE_FIELD_LIMITS = {
  title: 60,
  time: 60,
  place: 60,
  scope: 100,
  body: 2000,
  /** 回执截止, 对象 and 群 as written, before they are read. */
  replyBy: 60,
  targets: 500,
  groups: 500,
} as const;

/** Characters as people count them (an emoji is one). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/** A value quoted back in a message, cut short: a pasted document is never echoed whole. */
export function clip(text: string, max = 20): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
