import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { isFrameWord } from './relevance.ts';

/**
 * A rule's provision opening with the case it is for ("委员不能参加会议的，在私聊中回复……"). A
 * member who tells their case ("收到开会通知去不了，该怎么回复请假") is answered by the provision for
 * that case rather than a summary naming the same words ("回复“参加”或“请假 原因”").
 */
const CASE_OPENING = /^(?:第[一二三四五六七八九十百零]+条\s*)?([^，,。；;“”]{2,24}?的)[，,]/u;

const MEMBER = /^(?:政协)?委员$/u;

/** What the provision for the member's own case gains over one merely holding the question's words. */
export const CASE_BONUS = 0.15;

/** Least share of the case's words the question must say for the provision to be the member's. */
const CASE_SAID = 0.6;

export function provisionForTheCaseSaid(sentence: string, question: string, tokenizer: Pick<Tokenizer, 'words' | 'synonyms'>): boolean {
  const opening = CASE_OPENING.exec(sentence);
  if (!opening) return false;
  // The member asking is the 委员 the rules speak of: that word says nothing of the case.
  const words = tokenizer.words(opening[1]!).filter((w) => [...w].length >= 2 && !isFrameWord(w) && !MEMBER.test(w));
  if (words.length < 2) return false;
  const said = words.filter((w) => tokenizer.synonyms(w).some((form) => question.includes(form)));
  if (said.length / words.length >= CASE_SAID) return true;
  // "请假" says "不能参加" as the synonyms list them: the opening's words inside such a phrase are said too.
  // (Read only when the words alone fall short: this runs for every candidate sentence.)
  const phrases = tokenizer.words(question).flatMap((w) => tokenizer.synonyms(w)).filter((form) => [...form].length >= 3 && opening[1]!.includes(form));
  return words.filter((w) => said.includes(w) || phrases.some((phrase) => phrase.includes(w))).length / words.length >= CASE_SAID;
}
