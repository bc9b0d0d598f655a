/**
 * Words a member quotes are not their answer: a line of the notice quoted back, WeChat's
 * quote-reply, or what the rules or somebody else say, cited in quotation marks.
 */

/** "“请提前15分钟到场，着正装”，收到": a line quoted back first is the notice's words, not the answer. */
const QUOTED_FIRST = /^[“"][^”"]{6,}[”"][，,。:：\s]*(?=\S)/u;
/** WeChat's quote-reply: "「quoted text」" and a dashed rule above the answer. */
const QUOTED = /^[「『][^」』]*[」』][\s\n]*(?:[-－—─]\s*){3,}[\s\n]*/u;
/**
 * "你们规定里说'只回复请假……会追问原因'", "通知上写着“请回复参加或请假”": words cited after a verb
 * of saying or writing. Not the member's own ("我回复的是‘请假 出差’" is what they answered).
 */
const CITED = /(?<!(?:我|本人)[^，。！？,.!?\s]{0,4})(?:说|写|写着|讲|规定|要求|提示|提醒|明确)(?:的是|了|着|道)?[：:，,]?\s*(?:[“"「『]([^”"」』]{6,})[”"」』]|['‘]([^'’]{6,})['’])/gu;

/** The message without the words it quotes; a cited passage leaves a pause where it stood. */
export function withoutQuotes(raw: string): string {
  return raw.trim().replace(QUOTED, '').replace(QUOTED_FIRST, '').replace(CITED, (all, quote: string | undefined, single: string | undefined) => all.slice(0, all.length - (quote ?? single ?? '').length - 2) + '，');
}
