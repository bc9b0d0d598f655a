import { ASKS as ASKS_SOMETHING } from './question-words.ts';

/**
 * What a member says around a question about a city's report: who they are, what they are
 * preparing, what they remember, what they want done ("我是刚增补进来的委员，…我想心里有个数，
 * 一年下来…几回？", "…一共下了多少趟我记得好像是一百多次你帮我查一下"). The report says none of it,
 * so it must not count as what the question is about. Only for a question naming a city: a
 * member's own story is the very case their how-to asks about (told-case.ts).
 */

/** Words asking something: a clause holding one is (part of) the question. */
const ASKS = new RegExp(`${ASKS_SOMETHING.source}|吧[？?]|呢[？?]`, 'u');

/** A clause the member speaks in: "我…", "我们界别下个月…", "下周小组要交流心得", "你帮我查一下…", "对…还摸不太清". */
const MEMBERS_OWN = /^(?:(?:昨天|今天|明天|后天|上周|下周|下礼拜|上个月|下个月|月底|年底|过几天)[^，,。]{0,12}?(?:要|准备|打算|得)(?![^，,。]*(?:政协|委员会))|(?:不好意思|打扰了|打扰一下)?(?:昨天|前天|今天|上周|下周|上个月|下个月|最近|这两年|刚才|回头)?(?:我|我们|本人|咱|咱们|俺|俺们)(?!们?(?:市|县|区)政协)|你(?!们)|麻烦你|(?:(?:对|关于)[^，,]{0,12}|好多东西|很多东西|好些事)(?:还|都|也)?(?:摸不(?:太|大)?清|不(?:太|大)?(?:了解|熟悉|懂|清楚)))/u;

/** A run-on voice message: the member starts anew after the count they ask ("…多少趟我记得…", "…多少场协商啊我…", "…几部电梯😄我们…"). */
const RESTART_AFTER_ASK = /((?:多少|几)\p{Script=Han}{0,4}?[啊呀呢吧哈啦\p{Extended_Pictographic}\uFE0F]*)(?=(?:我|你(?!们)|麻烦你)\p{Script=Han})/gu;

/**
 * A clause with no subject of its own right after one of the member's goes on about the member
 * ("我是常熟民进的委员，这两年一直在写社情民意，下礼拜要跟支部的同志交流"): a time, then an adverb or
 * a wish, no one named.
 */
// ("…的委员 头一回写社情民意 心里没底 想先看看…": a first time, and how the member feels about it.)
const GOES_ON = /^(?:这两年|这几年|这些年|最近|近来|平时|下礼拜|下周|下个月|上个月|明天|后天|过几天|月底|年底)?(?:一直|也|还|都|就|先|再|正在|在|要|想|得|准备|打算|马上|正|又|经常|常常|头一回|头一次|第一次|首次|初次)+|^(?:心里)?(?:没底|没数|不踏实|犯嘀咕|有点慌)/u;

/**
 * What the member remembers of the subject ("我记得后来老旧小区加了不少电梯") or which year they mean
 * ("我看的是24年的报告") is part of the question; a figure they half remember is not.
 */
const SAYS_OF_THE_SUBJECT = /(?:记得|印象中|印象里|听说)(?!(?:好像|大概|应该)?是?[\d零〇一二两三四五六七八九十百千万]+)|(?:\d{2}|\d{4}|[去前今])年/u;

/** A name the member half remembers, "什么" standing for the part they forget ("我记得是什么行政中心"). */
const HALF_REMEMBERED_NAME = /^(?:我)?(?:记得|印象中|印象里|好像)(?:好像|大概)?(?:是|叫)(?:个|一个)?(?:什么|啥)\p{Script=Han}{2,}[吧啊呀来着]*[？?。！!]?$/u;

/** Least characters, cities aside, of a question that says what it asks about. */
const SAYS_WHAT = 8;

/**
 * The member about to speak somewhere ("明天要在小组会上说常熟政协的成果受领导重视"): what they will say
 * names the city asked about, and nothing the report says.
 */
const SPEAKS_AT_A_MEETING = /^(?:昨天|今天|明天|后天|上周|下周|下礼拜|上个月|下个月|月底|年底|过几天)?(?:我)?(?:要|准备|打算|得)在[^，,。]{1,10}?(?:会|会议|论坛|座谈)上(?:说|讲|发言|介绍|汇报|提)/u;

/** "医卫界委员问问", "种地的委员关心一下": who asks, said as the lead to the ask. */
const WHO_ASKS = /^[^，,。\s]{1,6}?(?:界|的)?(?:委员|常委)(?:问问|问一下|问下|想问|想问问|关心一下|关心|请教一下|请教)$/u;

/** The member saying who they are: "我是常熟民进的委员", "俺是廊坊的委员". */
const WHO_THE_MEMBER_IS = /^(?:我|俺|本人)是/u;

const PAUSE = /(?<=[，,。；;：:！!？?\s])/u;

/** The question without the member's own clauses, when it names a city and something is still asked. */
export function withoutMembersScene(text: string, cities: readonly string[]): string {
  if (!cities.some((city) => text.includes(city))) return text;
  const clauses = text.replace(RESTART_AFTER_ASK, '$1，').split(PAUSE);
  let members = false;
  let asked = false;
  const kept = clauses.flatMap((clause) => {
    const said = clause.trim();
    // "…在哪个地方开的 我记得是什么行政中心": a name half remembered after the ask is the member's guess.
    if (asked && HALF_REMEMBERED_NAME.test(said)) return [];
    asked ||= ASKS.test(said);
    // "我是今年刚增补的委员": the year the member joined is not the year asked about.
    const ofTheSubject = SAYS_OF_THE_SUBJECT.test(said) && !WHO_THE_MEMBER_IS.test(said);
    members = !ASKS.test(said) && !ofTheSubject && (MEMBERS_OWN.test(said) || SPEAKS_AT_A_MEETING.test(said) || WHO_ASKS.test(said) || (members && GOES_ON.test(said)));
    if (!members) return [clause];
    const named = cities.filter((city) => said.includes(city));
    if (named.length === 0) return [];
    // "我是常熟民进的委员，…": the city the member is of is the one asked about; "我们十堰政协去年搞了
    // 个读书活动，…" says what is asked about.
    return WHO_THE_MEMBER_IS.test(said) || SPEAKS_AT_A_MEETING.test(said) ? [`${named.join('、')}，`] : [clause];
  });
  // "我是十堰的委员，我们去年搞了个读书活动，叫什么名字": what is left must still say what is asked.
  const left = cities.reduce((rest, city) => rest.split(city).join(''), kept.join('')).match(/\p{Script=Han}/gu)?.length ?? 0;
  if (kept.join('') === clauses.join('') || !kept.some((clause) => ASKS.test(clause)) || left < SAYS_WHAT) return text;
  return kept.join('').replace(/^[\s，,。；;：:！!]+|[\s，,；;：:]+$/gu, '');
}
