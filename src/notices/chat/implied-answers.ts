/**
 * Answers members imply rather than say: a plan to be there (going over, arriving at an hour,
 * the day cleared, duties handed over, what they will speak on), or an engagement elsewhere that
 * keeps them. Read with the plain words of reply-vocabulary.ts, which takes these in.
 */

const PAUSE = '(?=$|[的哈呀啊吧了哦呢咯撒噻嘛嘞咧哟啦喽呗，。！？])';
const HOUR = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|一刻|整|\\d{1,2}分?)?';
/** Where our meetings are held, as members name it. */
const OUR_PLACE = '(?:市民之家|会场|现场|会议室|市政协|政协机关|机关)';

/** Coming, said as a plan to be there. */
export const PLANS_TO_BE_THERE = new RegExp(
  [
    // "周五上午直接过去", "我提前过去", "到时候和老刘拼车过去": going over, and how.
    // ("我早点过去帮忙布置": with what they come early to do.)
    `(?:直接|提前|提早|早点|早些|早一点|会前)(?:赶)?(?:过去|过来)(?:${PAUSE}|(?=帮忙|布置|准备|签到))`,
    `(?:拼车|搭车|蹭车|顺路|一起|一块儿?|一道|结伴)(?:坐车|开车)?(?:过去|过来)${PAUSE}`,
    // "八点半到市民之家没问题": at an hour, at the meeting's place.
    `${HOUR}(?:前|之前|以前|左右)?(?:能|可以|就|准时|肯定|一定){0,2}(?:到|赶到)${OUR_PLACE}`,
    `(?:到|赶到)${OUR_PLACE}(?:没问题|没事|来得及)`,
    // "5号我在家休息，过来开会没问题": coming over for it is no trouble.
    `(?:过来|过去|来|去)(?:开会|参会|开这个会)(?:没问题|没事儿?|不成问题)`,
    // "两点半前到": by an hour before the start, no place needed.
    `(?<=^|[，。！\\s])${HOUR}(?:前|之前|以前)(?:能|可以|就|准时|肯定|一定){0,2}(?:到|赶到)${PAUSE}`,
    // "常委会照常": the meeting kept as ever.
    `(?:常委会|协商会|座谈会|这个会|这边)(?:我)?(?:照常|照旧|照样)(?=$|[，。！的哈])`,
    // "到时候准时": on time, and nothing more to say.
    `(?<=^|[，。！])(?:我|本人)?(?:到时候?|届时|那天|当天)?(?:我)?(?:一定|肯定|保证)?(?:准时|按时)(?:的|哈|啊|呀|哦)?(?=$|[，。！])`,
    // "那天我让秘书给我空出来了": the day cleared for it.
    '(?:时间|日程|行程|那天|当天|[上下]午|给我|我)[^，。！？]{0,4}(?:空|腾|留)(?:出来|开)了',
    // "周五上午的门诊我已经调给刘医生了", "跟小王换了班": the member's duty handed over.
    '(?:门诊|课|班|值班|手术|会诊|查房|工作|事情?)[^，。！？]{0,6}?(?:调给|交给|换给|让给|托给|交代给|安排给|委托给)[\\u4e00-\\u9fff]{1,5}了',
    '(?:跟|和|与)[\\u4e00-\\u9fff]{1,5}(?:换|调)(?:了|好了?)(?:班|课|门诊)',
    '(?:课|班|门诊|手术)(?:已经)?(?:调|换|挪)(?:好|开)了',
    // "协商会发言我准备讲讲融资难", "会上他讲融资我讲用工": what they will speak on at the meeting.
    '(?:会上|发言|常委会|协商会|座谈会)[^，。！？]{0,8}?(?:我|本人)(?:准备|打算|想|就|主要|来|负责)?(?:讲|谈|说|汇报|介绍)(?!不|了|过)',
  ].join('|'),
  'u',
);

/** Kept elsewhere on the day, with no 请假 said: "10号我得去市中院出庭", "孩子学校开家长会". */
const KEPT_ELSEWHERE = /出庭|应诉|进修|轮训|挂职|家长会|开学典礼|毕业典礼|董事会|股东会|(?:要|得|必须|需要)(?:去|到|赶去|赶到)[\u4e00-\u9fff]{1,6}(?:监考|值班|上课|讲课|授课|接待|带队|验收|谈判|签约)/u;

/** An engagement just moved onto the day ("孩子的家长会改到5号了，烦") is news of a clash, not yet a choice. */
const MOVED_ONTO = /(?:改|挪|调|换)(?:到|在|成)/u;

/** Whether the message tells of an engagement elsewhere that keeps the member, no 请假 said. */
export function keptElsewhere(text: string): boolean {
  return KEPT_ELSEWHERE.test(text) && !MOVED_ONTO.test(text);
}

/** Everyday ways of saying an implied answer, rewritten to the plain form the reader knows. */
export const IMPLIED_REWRITES: ReadonlyArray<[RegExp, string]> = [
  // Cantonese 趕唔切 (来不及), 返嚟 (回来), 唔好意思 (不好意思).
  [/唔切/gu, '不及'],
  [/返(?=来|去|嚟)/gu, '回'],
  [/唔好意思/gu, '不好意思'],
  [/(?:赶|来)不及(?:赶)?回(?:来|嚟)/gu, '赶不回来'],
  // A monk's words: 阿弥陀佛 greets, 贫僧 is 我, 那几日 is 那几天, 不便下山 is not coming.
  [/(?<=^|[，。！])(?:南无)?阿弥陀佛(?=$|[，。！])/gu, ''],
  [/贫僧|老衲|小僧|贫道|本人在下/gu, '我'],
  [/那([几两])日/gu, '那$1天'],
  [/(?:不便|不能|无法|没法|没办法)(?:下山|进城|出山|出远门)/gu, '去不了'],
  [/(?:还望|敬请|望)(?:见谅|谅解|海涵)/gu, '见谅'],
  // "看那天单位有没有检查吧，没有我就过来", "我查查那天有没有课": waiting to see is no question put to us.
  [/(?<=^|[，。！])(?:我)?(?:再|先)?(?:看(?!看)|查(?:查|一下)?)[^，。！？]{1,12}?(?:有没有|会不会)[^，。！？]{0,8}?(?=$|[，。！])/gu, '看情况'],
  // "单位那边我已经请好假了，周五上午直接过去": leave from work taken to come is no leave from ours.
  // ("我跟单位请好假了，5号上午去开常委会": asked of the unit, the same.)
  [/(?:(?:我)?(?:跟|向|和)(?=单位|公司|学校|医院|院里|科室|所里|局里|厂里|店里|领导|老板))?(?:单位|公司|学校|医院|院里|科室|所里|局里|厂里|店里|领导|老板)(?:那边|这边|里)?(?:我)?(?:已经|都)?(?:跟领导)?请(?:好|了|过)(?:个)?假了?(?=[，,](?![^。]*(?:不了|不成|不去|不来))[^。]*?(?:过去|过来|去|来|参加|到))/gu, ''],
];
