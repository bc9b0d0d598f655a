import { deadlineSide } from './question-shape.ts';

/**
 * Moments a member asks the rules from, each answered by one provision however it is told: a reply
 * past the deadline, binding that failed, how to reply to a notice, a reply with several notices
 * waiting, a private chat never opened.
 */

/**
 * "回执截止时间过了我才晓得要出差，这咋个请假嘛", "刚才发请假它说不收了，现在咋办": a reply the member
 * wants to give once the deadline is past, which the rule for after the deadline answers whatever
 * the reason told.
 */
export function asksToReplyPastTheDeadline(text: string): boolean {
  const past = deadlineSide(text) === 'after' || /(?:说|显示|提示)(?:已经)?(?:不再?收|不接收|收不了|不让回)/u.test(text);
  return (
    past &&
    /请假|改成|改回复|改一下|改为|重新回|再回|回复|回个|回执|参加不了|去不了|来不了/u.test(text) &&
    /[吗么不]|咋办|怎么办|咋整|怎么整|咋个|怎么|如何|行不行|管用|还能|还可以|来得及/u.test(text) &&
    !/提醒/u.test(text)
  );
}

/**
 * "在群里@了助手，它说转私聊，可私聊里啥也没有", "tg上从来没跟助手私聊过…不知道咋开始": a private
 * chat never opened with the bot, which the rule on "/start" answers however the member found out.
 */
export function asksAboutAPrivateChatNeverOpened(text: string): boolean {
  if (!/私聊|单聊|私信|私下聊/u.test(text)) return false;
  const nothingThere = /(?:啥|什么|一点)(?:消息|动静|东西|反应)?(?:也|都)(?:没有?|不见)|空空的|是空的|没(?:有)?(?:任何)?(?:消息|动静|反应)/u.test(text);
  const neverOpened = /(?:从来|从)?(?:没|未)(?:有)?(?:跟|和|与|同)?(?:它|助手|小助手|履职助手|机器人)?(?:私聊|单聊|私下聊)过/u.test(text) || /不知道(?:咋|怎么|如何)开始|咋开始|怎么开始/u.test(text);
  // ("别人都收到通知了，就我私聊里啥也没有，是不是没绑定": notices not received, which binding answers.)
  return (nothingThere && /群|@|艾特|转|telegram|电报|tg/iu.test(text) && !/绑/u.test(text)) || neverOpened;
}

/**
 * "发了 绑定 王秀英 6688 结果说对不上，号码没记错啊，咋整": binding that failed, which the rule for
 * when it does not succeed answers whatever the member typed.
 */
export function asksWhyBindingFailed(text: string): boolean {
  return (
    /绑定|绑|帮定|邦定/u.test(text) &&
    /对不上|没找到|找不到|不匹配|没匹配|匹配不上|不成功|没成功|失败|绑不上|绑不了|(?:说|提示|显示|都|总|老|还)是?不对|核对不上|不一致/u.test(text) &&
    /[吗么]|咋回事|怎么回事|咋整|怎么整|咋办|怎么办|咋弄|怎么弄|为啥|为什么|啥原因|什么原因/u.test(text) &&
    // ("换了手机号，原来绑的咋弄": a change of number, which its own rule answers.)
    !/换(?:了)?(?:手机|号|新号)|更换|解除|解绑|两个|多个/u.test(text)
  );
}

/** "怎么回", "回个啥", "怎么给你们回个信": how to reply. */
const HOW_TO_REPLY = /(?:怎么|咋|如何|怎样|咋个)(?:样)?(?:回|答复|给你们回|跟你们回)|回(?:个)?(?:啥|什么|么事|哪个字|什么字|啥字)/u;
/** Cases with a provision of their own: leave, past the deadline, in the group, several notices, a change. */
const A_CASE_OF_ITS_OWN = /请假|去不了|不能参加|参加不了|来不了|截止|群|多个|两个|几个|俩|哪个会|改|变更|取消|按钮|telegram|电报/iu;

/**
 * "收到开会的通知了，要去的话怎么回个话", "收到会议通知了 怎么回": how to reply to a notice, which
 * the provision on replying answers ("在与履职助手的私聊中回复“参加”"), not the one for several
 * notices or for what the bot says back.
 */
export function asksHowToReplyToANotice(text: string): boolean {
  return /通知|开会|会议/u.test(text) && HOW_TO_REPLY.test(text) && !A_CASE_OF_ITS_OWN.test(text);
}

/** "两个会的通知", "一下子来了仨", "好几个通知": more than one notice waiting. */
const SEVERAL_NOTICES = /(?:[两俩仨三四几多]|好几)\s*(?:个|场|条)?(?:会|会议|通知|活动)|一下子来了|同时(?:收到|来了)|都要回执/u;
/** "它咋晓得是哪个", "算哪个的", "回的是哪一个": which one the reply is taken for. */
const WHICH_ONE = /哪(?:个|一个|场|一场)|晓得|知道|分得清|分清/u;

/**
 * "这礼拜一下子来了三个会的通知，我回个参加，它咋晓得是哪个会": the provision for several notices
 * waiting answers it, whatever the member first thought.
 */
export function asksWhichNoticeAReplyIsFor(text: string): boolean {
  return SEVERAL_NOTICES.test(text) && /参加|请假|回复|回执|回了|回个/u.test(text) && WHICH_ONE.test(text);
}
