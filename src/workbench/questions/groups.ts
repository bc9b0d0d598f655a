import { CURATED_MATCH, type CuratedAnswer } from '../../answering/curated-answers.ts';
import type { LoggedQuestion } from '../../answering/question-log.ts';
import { readQuestion } from '../../answering/question-reader.ts';
import { groupSimilar, printOf, similarity, type QuestionPrint } from '../../answering/similar-questions.ts';
import type { WorkbenchDeps } from '../deps.ts';

/** How alike two declined questions must be to count as one (as `liaison questions` groups them). */
export const GROUP_SIMILARITY = 0.6;
const PHRASINGS_SHOWN = 3;

/** Declined questions that ask the same thing, with how often and the staff answer that now covers them. */
export interface DeclinedGroup {
  count: number;
  /** The latest wording, as typed (a follow-up as read). */
  question: string;
  /** Other wordings, a few. */
  phrasings: string[];
  lastAsked: Date;
  /** The staff answer the bot would now give for the group's question, if one was written since. */
  answeredBy: CuratedAnswer | null;
}

/** A follow-up is shown, and answered, as the bot understood it. */
function wording(q: LoggedQuestion): string {
  return q.followUp ? q.resolved : q.question.trim();
}

/**
 * The questions the bot declined in a span, grouped by similarity (newest wording heading each
 * group, largest groups first), each with the staff answer that matches it now, if any.
 */
export async function declinedGroups(deps: Pick<WorkbenchDeps, 'questionLog' | 'curatedAnswers' | 'questionWords'>, span: { since?: Date; until?: Date }): Promise<{ asked: number; groups: DeclinedGroup[] }> {
  const declined = (await deps.questionLog.list({ outcome: 'declined', since: span.since })).filter((q) => !span.until || q.askedAt < span.until);
  if (declined.length === 0) return { asked: 0, groups: [] };
  const [words, answers] = await Promise.all([deps.questionWords(), deps.curatedAnswers.list()]);
  const prints = new Map<LoggedQuestion, QuestionPrint>();
  const printOfQuestion = (q: LoggedQuestion) => {
    let print = prints.get(q);
    if (!print) prints.set(q, (print = printOf(q.resolved, words)));
    return print;
  };
  // The curated answers as the bot compares them: "去年" read against the day staff wrote it.
  const answerPrints = answers.map((a) => ({ answer: a, print: printOf(readQuestion(a.question, words, a.createdAt), words) }));
  const groups = groupSimilar([...declined].reverse(), printOfQuestion, GROUP_SIMILARITY).map(({ items }) => {
    const head = items[0]!;
    const wordings = [...new Set(items.map(wording))];
    let answeredBy: CuratedAnswer | null = null;
    let best = 0;
    for (const { answer, print } of answerPrints) {
      const score = similarity(printOfQuestion(head), print);
      // The newer of two equally good answers wins, as the bot chooses.
      if (score >= CURATED_MATCH && score >= best) [answeredBy, best] = [answer, score];
    }
    return { count: items.length, question: wordings[0]!, phrasings: wordings.slice(1, 1 + PHRASINGS_SHOWN), lastAsked: head.askedAt, answeredBy };
  });
  return { asked: declined.length, groups };
}

/** Staff answers already written for about the same question: the bot gives the newer one from now on. */
export async function nearAnswers(deps: Pick<WorkbenchDeps, 'curatedAnswers' | 'questionWords'>, added: CuratedAnswer): Promise<CuratedAnswer[]> {
  const others = (await deps.curatedAnswers.list()).filter((a) => a.id !== added.id);
  if (others.length === 0) return [];
  const words = await deps.questionWords();
  const print = (a: CuratedAnswer) => printOf(readQuestion(a.question, words, a.createdAt), words);
  const mine = print(added);
  return others.filter((a) => similarity(mine, print(a)) >= CURATED_MATCH);
}
