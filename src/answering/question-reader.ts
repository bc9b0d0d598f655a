import { chinaWallClock } from '../china-time.ts';
import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { fromTheAskingSentence, withoutAskersOwnContext, withoutRemarkAfterTheQuestion } from './asker-context.ts';
import { withoutMembersScene } from './members-scene.ts';
import { mattersCounted } from './told-case.ts';
import { comparedAsEachFigure } from './compared-figures.ts';
import { chineseValue } from './number-guard.ts';
import { askingForStatedFigure } from './stated-figure.ts';
import { cityTakenBack, questionTakenBack, saidAgainRight } from './said-again-right.ts';
import { ASKS_HOW_MANY } from './question-words.ts';
import { withoutAnswerFormAsked } from './answer-form-asked.ts';
import { withoutWhereItWasHeard } from './heard-elsewhere.ts';
import { withTermsDescribedNamed } from './described-terms.ts';

/**
 * A question as a member types it, made readable for retrieval: normalized like the documents,
 * address and filler dropped, colloquial phrases in the reports' words, what the member says of
 * themselves left out (asker-context.ts, members-scene.ts with the cities known), and years as people say
 * them ("24年", "去年", "前年") written out against the day the question is asked, so
 * "十堰24年的提案" is read as "十堰2024年的提案" and checked against the reports' years.
 */
export function readQuestion(raw: string, tokenizer: Pick<Tokenizer, 'rephrase'>, asked: Date, cities: readonly string[] = []): string {
  const year = chinaWallClock(asked).getUTCFullYear();
  // A remembered figure is read before filler is dropped: "好像是这个数" loses its 这个 to colloquial.txt.
  const stated = askingForStatedFigure(howManySaid(shareAsked(percentsInDigits(cityInBrackets(withoutQuestionTail(withoutOwnLately(cityTakenBack(questionTakenBack(saidAgainRight(inTheEnd(statusQuestioned(bindingAsTheRulesSayIt(deadlineSeenLate(roughCounts(howManyInDialect(contrastSaidAgain(besidesWhatIsKnown(withoutAnswerFormAsked(bothSaidAsOne(withoutWhereItWasHeard(withTermsDescribedNamed(withEmojiAsPauses(normalizeQuery(raw)))))))))))))))), cities))), cities)))));
  // A comparison is read before colloquial.txt drops "比一下", the word that says it is one.
  const rephrased = withoutAskersOwnContext(tokenizer.rephrase(comparedAsEachFigure(sessionReportsByWorkYear(withoutSessionNamed(yearOfTheReportMeant(mattersCounted(withoutMembersScene(withoutRemarkAfterTheQuestion(fromTheAskingSentence(stated, cities)), cities), cities))), year)))).replace(/^[\s，,。.、:：;；!！~～]+/u, '');
  return spellOutYears(rephrased, year);
}

/**
 * "…评了几个标兵👍", "…立了多少件[强]": emoji and WeChat sticker codes are tone, a pause between words
 * at most; glued to the last word they would be read as part of it.
 */
const EMOJI_OR_STICKER = /(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]|\[[\u4e00-\u9fffA-Za-z]{1,4}\])+/gu;

function withEmojiAsPauses(text: string): string {
  return text.replace(EMOJI_OR_STICKER, '，').replace(/[，\s]+$/u, '').replace(/^[，\s]+/u, '');
}

/**
 * "…一共收到社情民意多少篇 不是报送的 是收到的": the member says again which of two things is meant,
 * naming one the question already asks; the other must not be looked for.
 */
function contrastSaidAgain(text: string): string {
  const notThen = /[，,\s]*不是([^，,。？?！!\s]{1,8}?)的?[，,\s]*(?:而)?是([^，,。？?！!\s]{1,8}?)的?[。？?！!]*$/u.exec(text);
  // ("…收到社情民意信息多少篇？收到的，不是报送的", "是收到的总数，不是报送的": the one meant said first.)
  const thenNot = /[，,。？?！!\s]*(?:是)?([^，,。？?！!\s]{1,8}?)的(?:总数|那个数|数)?[，,\s]*(?:而)?不是([^，,。？?！!\s]{1,8}?)的?[。？?！!]*$/u.exec(text);
  const m = notThen ? { at: notThen.index, ruledOut: notThen[1]!, meant: notThen[2]! } : thenNot ? { at: thenNot.index, ruledOut: thenNot[2]!, meant: thenNot[1]! } : undefined;
  return m && text.slice(0, m.at).includes(m.meant) && !text.slice(0, m.at).includes(m.ruledOut) ? text.slice(0, m.at) : text;
}

/** "市县政协连委员带企业一共捐了多少": 连…带… says both together, as 和 does. */
function bothSaidAsOne(text: string): string {
  return text.replace(/连(\p{Script=Han}{1,4}?)带(\p{Script=Han}{1,4})/gu, '$1和$2');
}

/**
 * "回执提醒除了截止前那一次，开会当天还会再提醒吗", "光谷我知道，不是那个": what the member already knows,
 * set aside, is no part of what is asked beyond it.
 */
function besidesWhatIsKnown(text: string): string {
  return text
    // ("…要建设一个什么“谷”，叫啥来着，光谷我知道，不是那个": the one it is not, ruled out as a remark.)
    .replace(/[，,\s]*[^，,。？?！!\s]{1,8}我(?:知道|晓得|清楚)(?:的)?[，,\s]*不是(?:那个|这个|它)[。！!]*$/u, '')
    .replace(/除了[^，,。？?！!\s]{2,12}?(?:那一次|那次|那一回|那回|那个|以外|之外)?[，,\s]+(?=[^，,。？?！!]*(?:还|也|再))/u, '，');
}

/**
 * "到底是好多次哦" (湖北), "到底多老少回啊", "提前好长时间": how many or how long, asked in the member's dialect. 好多 before a
 * measure word says many unless 到底/一共 asks it and its clause ends there.
 */
function howManyInDialect(text: string): string {
  return text
    .replace(/多老少/gu, '多少')
    // ("回执提醒一般提前好长时间发啊", "受理要好久"): 好 before a length of time asks it after 提前/要/得.
    .replace(/(?<=(?:提前|需要|要|得)(?:个)?)好(?=长时间|久)/gu, '多')
    .replace(/(?<=(?:到底|究竟|一共|总共)(?:是|有)?)好多(?=[家个位名篇件次条项场期趟回遍人][哦啊呀呢吧嘛撒]?(?:[\s，。,！!？?]|$))/gu, '多少')
    // ("种植面积突破好多亩了撒": a figure reached, asked at the close with 了撒.)
    .replace(/(?<=(?:突破|达到|超过|到了))好多(?=[亩家个位名篇件次条项场期人万亿元吨]了?[哦啊呀呢吧嘛撒]?(?:[\s，。,！!？?]|$))/gu, '多少')
    // ("撰写社情民意信息搞了好多篇撒 晓得不" (湖北): 撒 closing the count asks it.)
    .replace(/(?<=了)好多(?=[家个位名篇件次条项场期趟回遍人]撒[\s，,]*(?:晓得不|知道不|晓不晓得|知不知道|[？?]|$))/gu, '多少')
    // ("一共写了好多篇社情民意哦？": what is counted may follow, when a question mark closes it.)
    .replace(/(?<=(?:到底|究竟|一共|总共)\p{Script=Han}{1,2}了)好多(?=[家个位名篇件次条项场期趟回遍人]\p{Script=Han}{0,6}?[哦啊呀呢吧嘛撒]?[？?])/gu, '多少');
}

/**
 * "委员跑了二十几家企业", "几十个委员", "好多家企业": a count the member gives roughly, which asks nothing and is
 * no figure to hold an answer to, said as "一些".
 */
export function roughCounts(text: string): string {
  // ("许昌好像是四十几篇": a figure recalled for checking stays what it is.)
  // ("调研了好多家重点企业 跑了多少家": 好多 before a measure word is many, unless it ends the question as 多少.)
  // ("下基层跑了好多趟，到底是多少次": ending its clause, the measure word goes with it; 东北 老鼻子 is many.)
  const rough = text.replace(/(?:[一二两三四五六七八九]?十几|几十|[一二两三四五六七八九]百几十?|几百|(?:好多|好些|好几|很多)(?=[家个位名篇件次条项场期部台]\p{Script=Han}))(?=\p{Script=Han})|(?:好多|好些|好几|很多)[家个篇件次条项场期趟回遍](?=[哦啊呀呢吧嘛哈咯撒]?(?:[\s，。,！!？?、]|$))|老鼻子[家个篇件次条项场期趟回遍]?(?=[了哦啊呀呢吧嘛哈咯撒]*(?:[\s，。,！!？?、]|$))/gu, (said, at: number) =>
    // ("…多少篇 好几十篇吧": a count guessed, closing the message with 吧, is put to check, and read so.)
    /(?:是|好像|大概|大约|约|差不多|估计|记得|应该)$/u.test(text.slice(Math.max(0, at - 4), at)) || /^\p{Script=Han}?了?吧[？?。！!\s]*$/u.test(text.slice(at + said.length)) ? said : '一些',
  );
  // ("全国政协采用了好几十篇吧": a rough count guessed is what is asked, unless another count, or
  // something else, is: "好几家药房卖过期药…归哪一类".)
  return /多少|几[^乎]|哪|什么|啥|怎么|咋|如何|谁/u.test(rough) ? rough : text;
}

/**
 * "最后形成了几篇调研报告", "最终落户哪个县": how a story ends is told, not asked (the reports never say
 * 最后); "最后一步", "拖到最后", "最后算哪个" keep it.
 */
export function inTheEnd(text: string): string {
  return text.replace(/(?<![到在])(?:最后|最终)(?!一[个步条项次天位名句页段篇件轮批道块点场届]|[算按以为几的])/gu, '');
}

/**
 * "回执截止是前天中午，我刚刚才看到": a deadline named, then only seen since, is past (colloquial.txt
 * drops "才看到", the words that say so), unless it is still ahead ("截止是明天，我今天才看到").
 */
export function deadlineSeenLate(text: string): string {
  // ("回执截止是昨儿下午五点 我给整忘了": a deadline on a day gone by is past, however it was missed.)
  const past = /截止(?:时间|日期)?(?:是|在|到)?(?:昨天|昨儿|昨日|前天|前儿|上周|上礼拜|上星期)/u.test(text) && /忘|没顾上|没看到|没注意|错过|耽误/u.test(text);
  if ((!past && !/截止[^。！？?]{0,24}(?:才|刚)(?:看到|知道|发现|翻到|看见|收到|注意到|想起|记起)/u.test(text)) || /截止(?:时间|日期)?(?:是|在)?(?:明天|后天|今晚|还没|还有|之前|以前|前(?![天年]))/u.test(text)) return text;
  return text.replace(/(?:回执)?截止(?:时间|日期)?/u, '回执截止时间已经过了，$&');
}

/**
 * "我那条状态变成已编报了 这算领导看到了没": what a status the member was shown amounts to is what
 * it means, which the rules' item for it says.
 */
export function statusQuestioned(text: string): string {
  const status = /(?:状态|显示|变成|变为|成了|改成|写着)[^，,。？?！!\s]{0,4}?[“"「]?(已(?:提交|受理|编报|采用|转有关部门|办结))/u.exec(text)?.[1];
  const after = status ? text.slice(text.indexOf(status)) : '';
  // ("…还是已提交 这算不算逾期了 规定是几天内要受理的": how long it may take, asked after it, is the ask.)
  if (!status || !/这(?:就)?(?:算|是不是|意味着|说明|代表)|算不算|到底算|算是|啥情况|什么情况|么情况/u.test(after) || /几天|多少天|多久|多长时间|几个工作日|多少个工作日/u.test(after)) return text;
  return `${status}是什么意思`;
}

/** "绑定 王秀兰 3861", "邦定 刘建平 3721": the binding command with the member's own name and digits. */
const BINDING_TYPED = /[绑邦帮]定[\s，,]*\p{Script=Han}{2,4}[\s，,]*\d{4}(?!\d)/gu;

/** The member quoting what they typed to bind asks about the command the rules give ("绑定 姓名 手机号后四位"), not about their name. */
export function bindingAsTheRulesSayIt(text: string): string {
  return text.replace(BINDING_TYPED, '绑定 手机号后四位');
}

/** "我们小区最近事儿扎堆": lately, in the member's own story, is no report's year (我们市政协 though is the committee). */
const OWN_LATELY = /((?:我们|我家|俺们|咱们|俺家|咱家)(?!市?政协|区政协|县政协)[^，,。？?！!\s]{0,6}?)(?:最近|近来|这阵子|这段时间)/gu;

/** "本人手机号码近期已变更", "我最近刚换了微信": lately, before a change of the member's own, is no report's year either. */
const LATELY_CHANGED = /(?:最近|近期|近来|这阵子)(?=(?:刚|才|已|已经|刚刚)?(?:换|变更|更换|改了|改成|搬|调到|调动|退休|住院|出院|注册|下载|装了|绑|停用))/gu;

export function withoutOwnLately(text: string): string {
  return text.replace(OWN_LATELY, '$1').replace(LATELY_CHANGED, '');
}

/**
 * "要写多少字不", "能署名没": a question closed by 不 / 没 (西南、湖北) asks the same as without it;
 * "写在一篇里向伐" (吴语) closed by 伐 is one closed by 吗; urging after it adds nothing.
 */
export function withoutQuestionTail(raw: string): string {
  // "去哪补办啊 急急急", "在线等", "…立了多少件 急用谢谢": urging after the question is tone, no urgent matter (one told first is: "急急急 坝子在渗水").
  // ("…是不是头一回开了个专家协商会 真的假的😮": a doubt after it is tone too.)
  const urged = raw.replace(/(?<=[啊呀吗呢哦？?！!\s\p{Script=Han}])[\s，,。！!]*(?:急急急*|急用|急需|急着用|等着用|在线等|挺急的|有点急|十万火急|真的假的|是真的吗)(?:[\s，,]*(?:谢谢|多谢|感谢|辛苦了?)(?:您|你)?)?[！!。~～？?\p{Extended_Pictographic}\uFE0F]*$/u, '');
  const text = urged.replace(/(?<=\p{Script=Han})(?<![采步砍征讨北])伐(?=[？?。！!\s]*$)/u, '吗');
  // Only beside a question word: "算数不", "报上名了没" ask yes or no, and read better as they are.
  return /多少|几|什么|啥|哪|好多字/u.test(text) ? text.replace(/(?<=\p{Script=Han}{3})(?<![有要是])[不没][？?]*$/u, '') : text;
}

/** "我看的是24年的报告": the member says which year's report they read. */
const REPORT_MEANT = /(?:看的|说的|指的|问的|查的|读的|参考的|手上的|手里的)(?:是|就是)\s*(?:(?:19|20)?\d{2}|[一二][〇零○一二三四五六七八九]{1,3})年(?:的|那份|那个|那本)*[^，,。？?；;！!\s]{0,8}?报告/u;
const RELATIVE_YEAR_WORD = /大前年|上上年|前年|去年|上一年|今年/gu;

/**
 * "去年推了多少篇 …我看的是24年的报告": the member reads a year's report and says "去年" of it,
 * meaning the year it tells of. The report named wins; a year said relative to today is dropped.
 */
export function yearOfTheReportMeant(text: string): string {
  const meant = REPORT_MEANT.exec(text);
  if (!meant) return text;
  const before = text.slice(0, meant.index).replace(RELATIVE_YEAR_WORD, '');
  const after = text.slice(meant.index + meant[0].length).replace(RELATIVE_YEAR_WORD, '');
  return `${before}${meant[0]}${after}`;
}

/**
 * "常熟十五届四次会议的报告 提案立案几件", "廊坊八届四次会议上李波作的那个报告，全年…多少次": the session
 * and who gave it only say which report; a count asked of it is asked of the city's report.
 */
const SESSION_NAMED = /(?:在)?(?:政协)?(?:第)?[一二三四五六七八九十]{1,3}届(?:委员会)?(?:第)?[一二三四五六七八九十]{1,2}次(?:全体)?(?:会议|全会|大会)(?:上)?(?:\p{Script=Han}{2,3}(?:作|做|讲)的)?(?:那个|那份|的)?(?:常委会)?(?:工作)?报告(?:里头|里面|里|中|上)?[，,\s]*/u;

export function withoutSessionNamed(text: string): string {
  const rest = text.replace(SESSION_NAMED, '');
  return rest !== text && ASKS_HOW_MANY.test(rest) && (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 ? rest : text;
}

/** A year, then the session and the report given at it, within one clause or the next. */
// ("24年1月廊坊开两会，常委会报告里…": the report may follow the session after a pause.)
const SESSION_REPORT = /(大前年|上上年|前年|去年|上一年|今年|(?<!\d)(?:(?:19|20)\d{2}|\d{2})年)([^，,。？?；;！!]{0,8}?(两会|全会|全体会议|大会|开会)(?:上|时|的时候)?[，,]?[^，,。？?；;！!]{0,10}?报告)/gu;

/**
 * "前年两会上那个常委会报告": the report given at a year's session tells of the year before, which
 * is the year the knowledge base files it under.
 */
export function sessionReportsByWorkYear(text: string, currentYear: number): string {
  return text.replace(SESSION_REPORT, (match, said: string, rest: string, meeting: string) => {
    // A plain "开会" is the year's session only at its start ("24年初开会那个报告"); "去年开会时说的" may be any meeting.
    if (meeting === '开会' && !rest.startsWith('初')) return match;
    const year = yearsNamed(spellOutYears(said, currentYear))[0];
    // "初" went with the session's year, not the work year the report tells of.
    return year === undefined ? match : `${year - 1}年${meeting === '开会' ? rest.slice(1) : rest}`;
  });
}

/** Said relative to the year of asking; longest first, so "大前年" is not read as "前年". */
const RELATIVE_YEARS: Array<[string, number]> = [
  ['大前年', -3],
  ['上上年', -2],
  ['前年', -2],
  ['去年', -1],
  ['上一年', -1],
  ['今年', 0],
  ['明年', 1],
];
const RELATIVE = new RegExp(RELATIVE_YEARS.map(([word]) => word).join('|'), 'gu');

// ("今年陆陆续续报了好几篇", "我是今年新增补的委员": what the member did that year, a few words on.)
const OWN_PAPERS_OF_A_YEAR =
  /(?<=^|[，,。\s]|我|俺|咱|自己|我是|我係|我系)(?:今年|去年|前年)(?=(?:陆陆续续|陆续|断断续续|零零碎碎|先后|一共|总共|已经|刚刚?|才|也|又|都){0,2}(?:报|交|提交|写|递|反映)(?:的|了|过|上去)|(?:新)?(?:增补|增補|当选|当上)的?)/gu;
// ("我是郧西的老委员今年七十多了": the member's age, not a year asked about.)
const OWN_AGE = /今年(?=(?:都|已经|也)?(?:[一二三四五六七八九]十[一二三四五六七八九]?|[1-9]\d)(?:多|几)?(?:岁|了))/gu;
const OWN_PLAN_NEXT_YEAR = /((?:我|我们|俺|俺们|咱|咱们)[^，,。？?！!\s]{0,6}?(?:准备|打算|想|计划|要|争取))明年/gu;

/** Words before "N年" that make it a span or an age ("近10年", "成立70年"), not a year. */
const NOT_A_YEAR_BEFORE = /(?:近|这|那|满|第|前|后|多|过去|每|了|过|成立|建立|历时|用了|花了|持续|长达|连续|任期|为期)$/u;
/** Words after "N年" that make it a span ("10年来", "3年间"). */
const NOT_A_YEAR_AFTER = /^(?:来|以来|间|代|多|左右|以上|以内|之内|内|里|前|后|半|整|级|期间|的时间)/u;

const CHINESE_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Writes every year the question says as four digits followed by 年. */
export function spellOutYears(text: string, currentYear: number): string {
  // "我们党派准备明年多报几件": the member's own plan for next year asks nothing of a year.
  // "是我今年报的第41篇吗", "去年报的几篇都记不清了": when the member sent their own papers is no report's year.
  let out = text.replace(OWN_PLAN_NEXT_YEAR, '$1').replace(OWN_PAPERS_OF_A_YEAR, '').replace(OWN_AGE, '');
  // "2024年的党组会议比再前一年多开了几次": the year before the one named, not before this one.
  // (Only after a year named: "十堰提案比上一年多了多少" keeps 上一年 as the year before this one.)
  out = out.replace(/((?:(?:19|20)?\d{2}|[一二][〇零○一二三四五六七八九]{1,3}|大前|前|去|今|上上)年[^，,。？?！!]{0,16}?比)(?:再|更)?(?:前一年|上一年|上年|头一年)/gu, '$1前一年');
  out = out.replace(RELATIVE, (word) => `${currentYear + RELATIVE_YEARS.find(([w]) => w === word)![1]}年`);
  // 二〇二四年 / 二零二四年
  out = out.replace(/([一二][〇零○][一二三四五六七八九〇零○]{2})年/gu, (_, digits: string) => `${chineseDigits(digits)}年`);
  // "24年", "二四年": two digits, read in this century when not a span.
  out = out.replace(/(?<![\d〇零○一二三四五六七八九十两])(\d{2}|[一二][〇零○一二三四五六七八九])年/gu, (match, digits: string, at: number, whole: string) => {
    const value = /\d/.test(digits) ? Number(digits) : chineseDigits(digits);
    const year = 2000 + value;
    if (year > currentYear + 5 || year < 2000) return match;
    if (NOT_A_YEAR_BEFORE.test(whole.slice(0, at)) || NOT_A_YEAR_AFTER.test(whole.slice(at + match.length))) return match;
    return `${year}年`;
  });
  return out.replace(/((?:19|20)\d{2})年([^，,。？?！!]{0,16}?比)前一年/gu, (_, year: string, between: string) => `${year}年${between}${Number(year) - 1}年`);
}

function chineseDigits(digits: string): number {
  return Number([...digits].map((c) => CHINESE_DIGIT[c] ?? 0).join(''));
}

/** The years a question names, four digits each, in order of mention. */
export function yearsNamed(text: string): number[] {
  return [...new Set([...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])))];
}

/** "要写好多字啊": "好多" closing the message (or the ask) before a short word asks how many, as "多少" does. */
// ("…有好多件 我要在界别会上讲一下": or before what the member goes on to say of themselves.)
const HOW_MANY = /好多(?=\p{Script=Han}{1,2}[啊呀吗呢嘛？?。！!]*(?:$|[\s，,]+(?:我|俺|咱)))/u;

export function howManySaid(text: string): string {
  return /多少|几/u.test(text) ? text : text.replace(HOW_MANY, '多少');
}

/** "双月专题协商（廊坊）+主席专题协商活动（常熟）": the city in brackets is the one the thing before it is of. */
export function cityInBrackets(text: string, cities: readonly string[]): string {
  if (cities.length === 0) return text;
  const bracketed = new RegExp(`([^，,。？?！!（(+＋、和跟与]{2,24})[（(](${cities.join('|')})[）)]`, 'gu');
  return text.replace(bracketed, '$2的$1');
}

/** "占比是百分之多少": a share asked, as "多大比例" asks it. */
export function shareAsked(text: string): string {
  return text.replace(/百分之(?:多少|几)/gu, '多大比例');
}

/** "百分之五十七点三": a percentage said in words, whose digits no word of it would match. */
const SPOKEN_PERCENT = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/gu;

/** "百分之五十七左右" → "57%左右", as the reports write it ("占比57.37%"). */
export function percentsInDigits(text: string): string {
  return text.replace(SPOKEN_PERCENT, (_, whole: string, fraction?: string) =>
    `${chineseValue(whole)}${fraction ? `.${[...fraction].map(chineseValue).join('')}` : ''}%`);
}
