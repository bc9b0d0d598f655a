/**
 * What the member says to the bot about the telling itself: "我说一下啊", "说下背景", "就这些 你帮我弄一下",
 * "你看着整理一下", "么样写都行", "以上就是我反映的情况" (voice input runs the last on without a pause).
 * None of it is the story, and on a signature line it would hide the line's name and sector.
 */
export const CLAUSE_REMARK = [
  '(?:我)?(?:先)?说(?:一下|下|个事情?|个事儿|件事)(?:啊|哈|哦|吧)?',
  '(?:先)?说(?:一)?下背景',
  '(?:你|您)(?:就)?(?:帮我|给我|帮忙|看着|随便)?(?:弄|整|整理|处理|写|改|润色)(?:一下|下)?(?:吧|哈|啊|撒)?',
  '(?:么样|怎么|咋|怎样|随便)(?:写|弄|整|改)都(?:行|可以|中|要得)',
  // "我说话你们记", "我是想反映这个", "那就按社情民意报": how the member tells it, and what it is.
  '我说(?:话)?(?:你们?|您)记(?:一下|着)?',
  '我(?:就)?是想反映(?:这个|这件事|这个事)(?:的)?',
  '(?:那)?就按社情民意(?:报|来|处理)(?:吧)?',
  // "这个事体我想作为社情民意报上去", "所以我想把这个作为社情民意报上去", "能的话就报": what the story is to become.
  '(?:所以|那|那就)?(?:这个(?:事体|事情|事儿?))?(?:我)?(?:想|要)?(?:把(?:这个|它|这事|这件事)?)?(?:作为|当作|当成)社情民意(?:信息)?(?:报上去|报|反映|提交|交上去|上报)(?:一下|上去)?(?:吧|哈)?',
  '能(?:的话|报的话)就报(?:吧|哈)?',
  // "下面是我整理的一条社情民意，麻烦看看", "材料是我们支部一起写的": a note on the paper that follows.
  '下面是我整理的(?:一条|一篇|一份)?(?:社情民意|材料|内容)?(?:信息)?',
  '(?:麻烦|请)(?:您|你)?(?:看看|看一下|审阅|过目)',
  '材料是[^，,。：:\\n]{0,8}?(?:一起)?(?:写|整理)的',
  // "我原样转一下", "一字不改转给你": a message passed on as it came.
  '(?:我)?(?:就)?(?:原样|原封不动地?|一字不改地?|照原文)(?:转|转发|发|贴)(?:一下|下|给你|给您|过来|上来)?(?:了|哈|啊|吧)?',
  // "小孙又来麻烦了", "妥否": said to the office, as a greeting or a letter's close.
  '(?:小\\p{Script=Han}|老\\p{Script=Han}|我)?又来麻烦(?:您|你|大家)?了',
  '(?:以上)?(?:意见|建议)?妥否(?:[，,]?(?:请|敬请)(?:批示|指示|指正|审示|审阅|审定))?',
  // "各位领导好", "辛苦啦", "然后就可以提交了".
  '各位领导好|领导们好',
  '辛苦(?:啦|了|您了)',
  '(?:然后)?就可以提交了',
  // "其他都没问题", "其他不用动", "整体OK", "谢谢你啊": said of the draft, or thanks.
  '(?:其他|其它|别的|其余|剩下的|整体|其他地方)(?:的)?(?:都|也)?(?:没问题|不用动|不用改|OK|ok|可以|行|对)(?:了|的|啦)?',
  '[Oo]thers? (?:are |is )?(?:OK|ok|fine)',
  '谢谢(?:你|您)(?:啊|了|哈|啦)?',
  // "不过我也有点犹豫要不要报……算了还是报吧".
  '(?:不过)?(?:我)?(?:也)?(?:有点|有些)?犹豫(?:要不要|该不该)报[^，,。！!\\n]{0,4}?',
  '(?:算了)?还是报吧',
].join('|');

export const REMARK_ON_THE_TELLING = new RegExp(
  `^(?:我)?(?:先)?说(?:一下|下|个事情?|个事儿|件事)(?:啊|哈|哦)(?=\\p{Script=Han})|(?<=^|[。！!？?…\\n，,\\s])[ \\t]*(?:${CLAUSE_REMARK})(?=$|[。！!，,：:…\\s\\n])[。！!，,：:…]*|以上(?:就)?是?我(?:要)?(?:反映|说|讲|报)的(?:情况|问题|内容|事情?)(?:和建议)?[。！!，,]?`,
  'gu',
);

/** "我姓王，三横王，王建军": the surname spelled out by its strokes or parts, said after it. */
const SURNAME_SPELLED = /(我姓(\p{Script=Han}))[，,\s]*(?:是)?\p{Script=Han}{1,3}?\2(?:的\2)?(?=[，,\s])/gu;

/** "电话138…你们记一下": asking the office to note what was just given, often run on after the number. */
const NOTE_IT_DOWN = /(?<=^|[\d。！!？?…\n，,\s])[ \t]*(?:你们?|您)(?:帮我)?(?:记一下|记下|记着|记好)(?:啊|哈|吧)?(?=$|[。！!，,…\s])/gu;

export function withoutRemarksOnTheTelling(text: string): string {
  // "……让他们进去卖以上是我反映的情况我是周德胜民建的…": the closing words stand for the pause voice input leaves out.
  return text.replace(REMARK_ON_THE_TELLING, (said) => (/^以上(?:就)?是?我/u.test(said) ? '，' : '')).replace(NOTE_IT_DOWN, '').replace(SURNAME_SPELLED, '$1');
}
