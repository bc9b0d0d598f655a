/**
 * "下基层好像是整100次，我是不是记岔了", "请示报告39次，是这个数吧？", "立案提案是不是206件？":
 * the member states the figure they remember and asks whether it is right. The figure is what is
 * asked, not a word the answer must hold: it is read as "多少次", and the words asking for
 * confirmation are dropped.
 */

/** Phrases asking whether the figure said is right, or for the exact one. */
const CONFIRMING_SOURCE = [
  String.raw`[，,\s]*(?:我)?(?:是不是|是否)?(?:记岔了|记错了|记混了|搞错了|记岔|记错)[吗吧呢]?`,
  String.raw`[，,\s]*(?:我)?没记错(?:吧|吗|的话)?`,
  // ("…编了30期各界反映 有这么多么": whether there were so many.)
  String.raw`[，,\s]*(?:是|对|有|真有)?(?:这个数|这个数字|这么多|那么多)(?:吧|吗|么|嘛|不|没错吧|对吧)`,
  // "我记得好像是这个数": a remark after the figure, with or without a particle.
  String.raw`[，,。？?！!\s]*(?:我)?(?:记得|印象中|印象里)(?:好像|应该|大概)?(?:就)?是(?:这个数|这个数字|这么多)[吧啊呀吗]?`,
  String.raw`[，,\s]*(?:对吧|对不对|对吗|没错吧|没错吗)`,
  String.raw`[，,\s]*(?:准数|准确数字?|确切数字?|实际数字?)(?:是)?(?:多少)?`,
].join('|');
const CONFIRMING = new RegExp(CONFIRMING_SOURCE, 'u');

const CLOSED_BY_BA = /吧(?=[？?。！!\s]*$)/u;
/** "回请假两个字就行了吧": whether something suffices is asked, not a figure put to confirm. */
const SUFFICES = /就(?:行|够|可以|成|完事|得)了?吧/u;

/** "挺厚一本吧", "好大一个": one of a thing, said of how it looks. */
const ONE_DESCRIBED = /(?:挺|好|很|蛮|真|老)\p{Script=Han}{1,2}一(?:本|个|部|册|份|张)[吧啊呀]?[？?。！!\s]*$/u;

/** Measure words a remembered figure is said with. */
const UNIT = '名|人次|人|位|次|场|个|家|项|篇|条|件|期|亩|部|本|册|元|万元|亿元|成';
// ("二十好几", "好几十", "快两百": a figure guessed roughly.)
const NUMBER = String.raw`(?:快|近|将近)?(?:\d+(?:\.\d+)?|好?几[十百千]|[零一二两三四五六七八九十百千]+(?:好几)?)[万亿]?[多余来]?`;

/** A figure with its measure word, with the hedges said before it ("好像是整", "差不多"). */
const FIGURE = new RegExp(String.raw`(?:好像是|好像|记得是|似乎是)?(?:整整|整|大概|大约|差不多|约)?${NUMBER}(${UNIT})`, 'u');

/** "是不是206件", "是否有300件", "有没有七成": the yes-or-no asked of the figure itself. */
const ASKED_OF_FIGURE = new RegExp(String.raw`([，,\s]*)(?:是不是|是否|有没有|够不够|到没到)(?:有|就是|就|到)?(?:好像|大概|大约|差不多|约)?(${NUMBER}(?:${UNIT}))`, 'u');

/** "百分之五十多少", "五十几个点": the tens remembered, the rest asked. */
const PERCENT_HALF_REMEMBERED = /(?:百分之)?[一二三四五六七八九十]+(?:多少|几)(?:个点|个百分点|%)?|\d+%(?:多少|几)/gu;

/** The question with a remembered figure read as asked, or the question as it was. */
export function askingForStatedFigure(text: string): string {
  if (/百分之[一二三四五六七八九十]+(?:多少|几)|[一二三四五六七八九十]+几个(?:百分)?点|\d+%(?:多少|几)/u.test(text)) return text.replace(PERCENT_HALF_REMEMBERED, '多少');
  const asked = ASKED_OF_FIGURE.exec(text);
  // "是两百多篇吧", "报了三百多篇社情民意吧": a figure said in a question closed by 吧 is put to confirm.
  // ("挺厚一本吧": one thing, described, is no figure.)
  const closedByBa = CLOSED_BY_BA.test(text) && FIGURE.test(text) && !SUFFICES.test(text) && !ONE_DESCRIBED.test(text);
  if (!asked && !closedByBa && !CONFIRMING.test(text)) return text;
  // "是我问法不对吗": asking whether something is right, with no figure to put to the bot.
  if (!FIGURE.test(text)) return text;
  let rest = text.replace(new RegExp(CONFIRMING_SOURCE, 'gu'), '').replace(CLOSED_BY_BA, '');
  if (asked) {
    const [whole, comma, figure] = asked;
    const at = rest.indexOf(whole);
    // "跑了100次，是不是100次": the figure said twice is asked once, where it was first said.
    const before = rest.slice(0, at);
    rest = before.includes(figure!) ? `${before}${rest.slice(at + whole.length)}` : `${before}${comma}${figure}${rest.slice(at + whole.length)}`;
  }
  // The figure put to the bot is the last one said: "八届二次会议以来…是319件吧" asks of 319件.
  const figures = [...rest.matchAll(new RegExp(FIGURE.source, 'gu'))];
  const last = figures.at(-1);
  if (!last) return rest;
  return `${rest.slice(0, last.index)}多少${last[1]}${rest.slice(last.index! + last[0].length)}`;
}
