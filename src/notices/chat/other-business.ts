import { NAMES_MEETING, OTHER_BUSINESS } from './notice-questions.ts';
import type { ReplyReading } from './read-reply.ts';
import { ATTEND, ATTEND_WORD, EXPLICIT_LEAVE, LEAVE, PARTIAL } from './reply-vocabulary.ts';

/**
 * Messages about other business (社情民意, 提案, 绑定, long stories) are no answer to a notice, unless
 * an answer stands apart in them: said first, or in a sentence of its own.
 */

/** Reads a piece of a message as attend or leave; null for anything else. */
type ReadAnswer = (text: string) => ReplyReading | null;

/** A long message, or one about 社情民意 / 提案 / 绑定, is not an answer to a notice. */
export function aboutOtherBusiness(text: string, statements: string[], strict: boolean): boolean {
  // "来不到，那天村上要开群众会": a short absence that names another business is still an absence.
  const shortAbsence = text.length <= 60 && LEAVE.test(text);
  if ((text.length > 200 && !EXPLICIT_LEAVE.test(text)) || (OTHER_BUSINESS.test(text) && !shortAbsence && (!NAMES_MEETING.test(text) || text.length > 60))) return true;
  if (!strict || text.length <= 60 || LEAVE.test(text) || PARTIAL.test(text)) return false;
  return !statements.some((clause) => clause.length <= 30 && ATTEND.test(clause));
}

/**
 * A formal letter may carry other business and still answer in one sentence of its own, about the
 * member or the meeting and in so many words ("……。关于5日的会议，本人按时出席。", "本人……无法参会，特此请假。").
 */
export function answerAmidOtherBusiness(text: string, readAnswer: ReadAnswer): ReplyReading | null {
  const answers = text
    .split(/[。！；\n]/u)
    .map((sentence) => sentence.split('，').filter((clause) => !OTHER_BUSINESS.test(clause)).join('，'))
    .filter((sentence) => sentence.length <= 60 && FORMAL_ANSWER.every((pattern) => pattern.test(sentence)));
  if (answers.length !== 1) return null;
  return readAnswer(answers[0] ?? '');
}
const FORMAL_ANSWER = [
  /我|本人|常委会|协商会|座谈会|会议|[本此这该][次场]会/u,
  new RegExp(`${ATTEND_WORD}|${EXPLICIT_LEAVE.source}`, 'u'),
  new RegExp(`${NAMES_MEETING.source}|准时|按时|届时|特此`, 'u'),
];

/**
 * "参加。另外我上个月报的那条社情民意……", "请假，顺便想反映个情况": a short answer said first, and other
 * business turned to after it, which is no part of the answer nor its reason.
 */
export function answerBeforeOtherBusiness(text: string, readAnswer: ReadAnswer): ReplyReading | null {
  const opening = OPENING_ANSWER.exec(text);
  if (!opening?.[1] || !OTHER_BUSINESS.test(text.slice(opening[0].length))) return null;
  return readAnswer(opening[1]);
}
const OPENING_ANSWER = /^([^，。！；？\n]{1,8})[，。！；\n]\s*(?:另外|还有|顺便|对了|再问|想问|问一下|请问)/u;

/**
 * "我跟校长请个假过来", "民建有个活动 我跟他们请假了", "有个学习会我请假了": leave from another engagement
 * ("那天有个学术会请假" asks leave from ours: the other one's leave is said as done, by me, or to come).
 */
// ("要请假的是下周的培训": the leave is from the other engagement, named after it.)
export const LEAVE_FROM_ANOTHER = /(?:要|得)?请假的是[^，。！？\s]{0,12}?(?:培训|学习|活动|课|考试|聚会|检查|调研|婚礼)|(?:(?:跟|向|找)(?![^，。！？\s]{0,4}(?:你|您|政协|办公室|秘书|会务|常委会|协商会|会议|会上|领导|主席|组织))[^，。！？\s]{1,8}?|(?<=有(?:个|一个)[^，。！？]{0,10}(?:学习会|活动|培训|课|聚会|饭局|婚礼|会))(?=我|已经|(?:请|告)(?:了|过)假|(?:请|告)个?假(?:了|过来|来))(?:我)?(?:已经)?)(?:请(?:了|个|过)?假|告(?:了|个)?假)(?:了)?/gu;
export const COMES_EXCUSED_ELSEWHERE = new RegExp(`(?:${LEAVE_FROM_ANOTHER.source})(?:过来|赶过来|来)(?=$|[，。！])`, 'u');
