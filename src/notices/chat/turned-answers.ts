/**
 * Answers whose words point the other way from what they say: a no said to someone else, a no
 * overcome later in the message, a hesitation denied, a rhetorical question, a leave that is
 * somebody else's. Rewritten to what the member means before the reply is read.
 */
export const TURNED_REWRITES: ReadonlyArray<[RegExp, string]> = [
  // "本来那天要去喝喜酒 我跟他们说了去不了了": the no was said to the other engagement's people.
  [/(?:我)?(?:已经)?(?:跟|和|给|同)(?:他们|她们|人家|那边|对方|主家|朋友|同学)(?:说|讲|打招呼)(?:了|过)?(?:我)?(?:去不了|不去|来不了|不来|参加不了|不参加)(?:了)?/gu, ''],
  // "本来去不了，刚把课调了，也参加": a no that was, before what changed it.
  [/(?:我)?(?:本来|原本|原来|本)(?:是)?(?:去不了|来不了|参加不了|不能去|不能来|不能参加|没法去|没空|要请假)(?:的)?(?=[^。！？]*?(?:调开|调了|调好|改了|推了|推掉|换了|挪了|挪开|取消了|腾出|空出|能去|可以去|能来|可以来|也参加|能参加|可以参加|去得了|来得了))/gu, ''],
  // "我不是不想去，是怕赶不上…那就去吧": a hesitation denied is no leave.
  // ("不是不想去，是真去不了…": what it is instead follows, said for itself.)
  [/(?:我)?(?:也)?不是不(?:想|愿意|愿)(?:去|来|参加)[，,\s]*(?:(?:而|就|只)?是(?:真的?|实在)?)?/gu, ''],
  // "这么重要的会我能不去吗😄": asked back of an important meeting, it means coming.
  [/(?:这么|这样|如此)(?:重要|要紧|大)的(?:会|会议|事)(?:我)?(?:还)?(?:能|敢|可以)不(去|来|参加|到)(?:吗|么|嘛)?[？?]?/gu, '一定$1'],
  // "常委会这种会哪能请假，我到": leave from the meeting itself, asked back, is none.
  [/(?<=会)[，,\s]*(?:我)?(?:哪能|怎么能|哪敢|怎么敢|岂能|怎能|哪好意思)(?:随便)?请假(?:呢|啊|呀)?[？?]?/gu, '一定参加'],
  // "请假的是我们单位老周，我是去的": the leave named as someone else's.
  [/(?:要)?请(?:了)?假的是(?:我们?|咱们?)?(?:单位|界别|科室|家里|小组)?(?:的)?(?:同事|朋友|同学|家人|爱人|老婆|老公|孩子|[老小]\p{Script=Han}|\p{Script=Han}{1,3}(?:委员|主任|老师|局长))/gu, ''],
  // "我们领导说了，这个会他亲自去": 亲自 is said of the one invited, answering through a secretary.
  [/^(?:我们|咱们)?(?:领导|老板|局长|主任|院长|校长|书记|董事长|\p{Script=Han}总)(?:说了?|讲了?|交代了?)?[，,\s]*(?:这个会|这次会|常委会|协商会|这次)?(?:他|她)亲自(?:去|来|参加|到|出席)/gu, '我一定参加'],
  // "王秘书前天问我“来不来”…": the office's own question, quoted, asks nothing of us now.
  [/问(?:过)?(?:我|我们)?[“"「『][^”"」』]{1,12}[”"」』]/gu, '问过我'],
  // "…我当时没顾上回，现在回：来": the answer after the words that lead to it, later in the message.
  [/(?<=^|[，。！\s])(?:我)?(?:现在|这就|那我|那就)?(?:回|回复|答复)(?:您|你)?(?:一下)?[：:]\s*(?=(?:我)?(?:参加|请假|出席|不参加|去不了|来不了|来|去|到)(?:$|[，。！]))/gu, ''],
  // "能不能别老周末开会啊，我们搞企业的周末也忙": a complaint about when meetings are held, and how busy
  // the member always is, say nothing of this one.
  [/(?:能不能|可不可以|能否|可否)?(?:别|不要)(?:老是?|总是?|每次都|动不动就)(?:在|放在|安排在|挑)?(?:周末|周六|周日|星期天|礼拜天|工作日|上班时间)(?:开会|安排会)(?:啊|呀|嘛|呢|了)?[？?]?/gu, ''],
  [/(?<![这那下本上])(?:(?:周末|双休日|平时|平常)(?:也|都)(?:很|挺|特别)?忙(?:得很|啊|呀|的)?|(?:一直|总是|天天|每天)(?:都)?(?:很|挺|特别)?忙(?:啊|呀|的)?)(?=$|[，。！])(?![^。！？]*(?:请假|去不了|来不了|参加不了|不去|不来|不参加))/gu, ''],
];

/** Leave said but not meant, read last: thought of and given up, someone else's, or a record not wanted. */
export const LEAVES_NOT_MEANT: ReadonlyArray<[RegExp, string]> = [
  // "本想请假来着，…这个我得来", "我本来想请假送他的，结果…": a leave thought of, and given up.
  [/(?:我)?(?:本来|本|原本|原来)(?:想|打算|准备)(?:着)?(?:请假|请个假)(?:来着)?(?:的)?/gu, ''],
  // "别给我记成请假啊", "我老婆让我周六请假…": a leave someone else wants, or a record not wanted.
  [/(?:别|不要|不是|覅|莫)(?:给我|帮我)?(?:记成?|登记成?|写成|算成|弄成)请假(?:啊|哈|呀|了|哦)?|(?:我)?(?:老婆|爱人|老公|媳妇|家里人?|领导|单位)(?:让|叫|要)我[^，。！？]{0,6}?请假/gu, ''],
  // "我说的是我同事请假，我本人参加": someone else's leave, set apart from the member's own answer.
  [/(?:我)?说的是(?:我们?)?(?:的)?(?:同事|朋友|同学|家人|爱人|老婆|老公|孩子|[老小]\p{Script=Han})[^，。！？]{0,6}?(?:请假|去不了|来不了)/gu, ''],
  // "没有请假的打算，参加": a leave not meant is no leave.
  [/(?:没有|没)(?:请假|请假的)(?:打算|计划|想法|必要)|(?:不|没)(?:打算|准备|想)请假/gu, ''],
];
