import { asksMayOrShould } from './told-case.ts';

/**
 * What kind of answer a question can take, beyond its wording's shape: a request to compose
 * something is no question for the knowledge base; "提案怎么写" asks the member's own how-to, which
 * only the rules answer (a report's statistic never does); "一共有多少个委员" asks a total.
 */

/** "帮我写一首诗", "给我起草一篇讲话稿": composing, not asking. */
export function asksToCompose(text: string): boolean {
  // "我们党派在写年终总结，想问问……": what the member is busy with, not a request.
  if (/(?<!在|刚|已经)(?:写|作|编|拟|起草|创作|撰写|生成|翻译)(?:一|几|两|个|首|篇|段|份|副|则|下|点)*[^？?。，,]{0,20}(?:诗|词|歌|对联|贺词|讲话稿|发言稿|演讲稿|稿子|作文|小说|文案|口号|祝福语|总结)/u.test(text)) return true;
  // "帮我写一份…的提案": a paper the member must write is asked for, not how to write one ("提案怎么写").
  return /(?:帮|替|给)(?:我|咱)们?(?:写|起草|拟|撰写)(?:一|几|两|个|篇|份|下|点)*[^？?。，,]{0,20}(?:提案|建议|社情民意|信息|报告|材料|文章|方案)/u.test(text) && !/怎么|怎样|如何|咋/u.test(text);
}

/**
 * "能帮我写篇发言稿不", "可以替我起草个讲话稿吗": whether the bot can compose, which the rules on what
 * it does answer; "帮我写首诗" only asks it to.
 */
export function asksWhetherItComposes(text: string): boolean {
  return asksToCompose(text) && /(?:能|可以|会)(?:帮|替|给)[^？?。！!]*?(?:吗|么|不|没)(?=[？?！!。，,\s]|$|\p{Extended_Pictographic})|能不能|可不可以|会不会/u.test(text);
}

/**
 * "你能不能从法律上给我出出主意", "帮我看看合不合法 该咋维权": legal advice asked of the bot, which the
 * rules say it does not give ("我表哥的官司能当社情民意报吗" asks what may be reported instead).
 */
export function asksForLegalAdvice(text: string): boolean {
  return (
    // ("法律上该咋弄": what to do in law.)
    // ("你能不能回答法律方面的问题": legal questions put to the bot, too.)
    /法律(?:上|方面)?的?(?:意见|咨询|主意|建议)|(?:回答|解答|答|咨询|问)[^，,。？?]{0,4}法律(?:上|方面)?的?问题|法律上(?:该|应该|要)?(?:咋|怎么|如何)(?:弄|办|处理|做)|从法律上|合不合法|合法不合法|合法吗|违不违法|违法吗|犯不犯法|(?:咋|怎么|如何|该怎么|该咋)维权|(?:能不能|该不该|怎么|咋)告(?:他|她|他们|对方)?|(?:怎么|咋|如何|该怎么|该咋)打(?:这个|这场)?(?:官司|涉法涉诉)/u.test(text) &&
    // ("该怎么打这个官司", read "…打涉法涉诉": how to go to law is asked of whoever reads it.)
    /你|小助手|助手|机器人|帮我|给我|帮着|帮忙|出出主意|看看|打(?:这个|这场)?(?:官司|涉法涉诉)/u.test(text) &&
    !/社情民意|反映|报上去|报送/u.test(text)
  );
}

/**
 * "想用小助手给我们界别的委员发个学习活动的通知，在哪发", "能不能借你给支部群发个开会通知": a member
 * who would send a notice through the bot, which only the office's staff may.
 */
export function asksToSendANotice(text: string): boolean {
  return (
    /(?:给|向|帮)(?:我们|咱们|俺们|咱|大家|各位)?[^，,。？?！!]{0,12}?(?:委员|成员|人|大家|他们|她们|大伙|支部|界别|党派|小组|专委会)[^，,。？?！!]{0,4}?(?:群发|发|推|下发|发布)(?:个|一个|一条|条|一下)?[^，,。？?！!]{0,8}?通知/u.test(text) &&
    // ("能发不", "我自己能发吗": the verb between 能 and the question; "能用助手发吗": the means too.)
    /(?:怎么|咋|如何|在哪|能不能|能否|可不可以|可以吗|行不行|行吗|能吗|中不中|操作|能\p{Script=Han}?[不吗么]|能(?:用|借|通过)\p{Script=Han}{1,5}?[不吗么]|可以\p{Script=Han}?[吗么])/u.test(text) &&
    !/收到|没收到|收不到/u.test(text)
  );
}

/**
 * "会取消了，我之前请的假还要去销吗", "调研活动取消了，我请过假，这个还要管吗": the member's reply to a
 * meeting called off, which the rule for cancelled meetings answers however the story is told.
 */
export function asksAfterACancelledMeeting(text: string): boolean {
  return (
    // ("周五那个视察取消了", "收到一条前头带【取消】的消息": the notice calling it off.)
    /(?:会|会议|活动|座谈会|协商会|常委会|调研|视察|考察|培训|讲座)[^，,。？?！!]{0,4}(?:取消了?|取消啦|不开了|黄了|停了)|【取消】|取消(?:的)?(?:通知|消息)/u.test(text) &&
    /请过假|请的假|请了假|请假的|回过|回的参加|回了参加|报的名|回执|提醒|销假|还要管|还用管|还作数|还算|有效/u.test(text) &&
    /[吗么不]|要不要|用不用|还用|还要|还得|咋办|怎么办|咋算|怎么算/u.test(text)
  );
}


/**
 * A how-to about what the member does ("提案怎么写", "怎么请假", "回执过了怎么办"), as opposed to how a
 * committee did something ("十堰政协的主题教育是怎么开展的"): no city named and no "是…的".
 */
export function asksMembersHowTo(text: string, citiesNamed: number): boolean {
  if (citiesNamed > 0) return false;
  if (!/怎么|怎样|如何|咋|啥办法|什么办法|哪些步骤|什么流程|什么程序|办理程序/u.test(text)) return false;
  if (/(?:是|都是)(?:怎么|怎样|如何)[^？?。]*的/u.test(text)) return false;
  // "它怎么不回答", "咋没收到提醒": why something does not happen, not how to do it.
  if (/(?:怎么|咋)(?:不|没)/u.test(text)) return false;
  // "你咋晓得我说的是哪个会", "它咋跑私聊去了": what the bot does, not what the member is to do.
  if (BOT_DOES.test(text)) return false;
  // "那个事后来咋解决的": how something went, told as past.
  if (/(?:怎么|怎样|如何)[^？?。，,]*的[吗呢啊呀？?。！!]*$/u.test(text)) return false;
  // A count or a time asked in how-to words ("怎么算") is still a figure question.
  return !/多少|几[^乎]|多久|多长时间|什么时候|哪一?年/u.test(text);
}

/**
 * "我想一篇全写进去行不行", "我能用小助手发通知吗": whether the member may do something, which only
 * the rules say; a report's account of what a committee did never does.
 */
export function asksWhetherMemberMay(text: string, citiesNamed: number): boolean {
  return citiesNamed === 0 && /(?:我|俺|咱)(?:们)?(?:自己)?(?:想|要|能|可以|打算|准备)/u.test(text) && asksMayOrShould(text);
}

/**
 * "意见建议一般写几条合适", "最多写多长": what is usual or allowed, naming no city and no year. Only
 * the rules say that; a report tells what one committee did in one year ("提出19条意见建议").
 */
export function asksTheNorm(text: string, citiesNamed: number, yearsNamed: number): boolean {
  return citiesNamed === 0 && yearsNamed === 0 && /一般|通常|正常情况|合适|为宜|最好|最多|最少|至少|应该|应当|规定|要求/u.test(text);
}

/** The candidates that may answer: for what is usual or allowed ("一年最多能交几件"), the rules' only. */
export function answeringTheNorm<T extends { passage: { doc: { kind: string } } }>(candidates: T[], text: string, citiesNamed: number, yearsNamed: number): T[] {
  return asksTheNorm(text, citiesNamed, yearsNamed) ? candidates.filter((c) => c.passage.doc.kind === 'rule') : candidates;
}

/**
 * "一共有多少个委员", "现在有多少名委员": the total of something, which a sentence counting some of
 * them for an activity ("93名委员交流发言") does not give. Returns the noun counted, or undefined.
 */
export function totalCounted(text: string): string | undefined {
  // "委员一共有多少人": the noun before the count ("交流发言的委员一共多少人" counts those who did something, no headcount).
  const before = /(?<!的)(委员|常委|成员|人员|干部|党员|界别|专委会|单位|会员)(?:一共|总共|共|现在|目前|现有|总)有?多少(?:个|名|位|家|人)?[吗呢啊呀？?。！!]*$/u.exec(text);
  // ("去北戴河培训的委员和机关干部一共多少人": the 的 qualifies both nouns joined by 和.)
  if (before && /的\p{Script=Han}{1,6}[和与及、跟]\p{Script=Han}{0,4}$/u.test(text.slice(0, before.index))) return undefined;
  if (before) return before[1];
  const match = /(?:一共|总共|共|现在|目前|现有|总)有?多少(?:个|名|位|家|人)?([\p{Script=Han}]{2,6}?)[吗呢啊呀？?。！!]*$/u.exec(text);
  if (!match) return undefined;
  // "一共多少名委员" asks the total; "现在多少委员" only with 有.
  if (!/(?:一共|总共|共|现在|目前|现有|总)有|有多少|^(?:一共|总共)/u.test(match[0])) return undefined;
  // Headcounts of a body: members, staff, sectors, units.
  return /(?:委员|常委|成员|人员|干部|党员|界别|专委会|单位|会员)$/u.test(match[1]!) ? match[1] : undefined;
}

/** Whether the sentence states a total of `noun` ("共有委员450名", "现有委员312人", "委员总数"). */
export function statesTotal(sentence: string, noun: string): boolean {
  const figure = '(?:\\d+|[一二两三四五六七八九十百千万]+)[余多]?\\s*(?:个|名|位|家|人)';
  const patterns = [
    new RegExp(`(?:共有|现有|总计|总数|共计|合计|总共|一共)[^，,。；;]{0,6}${figure}[^，,。；;]{0,2}${noun}`, 'u'),
    new RegExp(`${noun}[^，,。；;]{0,4}(?:共有|现有|总数|共计|合计|总共|一共|达到?)[^，,。；;]{0,4}${figure}`, 'u'),
  ];
  return patterns.some((p) => p.test(sentence));
}

/** Words that say "do" without saying what ("进行", "办理"): no action to look for. */
const EMPTY_ACTIONS = new Set(['做', '办', '弄', '搞', '知道', '晓得', '得知', '进行', '开展', '操作', '处理', '办理', '才能', '去', '来', '能', '可以', '样', '要', '该', '应该', '需要', '想', '还想']);

/**
 * What the member asks how to do: the word after "怎么" ("提案怎么写" → 写), the verb closing a
 * 把-clause ("怎么把账号跟名册绑定" → 绑定), or the word before "怎么办" ("想请假怎么办" → 请假).
 */
export function actionAsked(text: string, tokenizer: { words(text: string): string[]; namesAThing(word: string): boolean }): string | undefined {
  const before = /([\p{Script=Han}]{1,8})(?:该|应该|要)?(?:怎么办|咋办|如何是好)/u.exec(text);
  if (before && OTHER_DOER.test(before[1]!)) return undefined;
  if (before) {
    // "我想请假了怎么办": the act is the word before the particle.
    // "类别拿不准归哪一类怎么办": what follows a question word is what the member cannot tell, not the act.
    const asked = before[1]!.search(/哪|什么|啥/u);
    const words = tokenizer.words(asked > 0 ? before[1]!.slice(0, asked) : before[1]!).filter((w) => !PARTICLE.test(w));
    while (words.length > 1 && (EMPTY_ACTIONS.has(words.at(-1)!) || (asked > 0 && [...words.at(-1)!].length === 1))) words.pop();
    const act = verbBeforeObjects(words, tokenizer) ?? words.at(-1);
    // "截止了我又去不成了怎么办" (read 不能参加): what the member cannot do is their case; what to do then is asked.
    const at = act === undefined ? -1 : words.lastIndexOf(act);
    if (at > 0 && CANNOT.test(words[at - 1]!)) return undefined;
    return meaningful(act);
  }
  // A space ends a clause as a comma does: members typing by voice leave out the commas.
  const after = /(?:怎么|怎样|如何|咋)(?:样)?(?:才能|才可以|去|来)?([^，,。？?！!；;\s]{1,16})/u.exec(text);
  if (!after || OTHER_DOER.test(text.slice(0, after.index))) return undefined;
  const words = tokenizer.words(after[1]!);
  if (/^[把将给跟和对]/u.test(after[1]!)) return meaningful(words.at(-1));
  return meaningful(words.find((w) => !EMPTY_ACTIONS.has(w)));
}

/**
 * "在群里问机器人问题": the verb before the things it is done to, when one is said right before
 * them (one character is read as a verb whatever its tag); else none ("想请假": 请假 is the act).
 */
function verbBeforeObjects(words: string[], tokenizer: { namesAThing(word: string): boolean }): string | undefined {
  let i = words.length - 1;
  while (i > 0 && [...words[i]!].length > 1 && tokenizer.namesAThing(words[i]!)) i--;
  const word = words[i]!;
  if (i === words.length - 1 || EMPTY_ACTIONS.has(word) || LOCATIVE.test(word)) return undefined;
  return [...word].length === 1 || !tokenizer.namesAThing(word) ? word : undefined;
}

function meaningful(word: string | undefined): string | undefined {
  return word && !EMPTY_ACTIONS.has(word) && !PARTICLE.test(word) ? word : undefined;
}

const PARTICLE = /^[吗呢吧啊呀了啦的]$/u;

/** "它咋跑私聊去了", "你咋晓得我说的是哪个会", "有漏的它会怎么办": what the bot does is asked, not an act of the member's. */
const DOER = String.raw`(?:你|您|它|他|她|机器人|助手|系统)(?:们)?(?:会|能|又|就|还|到底|是)?`;
const OTHER_DOER = new RegExp(`${DOER}$`, 'u');
const BOT_DOES = new RegExp(`${DOER}(?:怎么|咋)`, 'u');

/** "不能", "没法", "无法": the act after it cannot be done. */
const CANNOT = /^(?:不能|不能够|不可以|没法|没办法|无法)$/u;

/** "群里", "会上": where, not what is done. */
const LOCATIVE = /^[里上中内外下]$/u;

/** "主席是谁", "秘书长叫什么名字", "哪个委员…": a person is asked for. */
export function asksWho(text: string): boolean {
  // "哪个委员捐得最多": which person, whom only a sentence naming one answers.
  return /是谁|哪位|哪(?:个|一个|名)(?:委员|常委|领导|同志|专家|干部|老板|老总|企业家|人(?![民大]))|谁(?:是|牵头|负责|来|在)|(?:主席|书记|主任|秘书长|部长|市长|负责人|领导|组长)(?:是|叫)?(?:什么名字|叫什么|叫啥|姓什么|名字|姓名)/u.test(text);
}

/** "那份工作报告是哪天在全会上作的": when the report was given, which only its byline dates. */
export function asksWhenReported(text: string): boolean {
  return /报告[^？?。，,]{0,6}(?:哪天|哪一天|什么时候|何时|几号|几月几)[^？?。，,]{0,10}(?:作|做|讲|念|宣读)的/u.test(text);
}

/** "工作报告是谁作的", "谁做的报告": the speaker of the report, whom only its byline names. */
export function asksWhoReported(text: string): boolean {
  // ("报告是哪位同志作的", "作工作报告的是哪位领导": who, however politely asked.)
  const who = '(?:谁|哪位(?:同志|领导|主席|副主席)?|哪个(?:领导|同志))';
  return new RegExp(`报告(?:的)?(?:是)?${who}(?:作|做|讲|念|宣读)|${who}(?:作|做|讲|念|宣读)(?:的)?(?:这个|那个)?(?:工作)?报告|作(?:的)?(?:工作)?报告的(?:是)?${who}|报告人`, 'u').test(text);
}

/**
 * "你个人觉得小微协商管不管用": the bot's own judgement is asked, which no report or rule states —
 * a sentence about the activity would pass off the report's words as the bot's opinion.
 */
export function asksBotsOpinion(text: string): boolean {
  if (!/(?:你|您)(?:个人|自己|本人)?(?:觉得|认为|感觉|看来|怎么看|咋看|如何看待|怎么评价|的看法|的评价|的意见)|在(?:你|您)看来/u.test(text)) return false;
  // "你觉得我该怎么写": advice on the member's own how-to, which the rules answer.
  return !/怎么(?!看|评价)|怎样|如何(?!看待)|咋(?!看)|步骤|流程/u.test(text);
}

/**
 * "老委员不会用手机，我能帮他代回个回执请假吗": replying in another member's place, which the rules,
 * written of the member's own reply, do not provide for.
 */
export function asksToReplyForAnother(text: string): boolean {
  return /(?:帮|替|代)(?:他|她|别人|其他委员|老\p{Script=Han})(?:在[^，,。？?]{0,6})?(?:代)?(?:回|回复|请假|报名|回执)/u.test(text) && /[吗么不]|行不行|可不可以|能不能|可以/u.test(text);
}

/** "《政协往事》在哪能领到一本": where to get something, which only a sentence naming a way to it answers. */
const WHERE_TO_GET = /(?:在哪|哪里|哪儿|什么地方|啥地方|去哪)(?:里|儿)?(?:能|可以|才能)?(?:领|买|借|拿|要|找到|看到|下载|订)/u;
const A_WAY_TO_GET = /办公室|窗口|网站|公众号|网上|链接|下载|领取|借阅|购买|订阅|发放|赠阅|私聊|群里|联系/u;

/** Whether the sentence can answer the question, as far as where to get something goes. */
export function answersWhereToGet(question: string, sentence: string): boolean {
  // ("有多少字？哪里能买到": with a figure asked too, the figure is answered and the rest said missing.)
  return !WHERE_TO_GET.test(question) || /多少|几[^乎]|什么时候|谁/u.test(question) || A_WAY_TO_GET.test(sentence);
}

/** Someone with a post: a title, or 他/她. */
const A_PERSON = /书记|主席|市长|主任|部长|秘书长|局长|厅长|县长|区长|同志|他|她/u;
/**
 * "后来调到哪里去了", "现在在哪任职", "现在还在十堰当书记吗", "以前是干啥的": where a person went, is now or
 * was before.
 */
const CAREER = /(?:调|升|提拔|调动)(?:到|去|往|任|了)?(?:了)?(?:哪|什么(?:地方|单位|岗位|职务))|(?:后来|现在|如今|目前)(?:去了?|在|到了?)哪(?:里|儿)?(?:工作|上班|任职|高就|了)?|(?:现在|如今|目前)(?:还)?(?:在|是)[^，,。？?]{0,8}(?:吗|不|没)|(?:以前|之前|原来|过去)(?:是)?(?:干|做)(?:啥|什么)的|履历|简历|哪年出生|多大(?:年纪|岁数)/u;
/** A passage telling a career: 调任, 升任, 任命, 曾任. */
export const TELLS_A_CAREER = /调任|调往|调到|升任|任命|提拔|另有任用|曾任|历任|出生/u;

/**
 * "十堰原来那个黄剑雄书记 后来调到哪里去了", "常熟政协主席沈晓东以前是干啥的": a person's career, which a work
 * report tells only when it says so; a sentence naming the person is no answer.
 */
export function asksAPersonsCareer(text: string): boolean {
  return A_PERSON.test(text) && CAREER.test(text);
}

/** "这个月市政协常委会开了没有 会上说了啥": what happened lately, which no report of a past year holds. */
export function asksWhatHappenedLately(text: string): boolean {
  return /(?:这个月|本月|最近|近期|这周|本周|这几天|昨天|今天|前几天)[^，,。？?]{0,12}(?:开了没|开没开|开过没|召开了没|说了啥|讲了啥|说了什么|讲了什么|定了啥)/u.test(text);
}
