/**
 * "下基层好像是整100次，我是不是记岔了", "请示报告39次，是这个数吧？": the member states the figure
 * they remember and asks whether it is right. The figure is what is asked, not a word the answer
 * must hold: it is read as "多少次", and the words asking for confirmation are dropped.
 */

/** Phrases asking whether the figure said is right, or for the exact one. */
const CONFIRMING_SOURCE = String.raw`[，,\s]*(?:我)?(?:是不是|是否)?(?:记岔了|记错了|记混了|搞错了|记岔|记错)[吗吧呢]?|[，,\s]*(?:我)?没记错(?:吧|吗|的话)?|[，,\s]*(?:是|对)?(?:这个数|这个数字|这么多)(?:吧|吗|不|没错吧|对吧)|[，,\s]*(?:对吧|对不对|对吗|没错吧|没错吗)|[，,\s]*(?:准数|准确数字?|确切数字?|实际数字?)(?:是)?(?:多少)?`;
const CONFIRMING = new RegExp(CONFIRMING_SOURCE, 'u');

/** A figure with its measure word, with the hedges said before it ("好像是整", "差不多"). */
const FIGURE = /(?:好像是|好像|记得是|似乎是)?(?:整整|整|大概|大约|差不多|约)?(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)[万亿]?(名|人次|人|位|次|场|个|家|项|篇|条|件|期|亩|部|本|册|元|万元|亿元)/u;

/** The question with a remembered figure read as asked, or the question as it was. */
export function askingForStatedFigure(text: string): string {
  if (!CONFIRMING.test(text)) return text;
  const rest = text.replace(new RegExp(CONFIRMING_SOURCE, 'gu'), '');
  return rest.replace(FIGURE, (_, unit: string) => `多少${unit}`);
}
