import type { AskPrint } from '../retrieval/question-bank.ts';
import { askLikeness } from './asked-so.ts';
import type { Term } from './relevance.ts';

/**
 * When a question about the rules is declined, the office's ways of asking the rules
 * (knowledge/rule-questions.txt) that are nearest it: "您是不是想问" offers them, and the member
 * says which one was meant instead of the bot guessing.
 */

/** Least likeness of a way of asking for it to be offered: near enough that it may be what was meant. */
const OFFER_LIKENESS = 0.3;
/** Ways of asking looked at, nearest first, for up to `limit` that are answered. */
const CANDIDATES = 6;

/** The nearest way of asking each sentence, nearest first, one per sentence. */
export function nearestAsks(terms: Term[], asks: readonly AskPrint[]): string[] {
  const best = new Map<string, { likeness: number; text: string }>();
  for (const ask of asks) {
    const likeness = askLikeness(terms, ask);
    if (likeness >= OFFER_LIKENESS && likeness > (best.get(ask.anchor)?.likeness ?? 0)) best.set(ask.anchor, { likeness, text: ask.text });
  }
  return [...best.values()]
    .sort((a, b) => b.likeness - a.likeness)
    .slice(0, CANDIDATES)
    // "编报是啥意思哦": the particle of a chat is no part of a question offered.
    .map((ask) => ask.text.replace(/(?<=\p{Script=Han})[哦啊呀哈嘛咧撒]+$/u, ''));
}

/**
 * The asks the knowledge base answers, at most `limit`, no two with the same answer: a question
 * offered must be answered when the member picks it.
 */
export async function answeredAmong<T>(asks: T[], answer: (ask: T) => Promise<{ answered: boolean; text: string }>, limit = 3): Promise<T[]> {
  const offered: T[] = [];
  const answers = new Set<string>();
  for (const ask of asks) {
    if (offered.length >= limit) break;
    const got = await answer(ask);
    if (!got.answered || answers.has(got.text)) continue;
    answers.add(got.text);
    offered.push(ask);
  }
  return offered;
}

/** A question offered: as shown to the member, and as read for answering. */
export interface Offer {
  ask: string;
  read: string;
}

/** "2", "第二个", "②": which of the offered questions the member picked, or undefined. */
export function pickedOffer<T>(text: string, offered: readonly T[]): T | undefined {
  const said = text.replace(/[\s。.！!？?~～]+$/u, '').replace(/^(?:选|是|就是|问)?/u, '');
  const match = /^(?:第)?([1-9一二三四五六七八九]|[①-⑨])(?:个|条|项|题)?(?:吧|呢|问题)?$/u.exec(said);
  if (!match) return undefined;
  const digit = match[1]!;
  const n = /\d/u.test(digit) ? Number(digit) : '一二三四五六七八九'.includes(digit) ? '一二三四五六七八九'.indexOf(digit) + 1 : digit.charCodeAt(0) - 0x2460 + 1;
  return offered[n - 1];
}
