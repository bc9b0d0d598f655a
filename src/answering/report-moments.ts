/**
 * Moments a member asks the rules from about a report of their own, each answered by one provision
 * however it is told: its length, its number in another year, why it was not taken, who took it.
 */

/** The member's own report, however named. */
const A_REPORT = /社情民意|舍情民意|设情民意|这篇|那篇|一篇|稿子|材料/u;

/**
 * "写社情民意是不是越长越好 我这篇写了快两千字了 要不要再删删", "三百来字会不会太短": how long a
 * report should be, which the provision on its length answers.
 */
export function asksAboutTheLength(text: string): boolean {
  return (
    A_REPORT.test(text) &&
    // ("写好一篇了 一千来字 直接粘贴行不行": the words counted only say what the report is.)
    // (colloquial.txt reads "写多少字", "写太长" as 篇幅.)
    /越长越好|越短越好|太长|太短|长了|短了|写多长|多长|多少字|篇幅|字数(?:有)?(?:要求|限制|规定)|删删|删减|删一删|压缩|精简|够不够/u.test(text) &&
    /[吗么不]|是不是|要不要|合适|为宜|行不行|可以|够不够|多少|多长/u.test(text) &&
    // ("标题最多多少字": a title's length is another matter.)
    !/标题|题目/u.test(text)
  );
}

/** The numbering said: "编号", "SQMY-2026-0041", "序号". */
const NUMBERED = /SQMY|编号|序号|这个号/iu;

/**
 * "编号是SQMY-2026-0041，明年一月再交一篇，是接着往下排成0042吗": the number in another year, which
 * the provision on numbering answers (from 0001 each year) before any year is checked.
 */
export function asksWhetherNumbersRunOn(text: string): boolean {
  return NUMBERED.test(text) && /接着|往下排|连着|续着|顺延|重新排|从头|从\s*0*1|归零|新的一年|明年|跨年|\d{4}年[一二三四五六七八九十\d]+月/u.test(text) && /[吗么不]|是不是|还是|怎么|咋/u.test(text);
}

/**
 * "今天一看状态成了不予采用…会不会跟我说说到底为啥不用": why a report was not taken, which the
 * provision on that status answers.
 */
export function asksWhyNotTaken(text: string): boolean {
  return /不予采用|没(?:被)?采用|不采用/u.test(text) && /为啥|为什么|为何|理由|原因|咋回事|怎么回事|说法/u.test(text);
}

/** "状态改成“已采用”了😄 这个采用是被谁采用了": who took a report, which the status's own line answers. */
export function asksWhoTookIt(text: string): boolean {
  return /已采用|采用了/u.test(text) && /被谁|谁(?:给|把)?采用|哪(?:个|些)?(?:单位|部门|里|儿)(?:采用|用)|谁用/u.test(text) && !/不予采用|没(?:被)?采用/u.test(text);
}

/** A danger told: "挺危险" and "快塌了" are read as 安全隐患 before this. */
export const URGENT = /安全隐患|隐患|险情|突发|紧急|急事|危险|塌了|断了|漏气|漏水|着火|起火|出事/u;
/** What else the member must do now a report is in. */
export const WHAT_ELSE = /还(?:需要|要|用|得)(?:我)?(?:再)?(?:做|干|弄|办|操作)|然后呢|接下来(?:咋|怎么|干|做)/u;

/**
 * "村口河堤护坡塌了一截 这两天还要下大雨 我刚在你这报了 还要干点啥不": what else an urgent report
 * needs once it is in, which the provision on urgent matters answers.
 */
export function asksWhatElseAnUrgentReportNeeds(text: string): boolean {
  return (
    URGENT.test(text) &&
    /(?:报|提交|交|发|报送)(?:了|过|上去|以后|之后|完)/u.test(text) &&
    WHAT_ELSE.test(text)
  );
}
