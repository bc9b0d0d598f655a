/**
 * Spoken Chinese turned into title words: filler dropped (就是, 那个, 嗯, 然后, 我觉得),
 * colloquial verbs made plain (装个 → 安装, 管一管 → 加强管理). Only for composing a title:
 * the member's own story is always kept as written.
 */

const FILLERS: ReadonlyArray<RegExp> = [
  /(?:我们|咱们|咱)(?:那个|这个|那边的?|这边的?|那儿的?|这儿的?|那里的?|这里的?)/gu,
  /我(?:个人)?(?:觉得|认为|感觉|想说|是说|的意思是|看)/gu,
  // "俺寻思着", "我琢磨着": the same, in northern speech.
  /(?:我|俺|额)(?:寻思|琢磨|合计|觉着)着?/gu,
  /就是说|就是|然后呢|然后|反正|其实|那啥|怎么说呢|你知道吧|对吧|说实话|老实说|总之/gu,
  /(?:那个|这个)(?!时候)/gu,
  /[嗯呃]+/gu,
  // Particles at the end of a clause: 路口啊, 装个灯吧.
  /[啊呀吧呢嘛哈啦哦噢]+(?=$|[\s，,。！!？?；;、])/gu,
];

const COLLOQUIAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/装(?:个|一个|一些|几个|点|上)/gu, '安装'],
  [/(?:加装|加)(?:个|一个|几个|一些)/gu, '增设'],
  [/(?:弄|搞|整)(?:个|一个|几个)/gu, '设置'],
  [/建(?:个|一个|几个)/gu, '建设'],
  [/修(?:一下|一修|修|好)/gu, '维修'],
  [/管(?:一管|管|一下)/gu, '加强管理'],
  [/(\p{Script=Han}{2})一下/gu, '$1'],
  [/(查|看|管|修|弄)一下/gu, '$1'],
];

/** The phrase without speech filler and with plain verbs; separators left by removals tidied. */
export function plainWords(text: string): string {
  let out = text;
  for (const filler of FILLERS) out = out.replace(filler, '');
  for (const [pattern, plain] of COLLOQUIAL) out = out.replace(pattern, plain);
  return out
    .replace(/([，,、；;])[\s，,、；;]*/gu, '$1')
    .replace(/^[\s，,、；;。.！!：:]+|[\s，,、；;：:]+$/gu, '')
    .trim();
}

/** Words that ask nothing concrete: 重视, 解决一下, 加强管理 alone. */
const VAGUE = /^(?:高度)?(?:重视|关注|解决|处理|加强管理|管理|改善|整改|落实|研究|考虑|支持|维修|修复|清理|整治|治理)(?:此事|这个问题|问题|好)?$/u;

export function isVagueAction(action: string): boolean {
  return VAGUE.test(action);
}

/** Signs that a composed phrase is still speech rather than a title. */
const MESSY = /[我你您咱他她?？!！…~]|的的|^[的了和也都还就又再把被让给]|[了的地得着过]$|一下|那个|这个|就是/u;

/** Whether a phrase may stand in a title: plain words, 2 to 25 characters. */
export function isTitleWorthy(phrase: string): boolean {
  const length = Array.from(phrase).length;
  return length >= 2 && length <= 25 && /\p{Script=Han}.*\p{Script=Han}/u.test(phrase) && !MESSY.test(phrase);
}
