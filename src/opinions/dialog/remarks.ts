/**
 * Remarks said to the bot in the middle of telling a report, which are no part of it: a pause
 * ("等下我接个电话") and a question thrown back before the answer ("你说咋弄？额看就是……").
 */

const PAUSE =
  /^(?:你|您)?(?:等下|等一下|等会儿?|稍等(?:一下)?|先等等)[，,。\s]*(?:啊|哈)?[，,。\s]*(?:我)?(?:先)?(?:接个电话|接一下电话|有个电话|来电话了|有人找我?|去开个会|开个会|有点事|忙一下|下个车|停个车|找找数据|找一下数据|查查数据|查一下数据|找找资料|找一下资料|翻翻资料|翻一下材料|找找材料)?[。！!…~～]*$/u;

export const PAUSE_REPLY = '好的，您先忙，回来接着说就行。';

/**
 * "…有多少亩我记不清了，等我问清楚再说": the member will come back once they know more; the draft is
 * kept for them ("算了，等我了解清楚再说" gives it up, escapes.ts).
 */
const UNTIL_KNOWN = /^(?:那|那就)?(?:等我|我先|先|回头)(?:去)?(?:问|了解|打听|核实|查|弄)(?:问|一下|下|查)?(?:清楚|明白|好)(?:了)?再(?:说|报|反映|写|来|弄)(?:吧|哈|了)?[。！!…~～]*$/u;

/** "…我去接一下 回来再说", "今天有点晚了 明天再接着写": the member will go on later. */
const GO_ON_LATER = /^(?:等我)?(?:回来|回头|一会儿?|等会儿?|待会儿?|过会儿?|晚点|晚些|明天|明儿|改天|稍后|下午|晚上)(?:我)?(?:再|接着)(?:接着|继续)?(?:说|写|聊|弄|填|报|发|讲)?(?:吧|哈|啊|了)?[。！!…~～]*$/u;

/** "等我一下 有病人来了": asked to wait, then why, in a few words. */
const WAIT_A_MOMENT = /^(?:你|您)?(?:等我一下|等我下|等等我|等下|等一下|稍等(?:一下)?|先等等)$/u;

/** "孙子放学了", "有病人来了", "今天有点晚了": why the member must stop, short. */
const CALLED_AWAY = /^(?:先不说了|先不写了|我去[^\s，,。]{1,6}一下|[^\s，,。]{1,6}(?:来了|放学了|找我|叫我|喊我)|(?:今天|太|有点|有些)[^\s，,。]{0,4}晚了|(?:我)?(?:先)?(?:去|得)?忙[^\s，,。]{0,4})$/u;

export function asksToWait(text: string): boolean {
  const clauses = text.trim().split(/[，,。；;\s]+/u).filter(Boolean);
  if (PAUSE.test(text.trim()) || (clauses.length <= 3 && UNTIL_KNOWN.test(clauses.at(-1) ?? ''))) return true;
  // Every clause a reason to stop, the last or first one saying they will be back.
  const short = clauses.length <= 5 && Array.from(text.trim()).length <= 40;
  const later = GO_ON_LATER.test(clauses.at(-1) ?? '') || WAIT_A_MOMENT.test(clauses[0] ?? '');
  return short && later && clauses.every((clause) => GO_ON_LATER.test(clause) || WAIT_A_MOMENT.test(clause) || CALLED_AWAY.test(clause));
}

/** "回来了 接着说 …", "好了 刚才说到药店 …", "我接着昨天的说 …": the member back, going on ("我回来了，发现…" tells the story). */
const RESUMED = /^(?:我)?(?:回来了|好了|忙完了|我来了|来了)?[，,。\s]*(?:刚才说到[^\s，,。：:]{0,8}|(?:我)?接着(?:昨天|刚才|上次|前面)?(?:的)?(?:说|讲|写)|继续(?:说|讲|写))(?:啊|哈|吧)?(?:[，,。：:\s]+|$)|^(?:我)?(?:回来了|忙完了)[，,。！!\s]*$/u;

/** What the member goes on to tell once back; empty when the bubble only says they are back. */
export function withoutResuming(text: string): string {
  return text.trim().replace(RESUMED, '');
}

/** "你说咋弄？" before the member's own answer: only the answer is kept. */
const THROWN_BACK = /^(?:那)?(?:你|您)(?:说|看)(?:咋|怎么|该怎么|应该怎么|要怎么)(?:弄|办|整|搞|处理)(?:呢|嘛|啊)?[？?，,。\s]+(?=\S)/u;

export function withoutQuestionThrownBack(text: string): string {
  return text.replace(THROWN_BACK, '');
}

/** "能不能帮我润色一下": we do not rewrite the member's words; staff edit the text when they review it. */
const POLISH = /^(?:你|您)?(?:能不能|能否|可不可以|可以|麻烦|请)?(?:你|您)?(?:帮我|帮忙|给我)?(?:润色|润润色|修饰|优化|加工|改写|整理|改改|改一改)(?:一下|下)?(?:文字|语言|内容|措辞|语句)?(?:吗|嘛|呢|不)?[？?。！!]*$/u;

export const POLISH_REPLY = '为免改变您的原意，内容我不代为改写；提交后工作人员审核时会做文字加工。哪里想改可以直接告诉我，例如“建议改成……”。';

export function asksToPolish(text: string): boolean {
  return POLISH.test(text.trim());
}
