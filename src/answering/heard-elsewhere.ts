/**
 * "看晚报上讲十堰政协一年编了30期各界反映 有这么多么", "群里有人说…", "报纸上看到华润怡宝在十堰建水厂…":
 * where the member heard it is no part of what is asked; what they heard is the question.
 */
const HEARD_FROM = /^(?:我)?(?:在|看|看到|听)?(?:晚报|报纸|日报|新闻|电视|电视台|广播|群里|微信群|工作群|朋友圈|公众号|网上|抖音|视频号)(?:上|里|里面)?(?:有人|有个人|有同志)?(?:讲|说|看到|写|报道|提到)(?:的|了)?(?:是)?[，,：:\s]*/u;
const HEARD_SAID = /^(?:听说|听人说|听别人说|听人讲|有人说|有人讲|据说)(?:是)?[，,：:\s]*/u;

export function withoutWhereItWasHeard(text: string): string {
  const rest = text.replace(HEARD_FROM, '').replace(HEARD_SAID, '');
  // Something must be left to ask: "群里有人说的" alone is not a question.
  return /\p{Script=Han}{4}/u.test(rest) ? rest : text;
}
