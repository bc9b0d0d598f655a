import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { Answer } from '../answering/types.ts';
import type { QuestionItem } from './question-set.ts';

/** The comparison form used by the question sets' rules: Simplified, no pinyin, no spaces, "，" as ",". */
export function comparable(text: string): string {
  return normalizeQuery(text).replace(/\s+/g, '').replace(/，/g, ',');
}

export interface ScoredItem {
  item: QuestionItem;
  answer: Answer;
  answerable: boolean;
  factCorrect: boolean;
  contextHit: boolean;
  missing: string[];
  ms: number;
  /** Declined with questions offered: whether picking one of them gives the right answer. */
  offeredRight?: boolean;
}

export function scoreItem(item: QuestionItem, answer: Answer, ms: number): ScoredItem {
  const answerable = item.kind !== 'unanswerable' && item.must.length + (item.any?.length ?? 0) > 0;
  const text = comparable(answer.text);
  const context = comparable(answer.citations.slice(0, 5).map((c) => c.text).join('\n'));
  const missingIn = (haystack: string) => [
    ...item.must.filter((m) => !haystack.includes(comparable(m))),
    ...(item.any ?? []).filter((group) => !group.some((m) => haystack.includes(comparable(m)))).map((g) => g.join('|')),
  ];
  const missing = answerable ? missingIn(text) : [];
  return {
    item,
    answer,
    answerable,
    factCorrect: answerable && answer.answered && missing.length === 0,
    contextHit: answerable && missingIn(context).length === 0,
    missing,
    ms,
  };
}

export interface EvalSummary {
  answerable: number;
  unanswerable: number;
  factAccuracy: number;
  contextRecallAt5: number;
  answeredRate: number;
  declinedUnanswerableRate: number;
  declinedUnanswerable: number;
  meanAnswerChars: number;
  /** Declined answerable questions that came with near questions offered, and those where one offered is answered right. */
  offeredAnswerable: number;
  offeredRight: number;
  /** Unanswerable questions declined with near questions offered (each offered is answered, by construction). */
  offeredUnanswerable: number;
}

export function summarize(scored: ScoredItem[]): EvalSummary {
  const answerable = scored.filter((s) => s.answerable);
  const unanswerable = scored.filter((s) => !s.answerable);
  const answeredTexts = answerable.filter((s) => s.answer.answered).map((s) => [...s.answer.text].length);
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const declinedUnanswerable = unanswerable.filter((s) => !s.answer.answered).length;
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    factAccuracy: share(answerable.filter((s) => s.factCorrect).length, answerable.length),
    contextRecallAt5: share(answerable.filter((s) => s.contextHit).length, answerable.length),
    answeredRate: share(answerable.filter((s) => s.answer.answered).length, answerable.length),
    declinedUnanswerableRate: share(declinedUnanswerable, unanswerable.length),
    declinedUnanswerable,
    meanAnswerChars: share(answeredTexts.reduce((a, b) => a + b, 0), answeredTexts.length),
    offeredAnswerable: answerable.filter((s) => !s.answer.answered && s.answer.offered?.length).length,
    offeredRight: answerable.filter((s) => s.offeredRight === true).length,
    offeredUnanswerable: unanswerable.filter((s) => !s.answer.answered && s.answer.offered?.length).length,
  };
}
