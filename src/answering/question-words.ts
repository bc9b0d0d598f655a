/** "多少", "几个" but not "几乎": a count or amount asked. */
export const ASKS_HOW_MANY = /多少|几[^乎]/u;

/** A question still asked: a question word or particle ("多少", "哪", "有没有", "吗"). */
export const ASKS = /多少|几[^乎]|多大|多长|多久|什么|啥|哪|谁|是不是|有没有|吗/u;

/** "能当社情民意报吗", "这种能报不", "能不能帮他递上去": a question answered yes or no. */
export function asksYesOrNo(text: string): boolean {
  const last = /[^，,。；;！!？?\s]+[，,。；;！!？?\s]*$/u.exec(text.trim())?.[0] ?? '';
  if (/[吗么][？?]?\s*$/u.test(text)) return true;
  // ("写几条合适，会不会太多" asks how many; "按什么范围发，只发某个界别行不行" which ones.)
  return (/不[？?]?\s*$/u.test(text) || /(\p{Script=Han})[不没]\1/u.test(last)) && !/多少|几[^乎]|什么|啥|哪|谁/u.test(text);
}

/**
 * "…多少件 不是民生类的那个 是全部加起来的", "…几期 不是学习与资政那个": the part a figure is not of,
 * and the whole it is, said after a count asked. Neither names what the figure counts.
 */
export const NOT_THIS_ONE = /[，,\s]*(?<!是)(?:不光是|不只是|不仅仅是|不仅是|不是)[^，,。？?！!\s]{2,12}?(?:的)?(?:(?:那个|那些|那种)[^，,。？?！!\s]{0,3})?(?=[，,。？?！!\s]|$)|[，,\s]*是(?:全部|总共|总的|所有的?)?(?:加起来|合起来|加一块儿?)?的?(?:那个)?(?:总数)?(?=[，,。？?！!\s]|$)/gu;
