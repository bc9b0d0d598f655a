/**
 * Ticks, crosses and the hand signs that answer a notice ("✅", "常委会✅ 协商会❌", "✅周六 ❌周四",
 * "🙋"), written as the words they stand for. Other emoji only acknowledge (reply-vocabulary.ts).
 */

const HAND_UP = /^🙋(?:\u200d[♂♀]\ufe0f?)?$/u;
const ARMS_CROSSED = /^🙅(?:\u200d[♂♀]\ufe0f?)?$/u;
/** A tick or a cross on its own, as on a reply form: ✔ is coming, × is not. */
const TICK = /^[✔✅☑√✓]\ufe0f?$/u;
const CROSS = /^[×✖✗✘❌❎]\ufe0f?$/u;
/** "✅常委会 ❌协商会", "✅周六 ❌周四": a tick or a cross set before a meeting it marks. */
const MEETING_AFTER = '(?=\\s*(?:[\\u4e00-\\u9fff]{0,6}?(?:常委会|协商会|座谈会|主席会)|全会|大会|\\d{1,2}[号日]|[一二三四五六七八九十]{1,3}[号日]|(?:周|星期|礼拜)[一二三四五六日天]|第[一二两]个|前一个|后一个))';
/** "常委会🙋‍♂️ 协商会🙅‍♂️": the hand up and the arms crossed mark a meeting as a tick and a cross do. */
const TICK_MARK = '(?:[✔✅☑√✓]\\ufe0f?|🙋(?:\\u200d[♂♀]\\ufe0f?)?)';
const CROSS_MARK = '(?:[×✖✗✘❌❎]\\ufe0f?|🙅(?:\\u200d[♂♀]\\ufe0f?)?)';
const TICK_BEFORE = new RegExp(`${TICK_MARK}${MEETING_AFTER}`, 'gu');
const CROSS_BEFORE = new RegExp(`${CROSS_MARK}${MEETING_AFTER}`, 'gu');
/** "5号✔️ 10号✔️", "常委会✅ 协商会❌": marks set after the meetings, when the message opens with a meeting. */
const MEETING_BEFORE = '(?<=(?:常委会|协商会|座谈会|主席会|全会|大会|\\d{1,2}[号日]|[一二三四五六七八九十]{1,3}[号日]|(?:周|星期|礼拜)[一二三四五六日天]|第[一二两]个|前一个|后一个)\\s*)';
const TICK_AFTER = new RegExp(`${MEETING_BEFORE}${TICK_MARK}`, 'gu');
const CROSS_AFTER = new RegExp(`${MEETING_BEFORE}${CROSS_MARK}`, 'gu');
const OPENS_WITH_MARK = /^\s*(?:[✔✅☑√✓×✖✗✘❌❎]|🙋|🙅)/u;

/** The message with its answering marks as words: 🙋 (hand up: "here") and 🙅 (arms crossed: "no") too. */
export function withMarksAsWords(message: string): string {
  const alone = message.replace(HAND_UP, '参加').replace(ARMS_CROSSED, '不参加').replace(TICK, '参加').replace(CROSS, '不参加');
  return OPENS_WITH_MARK.test(alone)
    ? alone.replace(TICK_BEFORE, '，参加').replace(CROSS_BEFORE, '，请假')
    : alone.replace(TICK_AFTER, '参加，').replace(CROSS_AFTER, '请假，');
}
