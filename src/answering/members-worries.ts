/**
 * What members worry about or are unsure of while reporting, each answered by one provision however
 * it is said: data that may not leave the office, what the bot keeps, whether its answers are
 * official, notices without a bound account, a category they cannot decide, a paper already
 * written, suggestions sent back as too vague.
 */

/** "单位内部文件", "工作秘密", "内部资料 注意保管", "还没对外公布的": data that may not be sent. */
const SECRET = /内部(?:文件|资料|数据|材料|数|统计)|工作秘密|国家秘密|涉密|保密|没(?:有)?对外公布|未公开|没公开|标(?:了|着)?[“"]?内部/u;

/** "…涉及单位的内部数据，能用小助手发吗": data marked internal, which may not be sent through the bot. */
export function asksAboutSecretData(text: string): boolean {
  return SECRET.test(text) && /报|发|放|贴|引用|写进|交|反映/u.test(text) && /[吗么不]|能不能|可不可以|行不行|可以|能否|有没有/u.test(text);
}

/** "哪些东西不能当社情民意报", "什么内容不让往上报": what may not be sent at all (who may send is another question). */
export function asksWhatMayNotBeReported(text: string): boolean {
  return /(?:哪些|哪种|哪类|什么|啥|些啥)(?:样的)?(?:东西|内容|事情?|事儿|情况|信息|材料)?(?:是)?(?:不能|不可以|不让|不准|不许|不允许|不得|禁止)(?:当|当作|作为|算|写成|写进)?(?:社情民意)?(?:往上|通过\p{Script=Han}{0,4})?(?:报|交|提交|报送|反映|发|写)/u.test(text) && !/人|委员|谁/u.test(text);
}

/** "你们后台会保存我哪些信息", "我跟你聊的都存着吗": what the bot keeps. */
export function asksWhatIsKept(text: string): boolean {
  return (
    /(?:存|保存|记|留)(?:下来|着|了)?(?:我)?(?:的)?(?:哪些|啥|什么|些啥|些什么)|(?:存|保存|记)(?:下来|着)(?:吗|么|不)|(?:哪些|啥|什么)(?:信息|东西|资料)(?:会)?(?:被)?(?:存|保存|记)/u.test(text) &&
    !/草稿|多久|几天/u.test(text)
  );
}

/** "你刚才回答的…能不能直接截图当正式答复", "能写进函里当依据吗": whether the bot's answers are official. */
export function asksWhetherAnswersAreOfficial(text: string): boolean {
  return (
    /你|助手|它/u.test(text) &&
    /答|回|说|给的|给我的/u.test(text) &&
    /正式(?:答复|通知|文件|的|回复|依据)|当(?:个|成|作)?(?:依据|凭据|证据)|作(?:为)?依据|截图/u.test(text) &&
    !/会议通知|开会|社情民意(?:信息)?(?:提交|报)/u.test(text)
  );
}

/** "绑定弄不好，想给办公室打个电话问问，下午几点上班", "中午一点打有人接吗": the office’s hours. */
export function asksWhenTheOfficeIsOpen(text: string): boolean {
  return /几点(?:上班|下班|开门|有人)|什么时候(?:上班|有人)|啥时候(?:上班|有人)|上班时间|工作时间|办公时间|(?:点|[早中晚]上|中午|下午|周末)[^，,。？?]{0,4}(?:有人接|打得通|能打通|找得到人|有人值班)/u.test(text) && /办公室|你们|政协|工作人员|打(?:个)?电话/u.test(text);
}

/** "你上回答我的一个数跟我手上纸质报告对不上，到底该信哪个": the bot and the paper disagreeing. */
export function asksWhichToTrust(text: string): boolean {
  return (
    /对不上|不一样|不一致|有出入|矛盾|不符/u.test(text) &&
    /你|助手|回答|答的|说的/u.test(text) &&
    /报告|原文|文件|纸质|材料|文本/u.test(text) &&
    /信哪个|以哪个为准|听谁的|哪个对|哪个准|以谁为准|该信|为准/u.test(text)
  );
}

/** "我还没跟小助手绑上，开会的通知我收得到吗", "别的委员都收到了，俺一回都没收到": notices without a bound account. */
export function asksAboutNoticesUnbound(text: string): boolean {
  const unbound = /(?:没|还没|未|没有)(?:弄|搞|办)?过?(?:那个|什么|啥|个)?(?:绑定|绑上|绑|帮定|邦定)/u.test(text);
  const missing = /(?:收不到|没收到|一回都没收到|从来没收到|收得到吗|能收到吗|收到不)/u.test(text) && /通知|开会|会议/u.test(text);
  // ("是不是我没绑定，怎么绑", "是不是要先绑定个啥，咋弄": how to bind, which its own provision answers.)
  if (/(?:怎么|咋|如何|么样)(?:个)?(?:绑|弄|搞)|绑定.{0,8}(?:怎么办|咋办)/u.test(text)) return false;
  return (unbound && /通知|开会|会议/u.test(text)) || (missing && !/群|绑定码|换|怎么绑|咋绑|绑法/u.test(text) && /绑|漏|咋回事|怎么回事|为啥|为什么/u.test(text));
}

/** "类别拿不准…选错了要紧不", "不晓得归哪一类，随便选个行不行": unsure of the category. */
export function asksWhenUnsureOfTheCategory(text: string): boolean {
  // ("分几类，拿不准选哪个": the list of categories first.)
  return /类/u.test(text) && /选错|拿不准|吃不准|随便选|不晓得选|不知道选|选不准/u.test(text) && !/分(?:哪|几)|几类|哪几类|哪些类|有哪些/u.test(text);
}

/** "我已经用WPS写好一篇了，整篇复制粘贴给你行不行，还是得一问一答": a paper already written. */
export function asksToPasteAWholePaper(text: string): boolean {
  return /复制|粘贴|贴过来|贴进|整篇|全文/u.test(text) && /一问一答|一项一项|逐项|一项项|分步/u.test(text);
}

/** "办公室说建议太虚…到底要怎么写才算实在": suggestions sent back as too vague. */
export function asksHowToMakeSuggestionsConcrete(text: string): boolean {
  return /建议|写的/u.test(text) && /太虚|虚了|有点虚|太空|空了|空泛|不具体|不实在|高度重视|加强监管|加强管理/u.test(text) && /怎么|咋|如何|行不行|可以吗|毛病|才算|才不算/u.test(text);
}

/** "转给部门的时候会不会把我电话也给人家", "同意署名的话 我手机号会不会也印到上报的材料里": the reporter's number. */
export function asksWhetherTheirNumberIsShared(text: string): boolean {
  return (
    /(?:我的?|俺的?)(?:电话|手机号?|联系方式|号码)|(?:电话|手机号?|联系方式|号码)(?:也)?(?:会|能)/u.test(text) &&
    /给(?:人家|他们|部门|对方|别人|其他委员)|告诉|透露|印|公开|泄露|暴露|写进|写到|出现在|让[^，,。]{1,6}知道|找上门/u.test(text) &&
    /会不会|会吗|[吗么不]$|不会吧|能不能/u.test(text) &&
    !/绑定|尾号|后四位|换了|改成|写错/u.test(text)
  );
}

/** Someone other than the office: 别的委员, 召集人, 大家. */
const OTHERS = /(?:别的|其他|其它|旁的)(?:委员|人)|召集人|联络人|大家|同事|群里的人/u;
const SEES = /看到|看见|看得到|看得见|查看|能看|知道/u;

/** "召集人…能在小助手里看到我报的社情民意吗": whether other members see the member's reports (not whether the name is passed on). */
export function asksWhetherOthersSeeTheirReports(text: string): boolean {
  return OTHERS.test(text) && SEES.test(text) && /(?:我|俺)(?:的)?(?:报|写|交|提交|反映)(?:的|了)|社情民意/u.test(text) && !/群里|群中|大群|@|艾特|请假|回执|署名|匿名|名字/u.test(text);
}

/** "别的委员能看到我请假写的原因不": whether other members see the member's replies. */
export function asksWhetherOthersSeeTheirReplies(text: string): boolean {
  return OTHERS.test(text) && SEES.test(text) && /请假|回执|原因|参加不参加/u.test(text) && !/工作人员|办公室/u.test(text);
}

/** "在大群里@你说要反映问题，我写的内容别的委员能不能看到": a report begun in a group. */
export function asksWhetherTheGroupSees(text: string): boolean {
  return /群里|群中|大群|群聊/u.test(text) && /@|艾特|at你/iu.test(text) && SEES.test(text);
}

/**
 * "我在委员群里问了个问题，等了半天一点反应都没有": asking in a group without @ gets no answer. A
 * member who did @ it, or who replied to a notice or reported there, asks something else.
 */
export function asksWhyTheGroupIsSilent(text: string): boolean {
  return (
    /群里|群中|大群|群聊|委员群|界别群/u.test(text) &&
    /不理|不搭理|没搭理|没反应|没有反应|没啥反应|一点反应|一声不吭|不吭声|没吭声|没动静|不回(?:我|话|复)?|没回(?:我)?|装没看见|不出声/u.test(text) &&
    !/@|艾特|at你|通知|回执|参加|请假|反映|社情民意|报个|绑定/iu.test(text)
  );
}

/** "你是真人还是机器人啊 后台是不是有人在打字回我": whether a person answers. */
export function asksWhetherAPersonAnswers(text: string): boolean {
  // ("你到底是办公室的工作人员还是个机器人哦".)
  return /真人|人工|有人在(?:打字|回|看)|是不是人|是人(?:还是|吗)|(?:工作人员|人|秘书)还是(?:个)?(?:机器人|AI|程序|自动回复)|是不是(?:个)?机器人|是(?:个)?机器人(?:吗|么|不|哦|啊)/u.test(text) && /你|助手|后台/u.test(text);
}

/** "意见建议那块一般写几条好": how many suggestions a report gives. */
export function asksHowManySuggestions(text: string): boolean {
  // ("常熟五微联动提了多少条意见建议": a report's count, not the member's own writing.)
  return /意见建议|建议/u.test(text) && /(?:写|列)(?:个)?(?:几条|多少条)|(?:几条|多少条)(?:好|合适|为宜|比较好|合理)|条(?:是不是|算不算|会不会)?(?:太多|太少|多了|少了)/u.test(text) && !/提案|报告|规程|办法|几条规定|政协|常熟|十堰|廊坊|武汉|许昌|提了|报了/u.test(text);
}
