/**
 * Everyday ways of saying yes or no that the reply patterns would misread, rewritten to the plain
 * form first: A-not-A questions, double negatives, rhetorical questions, dialect words, a reply
 * form's tick.
 */

/** A-not-A questions and double negatives, rewritten so negation patterns do not misfire on them. */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // Cantonese 嚟 (来) and 㗎 / 喇; Wu 来额 / 来个 and 辰光 (时候); Min 歹势 (sorry), 彼日 (那天), 无闲 (没空).
  [/嚟/gu, '来'],
  [/[㗎喇]/gu, '的'],
  [/(?<=[来去到])[额个](?=$|[，。！!])/gu, '的'],
  [/辰光/gu, '时候'],
  [/歹势/gu, '不好意思'],
  // Cantonese 嗰日 (那天), 唔得闲 (没空), 去唔到 / 唔去得 (去不了); Henan and Shandong 俺 (我)
  [/[嗰𠮶]日/gu, '那天'],
  [/唔得闲/gu, '没空'],
  [/(?:去唔到|唔去得|唔嚟得|唔来得)/gu, '去不了'],
  // (Only before the answer itself: a reason keeps the member's own words.)
  [/(?<=^|[，。！])俺(?=(?:那天|当天|到时候?|这回|这次)?(?:也|都|一定|肯定|准时|就)?(?:去|来|参加|到))/gu, '我'],
  // Pinyin-keyboard slips of 参加 (cai for can: 蔡加, 才加, 灿佳), read only as a clause on its own:
  // inside a sentence they are other words (才加完班).
  [/(?<=^|[，。！])(?:我|本人)?[灿璨粲蔡菜才采彩财裁][加家佳嘉夹](?:的|哈|啦)?(?=$|[，。！])/gu, '参加'],
  [/彼日/gu, '那天'],
  // Shanghainese 阿拉 (我, 我们).
  [/阿拉/gu, '我'],
  // "参加，哦不，那天要出差": the answer taken back in the same breath gives way to what follows.
  [/^[^，。！？]{1,10}[，,。\s]+(?:哦|噢|呃|额|啊)?(?:不对|说错了|哦不|噢不|呃不|不不)[，,。\s]+/u, ''],
  // "原本担心时间安排不过来，……届时本人将准时出席": a worry had before is no answer.
  [/(?:原本|原来|本来|之前|起初)(?:还|也)?(?:担心|以为|怕|想着|觉得)[^，。！？]{0,16}/gu, ''],
  // "去不了是不可能的": coming.
  [/(?:去|来|参加)不了(?:是|那是)?(?:不可能|没可能)的?/gu, '一定去'],
  // Henan 中 (行): "常委会俺中" is coming; 中 alone stays an unclear okay.
  [/(?<=[我俺](?:也|都|肯定|保证)?)中(?:嘞|哩|啊|呀)?(?=$|[，。！!])/gu, '能去'],
  [/无闲|冇闲/gu, '没空'],
  // 莫得 / 冇得 (西南、湖北): 没.
  [/莫得|冇得/gu, '没'],
  // The notice's own "回复参加或请假" says nothing of the member's answer.
  [/(?:回复)?[“"]?参加[”"]?(?:或|或者|还是)[“"]?请假[”"]?/gu, ''],
  // A reply form filled in ("【回执】会议：…… 是否参加：请假 原因：……"): its labels and the meeting it names say nothing of the answer.
  [/【回执】|(?<=^|\s)回执[：:]|(?<=^|\s|】)(?:会议(?:名称)?|姓名|单位|职务)[：:][^\s，,。]*|(?<=^|\s|，)备注[：:]\s*/gu, ''],
  // "刚才那个请假作废": the leave called off is coming.
  [/(?:刚才|之前|前面)?(?:说)?(?:那个|的)?请假(?:的)?(?:那个|那条)?(?:就)?(?:作废|不算|取消|撤回)(?:了|吧)?/gu, '改为参加'],
  // "不是请假，是晚到" / "也不是去不了，就是…迟到十来分钟": coming, only not on time.
  [/(?:也|倒)?不是(?:请假|去不了|来不了|不去|不来|不参加)[，,]?(?:就是|只是|而是|是)?/gu, ''],
  // "这回说啥也得到场": no matter what, coming.
  [/(?:说啥|说什么|无论如何|不管怎样|不管咋样)(?:也|都)?(?:得|要)?(?=到场|到会|去|来|参加|出席|赶到)/gu, '一定'],
  // "不管多久都去": however long it runs, coming.
  [/(?:不管|无论|管它)(?:开)?(?:多久|多长时间|多晚|几点|到几点)(?:我)?(?:也|都)(?:得|要|会)?(?=到场|到会|去|来|参加|出席)/gu, '一定'],
  // Rhetorical yeses: 咋不去呢 / 不去？那怎么可能 / 我不参加谁参加 / 必须滴.
  [/(?:咋|怎么|为啥|为什么)(?:会|能)?不(去|来|参加)(?:呢|嘛|啊)?[？?]?/gu, '一定$1'],
  [/不(去|来|参加)[？?]\s*(?:那)?(?:怎么可能|不可能|哪能呢|开玩笑)/gu, '一定$1'],
  [/我不(参加|去|来)谁\1/gu, '我一定$1'],
  [/(?<=^|[，。！])必须(?:滴|的|哒)(?=$|[，。！])/gu, '一定去'],
  // Rhetorical noes: 我哪有空去开会 / 参加个啥呀 / 我倒是想参加，可…
  [/哪(?:有|来的)(?:空|时间|工夫)(?:去|来)?(?:开会|参加)?(?:啊|呀|呢)?/gu, '没空去'],
  [/参加个(?:啥|什么|锤子|鬼|屁)(?:呀|啊|哦)?/gu, '去不了'],
  [/^(?:参加|去|来)[？?]\s*/gu, ''],
  [/(?:我)?(?:倒是|倒|也|是)?想(?:参加|去|来)(?:的)?[，,]?(?=可|可是|但|但是|不过|就是)(?:可是|可|但是|但|不过|就是)/gu, '去不了，'],
  // "不是不想去，是那天要出庭": not unwilling, but unable.
  [/不是不想(?:去|来|参加)[，,]?(?:是|而是)?/gu, '去不了，'],
  // Hakka 涯 (我), 该日 (那天), 唔得去 (去不了).
  [/(?<![天生])涯(?=\p{Script=Han})/gu, '我'],
  [/该日/gu, '那天'],
  [/唔得(去|来)/gu, '$1不了'],
  // "明天的读书活动我参加": yes to another event is no answer to this notice.
  [/^(?!那天|当天|届时|这|本|此|该)([\u4e00-\u9fff]{0,4}的)?([\u4e00-\u9fff]{1,6}(?:活动|讲座|聚会|读书会|沙龙|比赛|演出|婚礼|饭局|团建|庭|庭审|开庭|培训|课))(?:我|我们)?(?:也)?(?:参加|去|报名)(?:的|哈|了)?(?=$|[，。！!])/gu, '$1$2是另一件事'],
  // "[文件] 请假条.docx", "请假条发您了": the leave note sent is the leave.
  [/^请假(?:条|单|申请(?:表|书)?)[。.](?:docx?|pdf|wps|jpe?g|png)$/giu, '请假'],
  [/请假(?:条|单|申请)(?:已经?)?(?:发|交|给|递)(?:给)?(?:您|你|你们|办公室)?(?:了|过去了|啦)/gu, '请假'],
  // "联系人电话多少，我有点事要问": a matter to ask about is no engagement.
  [/有(?:点|个|件)?(?:小)?事(?:情|儿)?(?:要|想)(?:问|咨询|请教|了解|商量|确认)(?:一下|下)?/gu, '想问一下'],
  // "请假条就不写了，人到": the leave note is a thing, not a leave.
  [/请假条/gu, '假条'],
  // "我来是来，就是……" / "去去去": coming, said with emphasis.
  [/(来|去)是\1/gu, '$1'],
  [/(去|来){2,3}(?=$|[，。！!～~\s])/gu, '$1'],
  // "都来都来", "参加参加": a short answer said twice over is said once.
  [/(?<=^|[，。！])(\p{Script=Han}{2,4}?)\1+(?=$|[，。！])/gu, '$1'],
  // "我说不去你们也不答应啊": a joke about saying no is no answer.
  [/(?:我)?(?:要是)?说不(?:去|来|参加)(?:的话)?[^，。！？]{0,8}?(?:不答应|不同意|不让|不放过|不行)[啊呀吧嘛]*/gu, ''],

  // Voice-input fillers: "那个什么呃……嗯对……" ask nothing.
  [/那个什么|呃+|嗯+对?(?=[\u4e00-\u9fff])/gu, '，'],
  [/能不能/gu, '能否'],
  [/会不会/gu, '会否'],
  [/可不可以/gu, '可否'],
  [/是不是/gu, '是否'],
  [/要不要/gu, '是否要'],
  [/有没有/gu, '是否有'],
  [/用不用/gu, '是否用'],
  [/需不需要/gu, '是否需要'],
  [/参不参加|参加不参加|(去|来)不\1/gu, '是否参加'],
  [/能(去|来|参加)就\1/gu, '看情况'],
  [/(?:不会|绝不|决不|不)缺席/gu, '出席'],
  [/不会不(去|来|参加|到)/gu, '会$1'],
  [/不能不(去|来|参加|到)/gu, '一定$1'],
  // Rhetorical questions answer: 哪有不去的道理？ → coming; 哪里去得了 / 怎么参加？ → not.
  [/(?:哪有|哪能|没有|没)不(去|来|参加)的(?:道理|理由)[？?]?/gu, '一定$1'],
  [/(?:哪里|哪儿|哪)(?:去|来|参加)得(?:了|成)(?:嘛|呢|啊|呀)?[？?]?/gu, '去不了'],
  [/怎么(?:参加|去得了|来得了|去|来)(?:嘛|呢|啊)?[？?]/gu, '去不了，'],
  [/不能不请假|不得不请(?:个)?假|只好请(?:个)?假/gu, '只能请假'],
  // 没法不去 / 不去不行 / 不得不去: coming, said twice negated.
  [/(?:没法不|没办法不|不得不|不可能不)(去|来|参加)/gu, '一定$1'],
  [/不(去|来|参加)(?:是|可|那可|那是|肯定是|当然是)?不行(?:的)?/gu, '一定$1'],
  [/不(去|来|参加)(?:是|那是)?(?:不可能|没可能)(?:的)?/gu, '一定$1'],
  // "5号晚上的饭局我就不去了": staying away from another event is no leave from ours.
  // "帮我跟老刘说一声，……": whom the message is to be passed to; what follows is read as said.
  [/^(?:帮我|麻烦|请)?(?:跟|和|给|向)[\u4e00-\u9fff]{1,4}(?:说一声|说一下|讲一声|带个话)[，,]\s*/u, ''],
  [/^((?:\d{1,2}[号日])?[\u4e00-\u9fff]{0,4}的)?([\u4e00-\u9fff]{0,6}(?:活动|讲座|聚会|读书会|沙龙|比赛|演出|婚礼|饭局|团建|酒席|宴席|年会|球|牌局|聚餐|饭))(?:我|我们)?(?:就|也)?(?:不去了?|去不了|不参加了?|参加不了)(?=$|[，。！!])/gu, '$1$2是另一件事'],
  // "民盟那边周末的活动我请假了，常委会照常参加", "单位的年终总结会我请假了，常委会这边参加": the leave is from
  // another event or another body's meeting, and ours is answered after.
  [/(?<=^|[，。！])([^，。！？]{1,10}的(?:会|活动|调研|培训|学习|讲座))(?:我|我们)?(?:就|也|已经)?(?:请(?:了|过)?假(?:了)?|不去了?|去不了)(?=[，。！][^。]*(?:这个|这次|这边|照常|常委会|协商会|\d{1,2}号)[^。，]*(?:参加|我来|来|去|到))/gu, '$1是另一件事'],
  // "虽然有点感冒，但还是去": the difficulty conceded, the answer is what follows.
  [/(?:虽然|虽说|尽管)[^，。！？]{1,20}[，,]\s*(?:但是?|可是?|不过)?\s*(?:我)?(?:还是|照样|照常|仍然|依然|也)(?:要|会|得)?(去|来|参加|到会|到场)(?![不了])/gu, '一定$1'],
  // 我没说不去: denying an absence is coming.
  [/没(?:说|讲)(?:过|要)?不(?:去|来|参加)(?:啊|呀|呢)?/gu, '我会去'],
  // "我哪回缺过席", "啥时候请过假": never once missed, so coming.
  [/(?:哪回|哪次|哪一次|什么时候|啥时候)(?:缺过席|缺席过|没来过|没到过|请过假)(?:啊|呀|呢|嘛)?[？?]?/gu, '一定参加'],
  // 哪能不去 / 哪敢不去: asked back, it means coming.
  [/(?:哪能|哪敢|怎么能|怎么敢|岂能|哪会|怎能)不(去|来|参加|到)/gu, '一定$1'],
  // 请假就算了 / 别给我记请假 / 请假？不存在的: no leave.
  [/请假(?:就|还是)?算了|(?:别|不要|不用)(?:给我)?(?:记|登记|算)(?:成|为)?请假|请假[？?]?\s*不存在(?:的)?/gu, '会参加'],
  // 常委会不请假: not asking leave is coming.
  [/(?<![要想])不(?:会|用|需要|必)?请假(?:了)?/gu, '会参加'],
  // "会的话我参加": 的话 after the meeting marks the topic, not a condition.
  [/(?<=^|[，。！])(?:这个|那个|这次|那次)?(?:会|开会)的话/gu, '会'],
  // Shanghainese 勿 for 不: 来勿了 / 去勿成.
  [/([去来到])勿([了成])/gu, '$1不$2'],
  // "10号下午有个并购项目签约，我是法人代表必须到场": present at the other thing is absent from ours.
  // (Not of a meeting, which may be ours: "10号有个协商会，我必须到场".)
  [/(有(?:个|一个)(?![^，。！？]*会)[^，。！？]{2,14}[，,][^，。！？]{0,10}?)(?:必须|得|要)(?:到场|在场|亲自到场|出席)/gu, '$1，去不了'],
  // "单位在审计，5号审计组进点，我得在": needed on hand where the work is, so not at ours
  // ("那天有个协商会，我必须到场" is ours; "常委会我得在" says nothing of the work).
  [/((?:单位|公司|厂里|院里|所里|局里|学校|医院|村里|店里|项目|工地|现场)[^。！？]{0,24}[，,]\s*(?:我|本人)?(?:得|必须|需要)(?:在场|在现场|守着|盯着|坐镇|在))(?=$|[，。！])/gu, '$1，去不了'],
  // 来不倒 / 去不倒 (西南官话): cannot come.
  [/([去来])不倒/gu, '$1不了'],
  [/不是不(?:去|来|参加)[，,]?(?:是|而是)?/gu, ''],
  [/(?:保证|一定|绝对)?不(?:会)?(?:迟到|晚到|早退)/gu, '准时到'],
  // "不出意外的话参加": a plain yes in office words, not a condition.
  [/不出(?:什么)?意外的话|不出(?:什么)?意外|(?:如果)?没(?:有)?(?:什么)?意外的话|如无意外|如无特殊情况|没有特殊情况的话|没有特殊情况|无特殊情况/gu, ''],
  [/不见不散/gu, '到时见'],
  // "去年每次常委会我都到了，这次也一样": the same as every time before is coming.
  [/(?<=(?:都到了|都参加了|都去了|都来了|没缺(?:过|席过?)?)[^。！？]{0,4}[，,]?)(?:这次|这回)(?:也|还是)?(?:一样|照样|照旧|不例外)/gu, '这次也参加'],
  // "要发言的那个算了": a meeting pointed at and given up is a leave for it.
  [/(?<=那个|那场|那次)(?:会)?(?:就|我就)?算了/gu, '请假'],
  // 有变化再联系: a promise for later, not a doubt about coming.
  [/(?:如)?有(?:什么|任何)?(?:变化|变动|事|问题|情况)(?:的话)?(?:再|会|就|随时|及时)(?:联系|告诉|报告|通知|说|沟通)[\u4e00-\u9fff]{0,3}/gu, ''],
];

/** A reply form filled in ("是否参加：是（√） 否（ ）", "是否参加：参加"): its tick is the answer. */
const FORM_TICK = /是否(?:参加|出席|参会)[：:]\s*(?:(是|参加|出席)\s*[（(]\s*[√✓✔☑]\s*[）)]|(否|不参加|请假)\s*[（(]\s*[√✓✔☑]\s*[）)]|(参加|出席|是)(?=\s|$|，)|(请假|不参加|否)(?=\s|$|，))/u;

export function rewriteForReading(text: string): string {
  const form = FORM_TICK.exec(text);
  const rewritten = (t: string) => REWRITES.reduce((done, [pattern, replacement]) => done.replace(pattern, replacement), t);
  if (!form) return rewritten(text);
  // The reason or the note written on the form (原因：…, 备注：…) is kept; its other fields are no part of the answer.
  const notes = [...text.matchAll(/(?:请假)?(?:原因|理由|事由|备\s*注|说\s*明)\s*[：:]\s*([^\n]+?)\s*(?=$|\n|[\u4e00-\u9fff]{2,4}[：:])/gu)]
    .map((m) => m[1]!.trim())
    .filter((note) => !/^(?:无|没有|暂无|\/)$/u.test(note));
  return [form[1] || form[3] ? '参加' : '请假', ...notes].join('，');
}
