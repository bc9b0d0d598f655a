/**
 * A title said in the member's words rather than on a labelled line: "就叫《关于……的建议》吧",
 * "标题就叫关于……的建议", and the title left to us ("标题你看着起"). Either way it is no part of the story.
 */

const NAMED =
  /(?<=^|[。！!？?\n，,；;\s])[ \t]*(?:标题|题目)?(?:就|可以|我看)?(?:叫|定为|定成|用)(?:做|它|这个)?[ \t：:]*[《“"「]?(关于[^》”"」\n。！!]{2,40}?的(?:建议|提案|意见|问题))[》”"」]?[ \t]*(?:吧|好了|就行|就好|可以吗)?[。！!～~]*(?=$|\n|[^\p{Script=Han}]|\p{Script=Han})/u;
const LEFT_TO_US = /(?<=^|[。！!？?\n，,；;\s])[ \t]*(?:标题|题目)(?:你|您)?(?:就)?(?:看着|帮我|帮忙|给我|替我|随便)?(?:起|拟|定|取|写)(?:一个|一下|个)?(?:吧|就行|就好|好了)?[。！!～~]*(?=$|\n)/u;

/** "标题《关于……的建议》", "标题是“……”": a title the member marks as one, whatever words follow it. */
export const TITLE_QUOTED = /(?<=^|[。！!？?\n，,；;\s]|社情民意|情况)[ \t]*(?:标题|题目)(?:是|为|就是|拟为|定为)?[ \t：:]*[《“"「]([^《》“”"「」\n]{4,40}?)[》”"」][ \t]*[。，,；;！!]?/u;

export function titleSaid(text: string): { title?: string; rest: string } {
  const named = TITLE_QUOTED.exec(text) ?? NAMED.exec(text);
  if (named) return { title: named[1]!, rest: `${text.slice(0, named.index)}${text.slice(named.index + named[0].length)}`.trim() };
  const left = LEFT_TO_US.exec(text);
  return left ? { rest: `${text.slice(0, left.index)}${text.slice(left.index + left[0].length)}`.trim() } : { rest: text };
}
