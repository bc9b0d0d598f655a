/**
 * Remarks said to the bot in the middle of telling a report, which are no part of it: a pause
 * ("等下我接个电话") and a question thrown back before the answer ("你说咋弄？额看就是……").
 */

const PAUSE =
  /^(?:你|您)?(?:等下|等一下|等会儿?|稍等(?:一下)?|先等等)[，,。\s]*(?:啊|哈)?[，,。\s]*(?:我)?(?:先)?(?:接个电话|接一下电话|有个电话|来电话了|有人找我?|去开个会|开个会|有点事|忙一下|下个车|停个车)?[。！!…~～]*$/u;

export const PAUSE_REPLY = '好的，您先忙，回来接着说就行。';

export function asksToWait(text: string): boolean {
  return PAUSE.test(text.trim());
}

/** "你说咋弄？" before the member's own answer: only the answer is kept. */
const THROWN_BACK = /^(?:那)?(?:你|您)(?:说|看)(?:咋|怎么|该怎么|应该怎么|要怎么)(?:弄|办|整|搞|处理)(?:呢|嘛|啊)?[？?，,。\s]+(?=\S)/u;

export function withoutQuestionThrownBack(text: string): string {
  return text.replace(THROWN_BACK, '');
}
