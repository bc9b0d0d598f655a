import type { DialogTurn, StepOutcome } from '../../conversation/dialog/dialog.ts';
import type { Reply } from '../../conversation/types.ts';
import { consentSpans } from '../intake/consent.ts';
import { ASKS_ABOUT_CONSENT } from './intents.ts';

/**
 * Questions about reporting itself said inside a report ("我想反映个社情民意 要写好多字不",
 * "这个能当社情民意反映吗？我下乡义诊发现……"): they are answered from the knowledge base and
 * kept out of the story; the rest of the message is read as it would be without them.
 */

/**
 * What the question is about: the report, its rules, what happens to it ("反映了以后谁来处理？会转到卫健委吗"),
 * who sees who sent it ("街道能看到是我说的吗"), one sent before ("我上次报的那个 有回音没有").
 */
const ABOUT_REPORTING =
  /社情民意|署名|匿名|实名|(?:能|会)?(?:看到|看得到|知道)(?:是)?(?:我|谁)(?:说|反映|报|写)的|(?:写|要写|写个|写得)(?:多少|好多|几多|多老些|多长|几百|很长|多详细|多具体|多细|详细)|附上?照片|发照片|传照片|多少字|字数|篇幅|格式|模板|能当|算不算|算是|报上去|交上去|提交(?:了|后|以后)|(?:反映|报|交)(?:了|上去)?(?:以后|之后)|(?:会|能)?转(?:到|给|交)|多久|多长时间|有回复|有回音|有答复|有反馈|影响|(?:上次|上回|之前|上个月|前几天|前段时间|以前)(?:我)?(?:报|反映|交|提)(?:的|过的|上去的)/u;
/** Asked: a question mark, a question particle, an A-not-A form or a question word. */
const ASKED = /[？?]$|(?:吗|么|嘛|不|没|没有|呢)[？?]?$|会不会|能不能|可不可以|算不算|要不要|是不是|有没有|行不行|多少|多老些|多久|多长|多详细|多具体|咋|怎么|啥/u;
/** Not a question to the bot: the problem told as one ("谁来管？", "凭什么不给办？"). */
const ABOUT_THE_PROBLEM = /谁(?:来)?管|凭什么|为什么|为啥|怎么办|咋办|哪里去|去哪/u;

/** Something to attach, spoken of beside a question about it. */
const ATTACHED = /照片|图片|相片|视频|截图|附件/u;

const SENTENCE = /[^。！？!?\n]+[。！？!?]*/gu;
const VOICE_PIECE = /\S+/gu;

function isProcessQuestion(sentence: string): boolean {
  const text = sentence.trim().replace(/[。！!～~…]+$/u, '');
  // "那我不署名 但是信息要留吧？": consent given while asking is an answer.
  const consents = consentSpans(text).length > 0 && !ASKS_ABOUT_CONSENT.test(text);
  return Array.from(text).length <= 30 && ABOUT_REPORTING.test(text) && ASKED.test(text) && !ABOUT_THE_PROBLEM.test(text) && !consents;
}

/** The process questions in a message (leading or trailing only) and the message without them ('' when it is only questions). */
export function processQuestionsIn(text: string): { questions: string[]; rest: string } {
  // Voice input without punctuation comes in pieces set apart by spaces.
  const punctuated = /[。！？!?\n]/u.test(text);
  const pieces = punctuated ? (text.match(SENTENCE) ?? []) : (text.match(VOICE_PIECE) ?? []);
  const questions: string[] = [];
  let first = 0;
  let last = pieces.length;
  while (first < last && isProcessQuestion(pieces[first]!)) questions.push(pieces[first++]!.trim());
  while (last > first && isProcessQuestion(pieces[last - 1]!)) questions.push(pieces[--last]!.trim());
  if (questions.length === 0) return { questions: [], rest: text };
  const rest = pieces.slice(first, last).join(punctuated ? '' : ' ').trim();
  // "要不要附照片？我拍了的": a few words said with the question go with it.
  // ("……？不会吧，那就署吧": an answer, however short, is still read.)
  // ("可以发照片吗？我拍了宿舍的照片": what the member has to attach, too.)
  const short = Array.from(rest.replace(/[\s\p{P}]/gu, '')).length;
  const remark = (short < 8 || (short < 16 && ATTACHED.test(rest))) && consentSpans(rest).length === 0 && !/\d/u.test(rest);
  return { questions, rest: remark ? '' : rest };
}

/**
 * Reads `text` without its process questions (through `go`), the knowledge base's answers to them
 * said first. Nothing is cut when no answerer is given.
 */
export async function answeringProcessQuestions(turn: DialogTurn, text: string, go: (text: string) => Promise<StepOutcome>): Promise<StepOutcome> {
  const { questions, rest } = processQuestionsIn(text);
  if (questions.length === 0 || !turn.ask) return go(text);
  const answers: Reply[] = [];
  for (const question of questions) answers.push(...(await turn.ask(question)));
  // Only questions: what the dialog says to nothing new (the start's welcome, the question it waits on).
  const outcome = await go(rest);
  return { ...outcome, replies: [...answers, ...outcome.replies] };
}
