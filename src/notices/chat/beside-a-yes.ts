/**
 * What a member says beside a yes that the office should see in the note: what they will not do or
 * need, who comes with them, what they bring or mean to speak about, and why they ask.
 */

/** Beside a yes: something declined or asked for (不用安排车, 发言就免了, 手册带不了, 帮我留个位置). */
// Speaking at the meeting, or a paper brought along, is worth the office's note too.
const ASIDE = new RegExp(
  [
    '不用|不要|免了|带不了|找不到|没准备|准备不了|讲不了|不发言|不讲了|不去了|帮我|麻烦|给我留|自己开车|自己去',
    // "准备就中小企业融资难发个言": what they will speak on may sit between.
    '(?:想|要|准备|打算|代表)[^，。]{0,14}发(?:个)?言|发言(?:题目|材料)|书面(?:的)?(?:意见|材料|发言)?',
    // "腿脚不便可能要人扶一下": what the office should know to help them in.
    '腿脚|行动不便|拄拐|(?:要|需要|得)(?:有)?人(?:扶|陪|接|送|帮)',
    // "需要一个停车位": an arrangement needed, said as a statement.
    '(?:需要|要个|要一个|希望|得有)[^，。]{0,8}(?:停车|车位|接送|派车|用车|轮椅|无障碍|座位|位置|用餐|午饭|住宿)',
    // "协商会我准备讲讲融资难的事": what they mean to raise.
    '(?:想|要|准备|打算)(?:讲讲|讲一讲|讲一下|谈谈|谈一谈|谈一下|说说|提提|提一下|反映)',
    // "和老李一起来": who comes along.
    '(?:和|跟|与|同)[\\u4e00-\\u9fff]{1,4}一(?:起|同|块儿?)',
    // "我带公司财务总监一起来": someone brought along.
    '带(?:上)?[\\u4e00-\\u9fff]{1,10}一(?:起|同|块儿?)',
    // "顺便把调研报告带给你": what they bring.
    // "意见整理成书面的了，到时候带过去": the paper named in the clause before.
    // ("顺便说一声，…" only leads to what follows.)
    '顺便(?!(?:跟|和|给)?(?:您|你)?(?:说|讲|提|告诉)(?:一声|一下|下|一句)$)|(?:把|将)[^，。]{1,12}带(?:给|来|过来|过去|上)|^(?:到时候?|届时|当天)?(?:我)?(?:一并)?带(?:过去|过来|上)$',
  ].join('|'),
  'u',
);
/** Thanks and acknowledgements: no note. */
export const POLITE = /^(?:谢谢|感谢|收到|好的|辛苦了?|麻烦了)/u;
/** A request is made of the office: the clause or two before it say what it is for. */
const ASKS_OF_OFFICE = /^(?:到时候?)?(?:麻烦|请|能否|可否)/u;

/** Asking to bring or send someone along: the office should see it beside the answer. */
export const REQUEST = /(?:能|可以|可否|能否)(?:带|让|安排|派)[\u4e00-\u9fff]{1,10}(?:一起|一同|陪同|随行|列席|参加|旁听)/u;
/** "市民之家那边能停车吗": a question about the practical arrangements, for the office to see to. */
export const ARRANGEMENT = /停车|车位|接送|派车|安排(?:个)?车|用餐|午饭|午餐|就餐|住宿|无障碍|轮椅|座位|位置|靠门|服装|领带|穿(?:什么|啥|民族|便装|西装|正装)/u;

/**
 * The clauses beside a yes worth the note (not the yes itself): "我去，不用给我安排车", and "我腿伤还没
 * 好要坐轮椅，麻烦安排一下无障碍通道" with what the request is for.
 */
export function asidesOf(clauses: string[], attending: string[]): string[] {
  // "我去，不用安排车，我自己开车过去": a yes said again after the first one may be the note itself.
  const asides = clauses.filter((clause) => clause !== attending[0] && ASIDE.test(clause) && !POLITE.test(clause));
  const why = clauses.filter((clause, i) => {
    const request = clauses.slice(i + 1, i + 3).find((next) => asides.includes(next) && ASKS_OF_OFFICE.test(next));
    return request !== undefined && !attending.includes(clause) && !asides.includes(clause) && !POLITE.test(clause) && [...clause].length >= 2;
  });
  return clauses.filter((clause) => asides.includes(clause) || why.includes(clause));
}
