import { normalizeMessage } from '../../shared/normalize-text.ts';

/**
 * "有个情况想反映，不过现在在开会，晚上回去再详细说", "数字还要核实一下，过两天再来报": a report
 * announced for later, with nothing of it told yet. No draft is opened for it; the member starts
 * one when they come back.
 */
const LATER =
  /(?:晚上|晚点|回头|过两天|过几天|改天|明天|下午|等会儿?|一会儿?|稍后|待会儿?|回去|回家|有空(?:了)?|(?:核实|问|弄|搞)(?:好|清楚)?(?:了|后|以后|之后))[^，,。！!]{0,4}?再(?:详细|具体|来|仔细|跟你们?|给你们?|和你们?)?(?:说|报|发|反映|整理|写|聊)/u;
/** A message this short tells no story beside the announcement. */
const SHORT = 60;

export function announcesReportLater(text: string): boolean {
  const message = normalizeMessage(text).replace(/[\s\p{P}\p{S}]/gu, '');
  return Array.from(message).length <= SHORT && LATER.test(normalizeMessage(text));
}

export const SEE_YOU_LATER = '好的，不着急。您方便时直接把情况和建议发给我，或发送“我想反映社情民意”开始填写。';
