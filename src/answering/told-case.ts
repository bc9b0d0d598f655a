import { ASKS } from './question-words.ts';

/**
 * A member who tells their case and then asks what they may or must do about it ("我们小区又是停车难
 * 又是物业乱收费…，我想一次都写进去报一篇社情民意行不行"). The case is told in the member's own
 * words, which a rule never repeats: it says which provision applies, but the ask says what the
 * member wants to know.
 */

/** The last clause asks whether the member may, what else they should, or how to do something. */
const ASKS_MAY_OR_SHOULD =
  /(?:行不行|可不可以|能不能|可以吗|行吗|能行吗|好使吗|成不成|合适吗|算不算|要不要|需不需要|还(?:需要|要|得|用|能|可以)[^，,。？?！!]{0,8}(?:吗|么|嘛|不)|会不会[^，,。？?！!]{0,12}|要紧不要紧|要不要紧|有没有影响|有影响吗|用得着[^，,。？?！!]{0,10}(?:吗|么|不)|非得[^，,。？?！!]{0,8}(?:吗|么)|正常吗|(?:咋|怎么)回事|(?:还)?来得及(?:吧|吗|么|不)?|能[^，,。？?！!]{1,12}不|(?:可以|行|成)不|(?:能不能|可不可以|能否)[^，,。？?！!]{1,16}|(?:能|可以)[^，,。？?！!]{1,14}(?:吗|么|嘛)|(?:怎么|咋|如何|怎样)[^，,。？?！!\s]{0,6}|以哪个为准|[^，,。？?！!\s]{0,4}为准|听哪个的|信哪个|就(?:完事|行|可以|够)了?(?:吗|么|吧|不)|(?:要|应当|应该|得)(?:写|包含|准备|带|提供|附)[^，,。？?！!]{0,6}(?:哪些|什么|啥)[^，,。？?！!]{0,4})[吗呢啊呀嘛？?。！!～~\s]*$/u;

/** The last clause asks which one or whether there is one ("类别该选哪个", "有没有个期限"). */
const ASKS_WHICH_OR_WHETHER = /[^，,。；;！!？?\s]*(?:选哪|归哪|算哪|属于哪|哪(?:个|一个|类|一类|种)合适|有没有(?:个)?|有无)[^，,。；;！!？?\s]*[吗呢啊呀嘛？?。！!～~\s]*$/u;
/** "啥也没有", "什么都不懂": no question. */
const NOT_ASKING = /(?:啥|什么)(?:也|都)/gu;
const ASKS_ANYTHING = new RegExp(`${ASKS.source}|怎么|咋|如何|呢|表示|意思`, 'u');

/** The clause boundary before the ask. */
const CLAUSE_END = /[，,。；;！!？?\s]/gu;

/** Where a run-on message turns to what the member wants ("…坏我想…"). */
const TURNS_TO_THE_ASK = /(?<=\p{Script=Han})(?=我(?:想|要|能|可以|打算|准备))/gu;

/** Least length of the case told before the ask, for it to be a case and not a lead-in ("请问，"). */
const CASE_LENGTH = 8;

/** Shortest ask that says what it is about: "这样行吗" leans on the clause before it. */
const ASK_LENGTH = 10;

/** Whether the text ends asking what the member may or should do ("…行不行", "…会不会被公开"). */
export function asksMayOrShould(text: string): boolean {
  return ASKS_MAY_OR_SHOULD.test(text.trim());
}

/**
 * The clauses telling the member's case before their ask, or undefined when the question is not a
 * case followed by such an ask.
 */
export function caseToldBeforeTheAsk(question: string): { told: string; ask: string } | undefined {
  const text = question.trim();
  const mayOrShould = ASKS_MAY_OR_SHOULD.test(text);
  if (!mayOrShould && !ASKS_WHICH_OR_WHETHER.test(text)) return undefined;
  // Voice input runs on without a pause: "…电梯也三天两头坏我想一篇全写进去行不行啊" turns to the ask at "我想".
  const ends = [...[...text.matchAll(CLAUSE_END)].map((m) => m.index! + 1), ...[...text.matchAll(TURNS_TO_THE_ASK)].map((m) => m.index!)]
    .filter((at) => at < text.length - 1)
    .sort((a, b) => a - b);
  const start = [...ends].reverse().find((at) => [...text.slice(at)].length >= ASK_LENGTH);
  if (start === undefined || [...text.slice(0, start)].length < CASE_LENGTH) return undefined;
  const told = text.slice(0, start);
  // "…会给我回个啥，办公室多久受理", "…编号是啥意思，后面那个0003代表什么": a case that asks too is a question of its own.
  if (!mayOrShould && ASKS_ANYTHING.test(told.replace(NOT_ASKING, ''))) return undefined;
  return { told, ask: text.slice(start) };
}

/** "还在不在", "提醒我不？": a clause asking by its own words. */
function asksInItself(clause: string): boolean {
  return PLAIN_ASK.test(clause.replace(NOT_ASKING, '')) || /(\p{Script=Han})[不没]\1|不[？?]/u.test(clause);
}

// ("一般写多少字合适" is read as "一般篇幅为宜": the ask is in the word for what is fitting.)
const PLAIN_ASK = new RegExp(`${ASKS_ANYTHING.source}|为宜`, 'u');

/**
 * A story told before a plain ask ("我写了篇村里自来水老停的材料，两千来字，一般写多少字合适"):
 * the story's own words, which no rule says, only tell answers apart.
 */
export function storyBeforeAPlainAsk(question: string): { told: string; ask: string } | undefined {
  const text = question.trim();
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index! + 1).filter((at) => at < text.length - 1);
  // The ask is the run of clauses asking at the end ("…到时候还在不在啊 能给我留几天"); one clause too
  // short to say what it is about leans on the story ("…号码肯定没错啊 这是咋回事").
  let i = ends.length;
  while (i > 0 && asksInItself(text.slice(ends[i - 1]!, ends[i] ?? text.length))) i--;
  if (i === ends.length) return undefined;
  const start = ends[i];
  if (start === undefined || [...text.slice(start)].length < ASK_LENGTH || [...text.slice(0, start)].length < CASE_LENGTH) return undefined;
  const ask = text.slice(start);
  const told = text.slice(0, start);
  if (!PLAIN_ASK.test(ask) || ASKS_ANYTHING.test(told.replace(NOT_ASKING, ''))) return undefined;
  return { told, ask };
}

/** The member's matters listed, then counted: "把停车难、路灯不亮、垃圾清运三个事", "把小区停车跟垃圾分类两个事". */
const MATTERS_LISTED = /(把|将)?[^，,。？?！!把将]{2,40}?(?:、|跟|和|与|还有|以及)[^，,。？?！!]{2,30}?(?:这)?(两|三|四|五|六|几|好几|多)(?:个|件|样)(?:事情|事儿|事|问题|情况)/u;

/**
 * A member's own matters named one by one, then counted, are several matters to the rules: which
 * they are no rule says ("涉及几个问题的，请分篇报送").
 */
export function mattersCounted(text: string, cities: readonly string[]): string {
  // "十堰的读书和协商两件事": a report's matters, which it does name.
  if (cities.some((city) => text.includes(city))) return text;
  // "问了它好几个问题": questions put to the bot are no matters to report.
  if (QUESTIONS_ASKED.test(text)) return text;
  // "停车位不够、学校门口摆地摊、公交站没雨棚，能不能写成一篇": matters listed, then put in one report.
  if (IN_ONE_REPORT.test(text)) {
    const listed = text.replace(MATTERS_IN_A_LIST, '涉及几个问题');
    if (listed !== text) return listed;
  }
  const listedFirst = text.replace(MATTERS_LISTED, (_, lead: string | undefined) => `${lead ?? ''}涉及几个问题`);
  if (listedFirst !== text || !MATTERS_COUNTED.test(text)) return listedFirst;
  // "我手头有三个事想反映，学校门口乱停车、菜市场噪音、小区路灯不亮，能写成一篇吗": counted, then listed.
  const count = MATTERS_COUNTED.exec(text)!;
  const after = text.slice(count.index + count[0].length).replace(/^[啊呀吧，,：:\s]*(?:想反映|要反映|想报|要报)?[，,：:\s]*/u, '');
  return `${text.slice(0, count.index)}涉及几个问题，${after.replace(LIST_AFTER_COUNT, '').replace(/^[，,。\s]+/u, '')}`;
}

const QUESTIONS_ASKED = /问(?:了|过)?(?:它|你|助手)?(?:两|三|四|五|几|好几|多)(?:个|次|回)(?:问题)?/u;

/** Putting things in one report: "写成一篇", "一起报", "合在一篇里" (read as the rules say it: "涉及几个问题，放一篇头写"). */
const IN_ONE_REPORT = /(?:写成|写在|写进|合成|合到|放在|放进|并成|凑成)(?:一篇|一条|一起)|一(?:起|块儿?|并)(?:提交|报送|报|写|反映|交)|一篇(?:里|里头|里面)|一篇(?:都|全)(?:写|放|报)|涉及几个问题[，,\s]?(?:报|写|交|反映|放|搁|合|涉及几个问题)/u;

/** "小区停车难物业还乱收费，想一篇都写上，行不", "…能一起写不？": several of the member's matters put in one report, and whether they may. */
export function asksToReportSeveralInOne(text: string): boolean {
  // ("能不能附几张照片一起报": what goes with a report is no second matter.)
  return IN_ONE_REPORT.test(text) && /行不行|行不|行吗|行么|可以吗|可以么|可以不|可不可以|能不能|能吗|中不中|成不成|好不好|合适吗|要紧吗|要得不|要得吗|得行不|能[^，,。？?！!]{1,6}不[？?]?\s*$/u.test(text) && !/提案|照片|图片|相片|附件|视频|截图|文件/u.test(text);
}

/** Three matters or more set apart by 、 (each a few words): "停车位不够、学校门口摆地摊、公交站没雨棚". */
const MATTERS_IN_A_LIST = /[^，,。？?！!：:、\s]{2,16}(?:、[^，,。？?！!：:、\s]{2,16}){2,}/u;

/** "三个事", "好几件事情": the member's matters counted. */
const MATTERS_COUNTED = /(?:(?:两|三|四|五|六|几|好几|多)(?:个|件|样)|[仨俩])(?:事情|事儿|事|问题|情况)/u;

/** What follows the count: items set apart by 、 or by "一个是…一个是…还有…". */
const LIST_AFTER_COUNT = /^(?:一个是)?[^，,。？?！!、]{2,20}?(?:(?:、|一个是|还有|再就是)[^，,。？?！!、]{2,20}?)+(?=[，,。？?！!]|能|可以|可不可以|行不行|能不能)/u;
