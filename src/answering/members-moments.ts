import { WEEKDAY_INDEX } from '../shared/china-periods.ts';
import { deadlineSide } from './question-shape.ts';

/**
 * Moments a member asks the rules from, each answered by one provision however it is told: replies
 * to notices (past the deadline, how, with several waiting, without a reason, changed, in the group,
 * to a meeting since changed), binding (how, and when it failed), a private chat never opened, the
 * member's own reports, a lawsuit, the report number, a draft kept, questions sent to a model.
 */

/**
 * "回执截止时间过了我才晓得要出差，这咋个请假嘛", "刚才发请假它说不收了，现在咋办": a reply the member
 * wants to give once the deadline is past, which the rule for after the deadline answers whatever
 * the reason told.
 */
export function asksToReplyPastTheDeadline(text: string): boolean {
  // ("回执截止是昨天下午五点，我现在才知道…", "通知让昨天下午五点前回执，我忙忘了": a deadline learned of, or remembered, too late.)
  const past = deadlineSide(text) === 'after' || weekdayPassed(text) || /之?前(?:要|得)?(?:回执|回复)[^。！？]{0,12}(?:忘了|忙忘|忘记|没看到|没注意)|(?:说|显示|提示)(?:已经)?(?:不再?收|不接收|收不了|不让回)|截止[^。！？]{0,12}(?:现在才|今天才|刚才才)|截止[^。！？]{0,20}才(?:知道|看到|发现|查看|翻到|看见|收到|注意到|想起)|截止[^。！？]{0,16}现在(?:才|再)?(?:回|请假|改)/u.test(text);
  return (
    past &&
    /请假|改成|改回复|改一下|改为|重新回|再回|回复|回个|回执|参加不了|去不了|来不了/u.test(text) &&
    /[吗么不]|咋办|怎么办|咋整|怎么整|咋个|怎么|如何|行不行|管用|还能|还可以|来得及/u.test(text) &&
    !/提醒/u.test(text)
  );
}

/** "通知上说周三前回执 我今天周四…": the weekday replies were due by is behind the one the member says today is. */
function weekdayPassed(text: string): boolean {
  const m = /(?:周|星期|礼拜)([一二三四五六日天])(?:之)?前(?:要|得)?(?:回执|回复|回)[^。！？]*?今天(?:是|都)?(?:周|星期|礼拜)([一二三四五六日天])/u.exec(text);
  // The week runs from Monday: 周日 is its last day.
  const dayOfTheWeek = (said: string) => ((WEEKDAY_INDEX[said] ?? 0) + 6) % 7;
  return m !== null && dayOfTheWeek(m[2]!) > dayOfTheWeek(m[1]!);
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
    // ("发了姓名加手机号后四位 一直说没找到匹配": the binding told by what was sent.)
    /绑定|绑|帮定|邦定|手机号后四位|手机尾号|尾号/u.test(text) &&
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

/** "下礼拜那个会我去不了 在助手里咋请假": how to take leave from a meeting, which the provision for it answers. */
export function asksHowToTakeLeave(text: string): boolean {
  return (
    /请(?:个)?假/u.test(text) &&
    /(?:怎么|咋|如何|怎样|咋个)(?:样)?(?:个)?(?:请|弄|办|操作|回)|请假(?:要)?(?:怎么|咋)(?:弄|办|回|操作)/u.test(text) &&
    // ("先回了参加 后面要请假 咋整": a reply changed, which its own provision answers.)
    !/截止|过了|群|多个|两个|几个|俩|改|变更|取消|按钮|原因(?:要|得|必须)|代|替|先回|回了|回过|已经回|作数|算数|还算/u.test(text)
  );
}

/** "回过", "已经回了": the member has already replied. */
const REPLIED = /回过|回了|已经回|都回|回复过|回复了|已回复/u;

/** "我都回过请假了 还会不会再弹出来催我": reminders after a reply. */
export function asksWhetherRemindedAfterReplying(text: string): boolean {
  return REPLIED.test(text) && /催|提醒|弹出来|再发|还发|又发/u.test(text) && /[吗么不]|会不会|还会/u.test(text) && !/截止|过了|改|换/u.test(text);
}

/** "已经提交了才发现有个数写错了，咋改": a report already in, to be put right, which the office does. */
export function asksToCorrectASubmittedReport(text: string): boolean {
  return /(?:已经)?(?:提交|交上去|报上去)(?:了|后|以后|之后)/u.test(text) && /修改|改|更正|写错|打错/u.test(text) && /怎么|咋|如何|能不能|[吗么]/u.test(text) && !/草稿|没提交|还没/u.test(text);
}

/** "快截止了机器人会提醒我吗？提前多长时间提醒": when the reminder comes. */
export function asksWhenReminded(text: string): boolean {
  return /提醒/u.test(text) && /提前多|多久|多长时间|什么时候|啥时候|几点/u.test(text) && !REPLIED.test(text);
}

/** "又沾教育又沾医疗 类别能不能两个都选上": more than one category for one report. */
export function asksForTwoCategories(text: string): boolean {
  return /类别|类|分类/u.test(text) && /(?:两个|两类|几个|多个|都)(?:都)?(?:选|勾|填)|(?:选|勾|填)(?:两个|两类|几个|多个)/u.test(text);
}

/** "回了参加以后它会回我个啥不 我咋知道登记上没": what confirms a reply was recorded. */
export function asksHowAReplyIsConfirmed(text: string): boolean {
  return /(?:回|回复)(?:了|过)?(?:参加|请假|回执)/u.test(text) && /(?:回我|回复我|给我回)(?:个)?(?:啥|什么|消息)|(?:咋|怎么|如何)(?:知道|确认)[^，,。？?]{0,6}(?:登记上|登记了|记上|收到|成功)/u.test(text);
}

/** "手机号换了新的 原来绑的那个咋弄": a new number, and the account bound with the old one. */
export function asksAfterANewNumber(text: string): boolean {
  return /(?:手机号|手机|号码|电话)(?:码)?(?:已)?(?:换了|换成|改了|停了|注销了|不用了|变更|更换了|停用)|换(?:了)?(?:个)?(?:新的)?(?:手机号|号码|手机|电话)/u.test(text) && /绑/u.test(text) && /怎么|咋|如何|找谁|要不要|[吗么]/u.test(text);
}

/** "会往后挪了一周 回复截止也改了 按老的还是新的": which deadline holds after a change. */
export function asksWhichDeadlineAfterAChange(text: string): boolean {
  return /变更|改期|挪|推迟|推后|延期|改时间|调整/u.test(text) && /截止/u.test(text) && /还是|哪个|按哪|以哪|为准|算哪/u.test(text);
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

/** Past the deadline, a change of the meeting, or the group: cases with provisions of their own. */
const OTHER_REPLY_CASES = /截止(?:了|过|已|时间过)|变更|改期|挪到|推迟|延期|调整|取消|群里/u;

/**
 * "我就回了请假两个字，它又追着问原因，非得说吗", "直接回个请假两个字就行了吧": whether leave needs
 * a reason, which the provision on leave answers with the bot's follow-up question.
 */
export function asksWhetherLeaveNeedsAReason(text: string): boolean {
  if (!/请假|请家|请架|请价/u.test(text) || OTHER_REPLY_CASES.test(text)) return false;
  const bare = /两个字|俩字|二字|光回|只回|就回了?个?(?:“|")?请|直接(?:回|打)(?:个)?(?:“|")?请/u.test(text);
  const reason = /(?:原因|理由|为啥|为什么)[^，,。？?！!]{0,8}(?:必须|非得|非要|一定要|得写|要写|不写|不说|不讲|不行|可以不)|(?:必须|非得|非要|一定要|追着|又问|还问)[^，,。？?！!]{0,8}(?:原因|理由|为啥|为什么)/u.test(text);
  return bare || reason;
}

/**
 * "早上手滑点成参加了…还能改成请假么", "前天回的参加，现在去不了了，还能改不", "我把请假回到常委会那个
 * 通知上了…还能改吗": a reply changed before the deadline, which the provision on replying again answers.
 */
export function asksToChangeAReply(text: string): boolean {
  return (
    /(?:回|点|报|选)(?:了|过|的|成)?(?:个)?(?:“|")?(?:参加|请假)|把(?:“|")?(?:参加|请假)(?:”|")?(?:回|点|报|发)/u.test(text) &&
    /改成|改为|改回|换成|再回|重新回|重回|以哪个为准|算哪个|还能改|能改不|改一下|(?:怎么|咋|如何)(?:修)?改/u.test(text) &&
    !OTHER_REPLY_CASES.test(text)
  );
}

/**
 * "这两年零零碎碎报了好几条，有没有办法一下全列出来", "我交过的社情民意在哪看，要全部的": the
 * member's own reports, which "我的社情民意" lists.
 */
export function asksForTheirOwnReports(text: string): boolean {
  return (
    // ("这两年零零碎碎报了好几条", read "这两年提交的全部": the subject left out.)
    /(?:我|俺)[^，,。？?！!]{0,14}(?:交|报|提交|写|反映)(?:过|了|的)|(?:交|报|提交|写|反映)(?:过|了)(?:好几|几|[两三四五六七八九十\d]+)(?:条|篇)|(?:这两年|这几年|今年|去年)(?:交|报|提交)的(?:全部|所有)/u.test(text) &&
    /全部|都|所有|那几|好几|几篇|几条|[两三四五六七八九十]\s*[篇条]|一下子?|一起/u.test(text) &&
    /在哪|哪里|哪儿|怎么|咋|如何|有没有办法|发(?:个)?(?:啥|什么)|列出|看到|看看|查/u.test(text) &&
    // ("编号一个都没记": the numbers forgotten is why the whole list is asked for.)
    !/别人|其他委员|他的|她的|他能|她能|老[王李张刘陈杨赵黄周吴]|编号|SQMY|草稿|群/iu.test(text.replace(/编号(?:一个)?都?(?:没记|记不住|忘了|不记得)|(?:没记|忘了|不记得)编号/gu, ''))
  );
}

/**
 * "我表哥跟开发商打官司…能不能写成社情民意报上去": a lawsuit or a petition, which the rules send to
 * the petition and judicial channels.
 */
export function asksToReportALawsuit(text: string): boolean {
  return (
    (/官司|诉讼|涉诉|起诉|法院|判决|仲裁|信访|上访|纠纷|执行不回|拖欠工资/u.test(text) || asksForOwnClaim(text)) &&
    /社情民意|社情名义|反映|报上去|递上去|报送/u.test(text) &&
    /[吗么不]|能不能|可不可以|行不行|可以|能否|中不中/u.test(text)
  );
}

/**
 * "我家老宅子划进了拆迁范围 补偿款跟街道谈了大半年一直谈不拢", "我表哥家拆迁补偿跟街道扯了好几年皮":
 * the claim of the member or their family against someone, a personal demand the rules send to the
 * same channels.
 */
function asksForOwnClaim(text: string): boolean {
  return (
    /(?:我|俺|咱)们?(?:老家|家)|自家|我个人|我自己的|(?:我|俺)(?:爸|妈|爷爷|奶奶|姥姥|姥爷|外公|外婆|爱人|老公|老婆|儿子|女儿|闺女|岳父|岳母|公公|婆婆|舅舅|姑姑|叔叔|亲戚|(?:表|堂)?(?:哥|姐|弟|妹))/u.test(text) &&
    /谈不拢|没(?:个)?说法|不给(?:钱|赔|补|退)|赔偿款|补偿款|拆迁款|欠(?:我|俺)|讨不回|要不回|不认账|(?:补偿|赔偿|赔|补)(?:款)?(?:给|得|的){0,2}少了|没(?:给|赔|补)够|扯皮|扯了[^，,。]{0,5}皮/u.test(text) &&
    // ("我妈那个小区好几十户拆迁补偿都给少了": many households' matter is a social condition to report.)
    !/(?:好多|很多|好几十|几十|上百|一些|不少|全村|整个)(?:户|家|人)|村民|居民们|群众|大家/u.test(text)
  );
}

/** "这个0158是啥意思 我个人第158条？？", "我今年明明才报了3篇，这个158是咋来的": the number taken for the member's own count. */
export function asksWhetherTheNumberCountsTheirOwn(text: string): boolean {
  return /SQMY|编号|这个号|序号/iu.test(text) && /(?:我|本人)(?:个人)?(?:的)?第\s*\d+|(?:我|本人)(?:今年|\d{4}年)?(?:明明|才|只)+(?:报|交|提)了|我哪(?:报|交)过/u.test(text);
}

/** "SQMY-2026-0047 这个编号后面那四位数是啥意思", "这个158是咋来的": what the report's number means. */
export function asksWhatTheNumberMeans(text: string): boolean {
  return /SQMY|编号|这个号|这串/iu.test(text) && /啥意思|什么意思|么意思|咋来的|怎么来的|代表|表示|是啥|是什么|第\s*\d+\s*(?:篇|个|条)/u.test(text) && !/进度|办到|状态/u.test(text);
}

/** A draft left unsent: "草稿", "写了一半", "没点提交". */
const DRAFT_LEFT = /草稿|写了一半|写到一半|填到一半|写一半|没提交|没点提交/u;

/**
 * "写到一半孙子喊我吃饭就放下了，那个草稿还在不在，能留几天": a draft left unsent, and how long it
 * is kept.
 */
export function asksHowLongADraftIsKept(text: string): boolean {
  return (DRAFT_LEFT.test(text) || text.includes('没交')) && /还在|留多久|留几天|存几天|存多久|保留|找得回|找回|过期|多久|几天/u.test(text) && !/提交(?:了|以后|后)|交上去|受理|最长|最多|延长|延到|调到/u.test(text);
}

/** "这个码能用两回不", "上午用它绑了旧手机，还能再用一次吗": a one-time code used again. */
export function asksWhetherACodeIsReused(text: string): boolean {
  // (How long it lasts is asked apart: "多久过期" is not answered by how often it serves.)
  return /绑定码|这个码|那个码|这码|码还/u.test(text) && /(?:再|重复|第二次|两次|两回|二次)(?:用|使用)|用(?:两|二)(?:次|回)|能用两(?:次|回)|还能再用|再绑(?:一次|一回)?[^。！？]{0,8}还能用/u.test(text) && !/多久|多长时间|几天|有效期|过期/u.test(text);
}

/** A few days gone by since the member left the draft: "明天回来", "过两三天", "出差三四天回来". */
const DAYS_GONE = /明天|后天|过(?:了)?(?:一两|两三|三四|两|三|几)天|(?:一两|两三|三四|两|三|几)天(?:以后|之后|后|回来)|出差[^，。！？]{0,6}天|前天|大前天/u;
/** Longer than drafts are kept: "上个月写了一半", "上周三…今天周一". */
const WEEKS_GONE = /过(?:了)?(?:好几天|几个月|个把月|半个月|一个月|几周|一周|一个星期)|上个?月|上周|上礼拜|上星期|半个月|一个月|(?:周|星期|礼拜)[一二三四五六日天][^。！？]{0,24}今天/u;

function asksWhetherTheDraftIsStillThere(text: string): boolean {
  return DRAFT_LEFT.test(text) && /还在|找得回|找回|接着写|继续写|接着填|继续填|还有没有|还能/u.test(text) && !/提交(?:了|以后|后)|交上去|受理/u.test(text);
}

/** "出差三四天回来草稿还在不在": a few days gone, within what drafts are kept; how to go on with it answers too. */
export function asksAfterDaysWhetherADraftIsKept(text: string): boolean {
  return asksWhetherTheDraftIsStillThere(text) && DAYS_GONE.test(text) && !WEEKS_GONE.test(text);
}

/** "上个月写了一半…还找得回来不": longer gone than drafts are kept, which are then cleared. */
export function asksAfterWeeksWhetherADraftIsKept(text: string): boolean {
  return asksWhetherTheDraftIsStillThere(text) && WEEKS_GONE.test(text);
}

/**
 * "新当的委员，咋个绑法，打什么字进去", "么样跟委员名册绑上啊": how to bind an account, which the
 * first way the rules give answers.
 */
export function asksHowToBind(text: string): boolean {
  return (
    /绑定|绑上|绑法|帮定|邦定|(?:咋|怎么|么样)(?:个)?绑/u.test(text) &&
    /怎么|咋|如何|么样|啥办法|什么办法|打什么|发什么|发啥|要填/u.test(text) &&
    !asksWhyBindingFailed(text) &&
    !/换|变更|解除|解绑|群|两个|绑定码|没绑|还没|未绑|收不到|没收到/u.test(text)
  );
}

/**
 * "在委员群里回了一句参加，这样算报过了吧", "群里接龙了个参加+1，还用单独回吗": a reply given in the
 * group, which the provision on where replies count answers.
 */
export function asksWhetherAGroupReplyCounts(text: string): boolean {
  return (
    /群/u.test(text) &&
    /(?:回|说|发|接龙|报)[^，,。？?！!]{0,6}(?:参加|请假|\+1)/u.test(text) &&
    /算|作数|有效|数不数|管用|还用|还要|还得|报名|报过|登记|行不行|可以吗|吧[？?]?$/u.test(text) &&
    !/私聊里啥|私聊(?:那边|窗口|框)|转私聊/u.test(text)
  );
}

/** "会不会把我问的问题发到外头什么大模型上去", "问的会不会被发到AI公司": what leaves for a model service. */
export function asksWhetherQuestionsLeave(text: string): boolean {
  return /大模型|AI|人工智能|ChatGPT|GPT|外头|外面|第三方/iu.test(text) && /问的|问题|说的话|聊的/u.test(text) && /发|传|送|给|上传/u.test(text);
}

/**
 * "刚收到个【变更】，会挪到下午了，我上午回的参加还算数不": a reply to a meeting since changed,
 * which the provision on changes answers.
 */
export function asksAboutAReplyToAChangedMeeting(text: string): boolean {
  return (
    /变更|改期|挪到|挪了|推迟|推后|延期|提前了|调整|改时间|换地方|换了地方/u.test(text) &&
    /(?:回|点|报)(?:了|过|的)?(?:个)?[“"]?(?:参加|请假)|回执|回过/u.test(text) &&
    /算数|还算|有效|作数|数不数|要不要再回|重回|再回一遍|再回一次|还用回|还要回/u.test(text) &&
    !/取消/u.test(text)
  );
}
