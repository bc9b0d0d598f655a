import { ASKS_HOW_MANY } from './question-words.ts';

/**
 * "十堰跟廊坊比 请示报告谁次数多", "许昌的重点提案有几件？和常熟的比谁多": a comparison is answered
 * by each side's figure with its source, so it is read as asking each side how many ("各多少次").
 * Only a question that says it compares (比, 相比, 对比) is read so: "哪个委员捐得多" asks who.
 */

/** The measure word a "…数" noun counts in ("次数" → 次). */
const COUNT_NOUNS: Record<string, string> = { 次数: '次', 篇数: '篇', 件数: '件', 人数: '人', 场数: '场', 场次: '场', 个数: '个', 期数: '期', 家数: '家', 项数: '项' };

/** "…比 谁次数多", "谁家社情民意篇数多一些", "哪个更多": which side has more (never 最, a ranking). */
const WHICH_MORE = new RegExp(
  `(?:谁|哪个|哪一个|哪家|谁家|哪边|哪方)(?:的|家)?([^，,。？?！!\\s最]{0,10}?)(${Object.keys(COUNT_NOUNS).join('|')})?(?:更|要|还|比较)?(?:多|少)(?:一些|一点|些|点)?(?=[吗呢啊呀？?。！!\\s]|$)`,
  'u',
);

/** "跟廊坊比", "和常熟的比", "相比较": the word that sets the sides against each other. */
const SET_AGAINST = /的?(?:相|对)?比较?(?:一下)?(?=[\s，,]|谁|哪)/u;

/** "各多少篇", "分别是几次": each side's figure asked outright. */
const EACH_ASKED = /各(?:有|写了|是)?(?:多少|几)|分别(?:是|有)?(?:多少|几)/u;

/**
 * "…一共立案了多少件 比民生类的253件多多少": the member names one figure and asks how far the other is
 * from it. The figure asked is the answer (the member can take the difference); the member's own is
 * no figure to look for.
 */
const FROM_THE_MEMBERS_FIGURE = /[\s，,]*(?:那)?(?:比|跟|和|与)[^，,。？?！!\s]{0,12}?\d+(?:\.\d+)?(?:篇|件|次|个|人|场|期|项|家|万元|亿元|%)(?:比)?(?:多|少|差|相差)(?:了|出)?(?:多少|几)\p{Script=Han}?[啊呀呢吗？?。！!]*$/u;

export function comparedAsEachFigure(message: string): string {
  const from = FROM_THE_MEMBERS_FIGURE.exec(message);
  const question = from && ASKS_HOW_MANY.test(message.slice(0, from.index)) ? message.slice(0, from.index) : message;
  // "十堰跟廊坊2023年的社情民意，哪边委员写得多？各多少篇": each figure asked, which says who has more.
  const eachAsked = EACH_ASKED.test(question) ? WHICH_MORE.exec(question) : null;
  if (eachAsked) {
    const [said, thing] = eachAsked;
    return question.replace(said, thing!).replace(/[？?]\s*(?=.)/gu, '，').replace(/[，,\s]{2,}/gu, '，').replace(/[\s，,。？?]+$/u, '');
  }
  if (!SET_AGAINST.test(question) || !WHICH_MORE.test(question)) return question;
  const text = question.replace(SET_AGAINST, '');
  const which = WHICH_MORE.exec(text)!;
  const [said, thing, countNoun] = which;
  // The count is asked already ("有几件？…比谁多"): the comparison adds nothing to ask.
  const asked = ASKS_HOW_MANY.test(text) && !countNoun ? thing! : `${thing}各多少${countNoun ? COUNT_NOUNS[countNoun] : ''}`;
  return text.replace(said, asked).replace(/[\s，,。？?]+$/u, '');
}
