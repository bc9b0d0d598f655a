import type { OpinionFields } from '../types.ts';
import { readsAsAsk, readsAsProblem } from '../intake/start-phrase.ts';

type Fields = Partial<OpinionFields>;

const MOST_IN_AN_OPENER = 30;

/** "转运站要加密", "路口应该装个红绿灯": a measure wanted, said plainly without 建议. */
const MEASURE_WANTED = /(?:要|应该|应当|需要|必须|最好)(?:再|多|尽快|赶紧|赶快)?(?:建|修|设|加|装|开|配|派|增|换|改|拆|搬|整治|清理)/u;

/**
 * "我想提个建议：丹江口库区周边的农村垃圾转运站要加密": a member may open with the measure and tell
 * the story after. Read as the first part of the story, that one clause would leave the suggestion
 * to be asked for again and again while every later message went on telling the story. A first
 * reading that gives only a situation of one clause which asks for a measure and tells no problem
 * is the suggestion; the situation is then asked for.
 */
export function withSuggestionFirst(before: Fields, after: Fields): Fields {
  if (before.situation || before.suggestion || after.suggestion) return after;
  const told = after.situation?.trim();
  // An opener is short: a long first message is the story, whatever measure it mentions.
  // ("……应该恢复起来，或者引进……": two measures, each asked for, are still one opener.)
  const clauses = told?.split(/[，,](?=\S)/u) ?? [];
  const asks = (clause: string) => readsAsAsk(clause) || MEASURE_WANTED.test(clause);
  if (!told || Array.from(told).length > MOST_IN_AN_OPENER * clauses.length || clauses.length > 2 || /[。！!？?；;\n](?=\S)/u.test(told)) return after;
  // "老城区改造拆历史建筑的事": what it is about, named with the start, is the story's topic.
  if (!clauses.every(asks) || readsAsProblem(told) || /了|过/u.test(told) || /(?:的|方面)(?:事|事情|事儿|问题|情况)$/u.test(told)) return after;
  const { situation: _situation, ...rest } = after;
  return { ...rest, suggestion: told };
}

/**
 * Asked for the situation after an opener taken for the suggestion, another message that reads as
 * a suggestion shows the opener was the story after all: it goes back to the situation, and the
 * situation is never asked for over and over.
 */
export function withOpenerAsStory(before: Fields, after: Fields): Fields {
  if (before.situation || after.situation || !before.suggestion || !after.suggestion || after.suggestion === before.suggestion) return after;
  return { ...after, situation: before.suggestion };
}

/** "对了刚才还有一条建议忘了说，……": a suggestion remembered late, said with the answer to another question. */
const REMEMBERED = /^(?:哦|噢|对了|另外|刚才|刚刚|我)*[，,\s]*(?:还有|再补充|补充|再加|另外还有)(?:一条|一点|一个|个)?(?:建议|意见)(?:刚才|刚刚)?(?:忘了说|忘说了|没说|漏了|忘了)?[，,：:。\s]*/u;

/** The suggestion with what was remembered added to it; the fields as they are when nothing was. */
export function withLateSuggestion(fields: Fields, besides: string): Fields {
  const said = besides.trim();
  const cue = REMEMBERED.exec(said);
  const added = cue ? said.slice(cue[0].length).trim() : '';
  if (added === '' || !fields.suggestion) return fields;
  return { ...fields, suggestion: `${fields.suggestion.replace(/[。；;，,\s]+$/u, '')}；${added}` };
}
