import { asksMembersHowTo } from './question-kind.ts';

/**
 * What a member says about themselves before or after the question ("我是新委员，正在准备界别活动的
 * 发言，……多少场", "……多少篇 我要写个材料"): who asks and what the answer is for. The reports never
 * say it, so it must not count as what the question is about.
 */

/** Writing or preparing a paper of one's own. */
const TASK = String.raw`(?:准备|写|整理|起草|弄)(?:个|一个|一份|一篇|篇|点)?[^，,。？?！!\s]{0,10}?(?:材料|稿子|发言稿|发言|讲话稿|总结|ppt)`;

/** Where such a part ends: a pause or the end of the question. */
const END = String.raw`(?=[，,。；;！!～~\s]|$)`;

/** "我是新委员", "本人是民革界别的委员". */
const WHO_I_AM = new RegExp(String.raw`(?:我|本人)是[^，,。？?！!\s]{0,10}?(?:委员|常委|代表|干部|工作人员|新人|联络员)${END}`, 'gu');

/**
 * What the answer is wanted for: said in the first person or, opening a clause, as under way
 * ("我要写个材料", "正在准备界别活动的发言")…
 */
const WHAT_FOR = new RegExp(String.raw`(?:(?:我|本人|咱)(?:正在|正|在|要|想|得|打算)?|(?:^|(?<=[，,。；;\s]))(?:正在|在))${TASK}${END}`, 'giu');
/** …or by its use ("写材料要用"). */
const WHAT_FOR_USE = new RegExp(String.raw`${TASK}要?用${END}`, 'giu');

/** A question still asked once the asker's own part is gone. */
const ASKS = /多少|几[^乎]|多大|多长|多久|什么|啥|哪|谁|是不是|有没有|吗/u;

/**
 * The question without the member's account of themselves, when it asks about something else. A
 * how-to keeps it ("我要写个发言稿，格式怎么定"): there the member's task is what is asked about.
 */
export function withoutAskersOwnContext(text: string): string {
  const rest = text.replace(WHO_I_AM, ' ').replace(WHAT_FOR, ' ').replace(WHAT_FOR_USE, ' ');
  if (rest === text || !ASKS.test(rest) || asksMembersHowTo(rest, 0)) return text;
  return rest.replace(/([，,。；;])[\s，,。；;]+/gu, '$1').replace(/^[\s，,。；;！!]+|\s+$/gu, '');
}
