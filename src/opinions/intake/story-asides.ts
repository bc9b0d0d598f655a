import { CLAUSE_REMARK } from './remarks-on-the-telling.ts';

/**
 * What members say to the bot around the matter while they tell it, none of which the office wants
 * in the report: courtesies, remarks on how they tell it (by voice, walking, typed by a grandchild,
 * a bit muddled), requests about the text (记一下, 挑重点, 润色), questions about the procedure
 * ("这个会转给哪个部门？"), another matter put off ("还有扬尘的问题，这个我回头单独报"), and talk that
 * drifted ("……会叫奶奶了，哎呀扯远了"). Their own day ("刚下夜班", "晚上还得去喝喜酒") is told
 * apart only where it cannot be the story: before the start phrase, or as a bubble of its own.
 */

const TAIL = '[啊哈哦呀吧啦了嘛呢哟咯]*';

const COURTESY = [
  '哈喽|hello|hi|嗨|在吗|在不在',
  '打扰(?:了|一下|您了|你了|啦)',
  '不好意思|唔好意思|抱歉|sorry|sry|见谅|多包涵',
  '(?:兄弟|老弟|老哥|大姐)?我(?:就)?直接说了|我这人说话直|(?:您|你)(?:别|不要)介意|说正事|言归正传|废话不多说|长话短说',
  '(?:先)?吐槽(?:一下|几句|两句)|(?:简单|随便)(?:说|讲|聊)(?:几句|两句|一下)',
  // "——周老师": signed with how colleagues call the member, which names no one.
  '[—–]{1,2}\\s*\\p{Script=Han}(?:老师|主任|医生|大夫|工|总|校长|院长|书记|律师|局长|经理)',
  // "反映个情况急着呢🙏": how urgent it is, said to the office.
  '(?:比较|挺|很|特别)?急(?:着呢|得很|的很|的)?|急急急',
  // "中不中给你说个事儿", "我跟你们港个事啊" (湖北话 港 = 讲): telling the bot that something follows.
  '(?:我)?(?:给|跟|和)(?:你|您|恁|你们|您们)(?:说|讲|港|唠|聊|汇报)(?:个|一个|件|一件|点)?事(?:儿|情)?',
  // "我想反映个社情民意 先说情况": the order the member tells it in.
  '先(?:说|讲)(?:一下|下)?(?:情况|事情|问题)',
  '早上好|上午好|中午好|下午好|晚上好|早安|晚安',
  '麻烦(?:您|你|你们|您们)?了|拜托(?:了|拜托|您了|你了)?',
  '(?:您|你)?(?:看看)?(?:能不能|可不可以)?(?:帮忙|帮我)?(?:给)?反映(?:一下|上去)',
  '就这么(?:个|点)?事(?:儿)?|就这个事(?:儿)?|就这事(?:儿)?',
  // A letter's salutation and close: 尊敬的政协领导, 您好, 祝工作顺利, 以上, 辛苦各位, 您多担待.
  '(?:尊敬的|敬爱的)[^，,。：:]{1,12}|您好|你好|您们好|大家好',
  // A speech's opening: "各位领导、各位委员".
  '各位(?:领导|委员|同志|专家|同仁)(?:[、，,]各位(?:领导|委员|同志|专家|同仁))*',
  '(?:顺祝|祝)(?:您|你|你们|您们|各位|大家|领导)?(?:工作顺利|身体健康|一切顺利|生活愉快|万事如意|安好|好)',
  // "辛苦小助手了", "好啦，辛苦辛苦", "谢谢您辛苦了", "辛苦工作人员了", "周末愉快", "谢谢小同志".
  '(?:谢谢|感谢|多谢)?(?:您|你|你们|您们)?辛苦(?:辛苦)?(?:小助手|助手|您|你|你们|您们|各位|大家|小同志|工作人员)?(?:了|啦)?|(?:谢谢|感谢|多谢)(?:您|你|你们|您们|小同志|小助手|同志|大家|各位)?(?:了|啦)?',
  '(?:周末|节日|新年|春节|国庆|中秋)(?:快乐|愉快)',
  // Openers and closers said as clauses of their own: "亲，在不在", "侬好呀", "老铁们好", "好啦", "中了，就这", "唔该晒".
  '亲|侬好|老铁们?好?|各位老铁|唔该晒?|多谢晒|有劳(?:了|您了|你了)?',
  // A tag question to the bot: "要得不", "中不中", "行不".
  '要得不|要得吧|中不中|行不行|行不|可以不',
  // ("说完了" alone is left to the dialog: it closes a story told in pieces.)
  '(?:好了|好啦|行了|中了)|就这(?:些|样|么多)?',
  '(?:你|您)?(?:帮我)?看看(?:写|说)?得?对不对',
  '以上(?:建议|内容|意见|情况|几点)?|(?:您|你)?(?:多)?(?:担待|包涵)',
  // "以上建议，请予考虑", "请审核", "（完）".
  '(?:以上(?:建议|内容|意见|情况)?)?(?:请|敬请|恳请|望)(?:予|予以)?(?:审核|审阅|审定|考虑|参考)|[（(]?(?:完|完毕)[）)]?',
  // Said of the bot itself ("你这个机器人比我秘书还快", "恁这机器人还怪中哩"), or asking it to hurry.
  // ("格个机器人灵伐": Wu 格个 is 这个, 灵伐 asks whether it works.)
  '(?:你|您|恁)?(?:这个?|这|格个|搿个)?(?:机器人|小助手)(?:[比还真挺太好怪灵][^，,。！!？?]{0,10})?',
  '(?:尽量|麻烦|请)?(?:快点|快一点|快些)(?:处理|弄|办)?',
  // Fillers and laughter said as clauses of their own.
  '嗯+|呃+|额+|哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|就是那个|那个',
].join('|');

const ON_THE_TELLING = [
  // By voice, walking, with a screen reader or another script; a grandchild typing.
  '(?:我)?(?:是)?边走边(?:说|讲)(?:的)?',
  '(?:我)?(?:是)?(?:用)?(?:语音|读屏软件|读屏|繁体字?|手写)(?:转文字|转成文字)?(?:说|打字|打的字?|写|输入|转)?(?:的)?',
  // Whose account it comes from: "我用我爸的微信发的", "借我女儿手机发的".
  '(?:我|俺)?(?:这是|是)?(?:用|拿|借)(?:的是)?(?:我|俺)?(?:爸|妈|老爸|老妈|爱人|老伴|女儿|儿子|闺女|孩子|孙子|孙女|媳妇|老公|老婆|同事|秘书|家里人|别人)(?:的)?(?:微信|手机|号|账号|电报)(?:发|打)?(?:的)?',
  // ("这个微信是我老伴李建国的": the account named as someone else's.)
  '(?:这个|这)(?:微信|手机|号|账号|微信号)是(?:我|俺)(?:爸|妈|老爸|老妈|爱人|老伴|女儿|儿子|闺女|孩子|孙子|孙女|媳妇|老公|老婆|同事|秘书|家里人)\\p{Script=Han}{0,3}的',
  // Trying the bot out: "中不中啊这个机器人", "俺试试", "你能听懂语音不".
  '(?:中不中|行不行|好使不|灵不灵)啊?(?:这个)?(?:机器人|小助手)?|(?:我|俺)?(?:先)?试试(?:看)?|(?:你|您)?能听懂语音(?:不|吗)',
  // "我直接发内容哈", "发了，不知道格式对不对，你们看着改": said of sending the text.
  '(?:我)?直接发(?:内容|全文|稿子)(?:哈|了|吧)?|发了|(?:也)?不知道格式对不对|(?:你们|您|你)?看着(?:改|整理|弄)(?:改|一下|吧)?',
  // "（以上情况属实，可核实）": vouching for it, as a letter closes.
  '[（(]?(?:以上)?(?:情况|内容)?(?:均)?属实|可核实[）)]?|可核查[）)]?',
  // A label on a line of its own: "内容：".
  '(?:具体|主要)?(?:内容|正文)(?:如下)?',
  // "……不说它了 我说另外一个": the matter switched to, announced.
  '(?:那)?(?:我)?(?:再)?(?:说|讲|反映)(?:另外|另)(?:一个|一件)(?:事|事情|问题)?(?:吧|啊|哈)?',
  // "这个帮我作为社情民意报一下": what to do with it, said of the text.
  '(?:这个)?(?:我)?(?:想|要)?(?:帮我|麻烦)?(?:作为|当作|当成|当|按)社情民意(?:报|反映|提交)(?:一下|上去)?',
  // "先留个电话", "电话我先留一下，怕等下忘了", "你们有事找我": what the member gives first, and why.
  '(?:我)?先(?:留|报|说)(?:个|一下|下)?(?:我的)?(?:电话|手机|号码|联系方式|名字|姓名|个人信息|基本信息)|(?:我)?先自我介绍(?:一下|下)?',
  '(?:电话|手机|号码|联系方式)(?:我)?先留(?:一下|下|个)?|(?:我)?怕(?:等下|等会儿?|待会儿?|回头|一会儿?)?忘(?:了|记)(?:了)?',
  '(?:你们|您|你)?(?:有事|有啥事|有什么事|有问题)(?:可以|就|随时)?(?:找我|联系我|打我电话|打这个电话|打给我)',
  '(?:这是)?(?:让|叫|请)?(?:我)?(?:家)?(?:孙子|孙女|外孙女?|女儿|儿子|闺女|孩子|小孩)(?:帮我|替我|教我)(?:打的字|打字|弄的|发的|用的这个|用这个)(?:的)?',
  '(?:可能|难免|要是)(?:会)?有(?:些|点)?(?:错字|错别字|错)(?:的话)?',
  // How it is written, owned up to or asked about: "写得有点乱你们帮我理理", "我写得比较口语化，你们别介意",
  // "我这样写可以吗", "会不会太口语化了", "不知道归哪一类，你们看着分".
  '(?:我)?写(?:得|的)(?:有点|比较|太)?(?:乱|口语化|啰嗦|长|随意)(?:了)?(?:[，,\\s]*(?:你们|您|你)?(?:帮我)?(?:理理|理一理|整理整理|捋捋|改改))?',
  '(?:你们|您|你)(?:别|不要)介意|(?:我)?这样写(?:可以|行|对)(?:吗|不|吧)|会不会(?:太|有点)(?:口语化|啰嗦|长|乱)(?:了)?',
  '(?:也)?不知道(?:该)?(?:归|算|选)哪(?:一)?类|(?:你们|您|你)?看着(?:分|归|选|定)(?:吧|哈)?',
  // Worries about themself: "不会被扣分吧", "会不会嫌我事多".
  '(?:你们|您|你)?(?:不会|会不会)(?:被)?(?:扣分|嫌我(?:事多|烦|啰嗦|多事))(?:吧|吗|啊)?',
  // "那我说一个", "那我报一个": going ahead, once told it may be reported.
  '那(?:我)?(?:就)?(?:说|报|讲|反映)(?:一个|一下|个)',
  '麻烦(?:尽快|快点|抓紧)(?:处理|看看|办)?|(?:你们)?这个(?:小程序|小助手|机器人|功能)(?:做得|弄得|搞得)?(?:不错|挺好|很好|真方便|好用)',
  // Typos and haste owned up to: "打得快错别字见谅", "错字多", "写得仓促", "有没有错字你们看着改一下".
  '(?:打|写)(?:得|的)(?:快|急|匆忙|仓促|潦草|比较急|比较快)|(?:我|俺)?打字(?:慢|不快|不利索)',
  '(?:不好意思)?(?:错别字|错字|笔误)(?:多|比较多|有点多|较多)?(?:请|还请|望)?(?:见谅|包涵|海涵)?',
  '有没有(?:错别字|错字)(?:你们|您|你)?(?:就)?(?:看着|帮我|帮忙)?改(?:一下|改|下)?',
  '(?:最近|这阵子|这段时间)(?:比较|太|很|有点|实在)?忙',
  // When and how it was written: "昨晚写的", "周末就写好了今天才发", "刚在车上用语音写的", "这是第三稿了".
  '(?:昨晚|昨天晚上|昨天|前天|前几天|周末|上周|早上|刚才|刚刚|刚)(?:就)?(?:在[^，,。]{1,6}?)?(?:用语音)?(?:写|弄|整理|打)(?:好)?(?:的|了)(?:今天才发)?',
  '(?:今天|现在)才发|先发给(?:你|您|你们)(?:看看)?',
  '这是第[一二三四五六七八九十\\d]+(?:稿|版)(?:了)?',
  '(?:孩子|小孩|娃|孙子)在旁边(?:闹|吵|捣乱)',
  '(?:您|你)?(?:莫|别|不要)(?:急|着急)|(?:您|你)?(?:等等|等一下|等我一下|稍等)(?:我)?',
  // Said of the bot: "第一次用这个小助手 挺方便的".
  '(?:第一次|头一回|初次)用(?:这个|这)(?:小助手|机器人|助手|功能|bot)?|(?:第一次|头一回|初次)用(?:小助手|机器人|助手|功能|bot)|(?:你们)?(?:这个)?(?:小助手|机器人|助手)?(?:挺|很|真|蛮|还挺)(?:方便|好用)(?:的)?|比以前(?:填表|跑腿|跑路|写材料)?(?:强|方便|好)多了',
  // A bit muddled, long-winded.
  '(?:我)?(?:说|讲|写)(?:得|的)?(?:可能)?(?:有点|有些|比较|太|不太)?(?:乱|啰嗦|啰唆|杂|清楚|长)',
  '(?:你|您)(?:就)?(?:将就|凑合)(?:着)?看',
  // Requests about the text: note it, sort it, pick out what matters, smooth it.
  '(?:你|您)(?:就)?(?:帮我|给我|帮忙)?(?:记一下|记着|记下来|理一下|理理|挑(?:一下)?重点|看看顺不顺|看看通不通顺|看着帮我(?:润色|改|弄|整理)(?:一下)?)',
  '(?:你|您)(?:能|可以)?(?:帮我)?(?:起|拟|取)个(?:标题|题目)(?:吗|不)?',
  '(?:趁|利用)[^，,。]{0,6}?(?:说|打)(?:两句|几句|几个字)|会间休息(?:打|说)(?:几个字|两句|几句)',
  // "你别把学生名字写进去啊": what to leave out of the text, said to us.
  '(?:你|您)?(?:可)?(?:别|不要|莫|千万别)把[^，,。]{1,12}(?:写进去|写上去|写上|写出来|报上去)',
  // "我先说明一下我不是替学校要钱", "这个话题有点敏感", "这事我憋了好久了": said of the telling, not the matter.
  '(?:我)?(?:先)?(?:说明|声明)(?:一下)?[，,]?我(?:可)?不是(?:替|为|帮)[^，,。]{1,10}?(?:要钱|说话|争取|出头|讨说法)',
  '(?:这个|这)?(?:话题|事|事情|问题)?(?:可能)?(?:有点|有些|比较|挺)敏感',
  '(?:我)?(?:跟你说|跟你们说|跟您说)?(?:这个事|这事|这件事)?(?:我)?(?:憋|忍)了(?:好久|很久|好长时间|好几个月|好些天)(?:了)?',
  // "我是竹山县那边的委员哈": being a member, from where, says nothing of the matter (a sector said so is read as one;
  // a member of the residents' committee is part of the story).
  '我是(?![^，,。]*(?:界|党|盟|民建|民进|九三|致公|学社|工商联|共青团|妇联|科协|侨联|台联|青联|宗教|特邀|无党派|业委会|居委|村委))[^，,。\\s]{1,12}?(?:那边|这边|那里|这里)?的?(?:政协)?(?:委员|常委)',
  // "我是开药店的", "我在学校教书", "现在在体校当教练": the member's own work, said in passing.
  // ("我是做心理咨询的，农工党" introduces the member, and stays for the contact details to be read.)
  '(?:我|俺|本人)(?:是|就是)?开[^，,。\\s]{1,6}?(?:的|生意的)|(?:做|搞)[^，,。\\s]{1,6}?(?:的|生意的)',
  '(?:我|俺|本人)?(?:现在|原来|以前)?(?:是)?在[^，,。\\s]{2,8}?(?:上班|工作|教书|当[^，,。\\s]{1,4})(?:的)?',
  '(?:我|俺)?以前是(?:练|干|做|搞)[^，,。\\s]{1,6}的',
  // "我在外面开会，先发这么多，有不清楚的再问我", "不晓得好不好使": said of the sending, or of the bot.
  '(?:我)?(?:现在|正)?在外面(?:开会|办事|出差)(?:呢)?|先发(?:这么多|这些)(?:吧)?|有(?:不清楚|不明白|问题)的(?:再)?(?:问我|联系我|打我电话)',
  '(?:不晓得|不知道)(?:好不好使|管不管用|灵不灵)',
  // "跟您反映个事": the telling announced.
  '(?:跟|和|给|向)(?:您|你|你们)反映(?:个|一个|件|一件)?(?:事|事儿|事情|情况)',
].join('|');

/** The member's own day, said around the telling: unmistakable ones, and ones a story may begin with. */
const THEIR_BUSY_DAY = [
  '(?:我)?(?:今天)?(?:刚|刚刚|才)?(?:下(?:了)?夜班|跑完[早晚]?班|值完[^，,。]{0,3}班)|(?:我)?(?:刚|刚刚|才)下(?:了)?手术(?:台)?',
  '(?:还)?没(?:吃饭|吃午饭|吃晚饭)|累死了|累坏了|脑子(?:有点|都)?懵(?:的)?',
  '(?:我)?(?:等会儿?|待会儿?|一会儿?|晚上|明天(?:一早)?|下午)(?:我)?(?:还)?(?:要|得)(?:去)?[^，,。]{1,8}',
  '(?:我)?(?:晚上|这会儿|现在)才有空(?:弄|搞|写)?(?:这个)?',
].join('|');
const THEIR_DAY = [
  THEIR_BUSY_DAY,
  '(?:我|我们[^，,。]{0,4})?(?:今天|刚才)?(?:刚|刚刚|才)(?:下(?:了)?(?:班|课|手术)|忙完[^，,。]{0,6}|搞完[^，,。]{0,12}|开完[^，,。]{0,6}|从[^，,。]{1,10}(?:回来|出来|下来))(?:[^，,。]{0,4}?(?:累死了|累坏了|还没吃饭))?',
].join('|');

// One aside may run into the next without a pause ("说得乱你帮我理一下").
const clause = (kinds: string) => new RegExp(`^(?:哎呀|哎|唉|嗯|哦|对了|哈哈|呵呵|嘿嘿)?[，,\\s]*(?:${kinds})(?:[，,\\s]*(?:${kinds}))*${TAIL}$`, 'iu');
// (With the remarks on the telling the project reads elsewhere: 你帮我整理一下, 辛苦了, 其他都没问题.)
const SAID_TO_US = `${COURTESY}|${ON_THE_TELLING}|${CLAUSE_REMARK}`;
const ASIDE = clause(SAID_TO_US);
const LEADING_ASIDE = clause(`${SAID_TO_US}|${THEIR_BUSY_DAY}`);
const ASIDE_OR_DAY = clause(`${SAID_TO_US}|${THEIR_DAY}`);
/** "哎呀扯远了": what came before it in the sentence drifted from the matter. */
// "……不知道真的假的，这句您别写进去", "银行那帮人真是…算了不说了", "本来想说停车难的事，……就不说它了":
// the sentence is taken back as it ends.
const DRIFTED = /^(?:哎呀|哎|唉)?[，,\s]*(?:扯远了|说远了|跑题了|跑偏了|扯多了|不说这个了|(?:算了)?(?:就|那就)?(?:先)?不(?:说|提|讲)(?:它|这个|那个)?了|(?:这句|这个|这话|这段)(?:话)?(?:您|你)?(?:就)?(?:别|不要|不用)(?:写|记)(?:进去|上去|上)?)[啊哈哦了]*$/u;

const RETRACTING = /^(?:哎呀|哎|唉)?算了/u;
const TRAILING = /。。|…|\.\.\./u;

/** A question about the procedure, put to the bot: "这个会转给哪个部门？", "这事你们能管吗". */
const ABOUT_THE_PROCEDURE = /(?:转给|转到|交给|报给|报到)(?:哪个|哪些|什么)(?:部门|单位)|(?:你们|您|你)[^。！？?\n]{0,8}?(?:能管|管不管|管得了|回执|打印|编号|怎么查|多久|能不能报|可以报)|(?:能|可以)直接报到|(?:回执|编号)(?:能|可以|怎么)/u;
/** "另外一个问题我单独报": another report to come is no part of this one. */
export const ANOTHER_REPORT = /单独报|另报|另外报|下次报|回头报|再报一条|另起一条|单独反映|另外反映|下次反映/u;
/** Another matter, put off: "还有扬尘的问题，这个我回头单独报", "那个我下回单独说", "这次先只说噪音". */
const PUT_OFF = new RegExp(`${ANOTHER_REPORT.source}|(?:单独|另外|下回|下次|回头|以后|改天)(?:再)?(?:说|报|反映|讲)|(?:这次|今天)(?:先)?只(?:说|报|反映)`, 'u');
const ANOTHER_LEAD = /^(?:对了|还有|另外|此外|再就是)/u;

type Piece = { text: string; end: string };

/** "……三个月了哈哈哈": laughter closing a clause. */
const BRACKETED = /[（(]([^（）()]{1,40})[）)]/gu;
const LAUGHTER = /(?<=\p{Script=Han})(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,})$/u;

/** Clauses with the mark that closes each: a sentence ends at 。！？ or a line break. */
// An emoji stands where a pause would.
const CLAUSES = /([^，,。！!？?；;：:\n\s…～~\p{Extended_Pictographic}\ufe0f\u200d]+)([，,。！!？?；;：:\n\s…～~\p{Extended_Pictographic}\ufe0f\u200d]*)/gu;

function pieces(text: string): Piece[] {
  return [...text.matchAll(CLAUSES)].map((m) => ({ text: m[1]!, end: m[2]! }));
}

const endsSentence = (piece: Piece) => /[。！!？?\n]/u.test(piece.end);

function sentences(list: Piece[]): Piece[][] {
  const out: Piece[][] = [[]];
  for (const piece of list) {
    out.at(-1)!.push(piece);
    if (endsSentence(piece)) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

const said = (list: Piece[]) => list.map((p) => p.text).join('');
const joinedBack = (list: Piece[]) => list.map((p) => `${p.text}${p.end}`).join('');

/** The story without the member's asides; `alone` also drops their own day (a bubble of its own, a preamble). */
export function withoutStoryAsides(told: string, alone = false): string {
  // "（电话我先留一下，怕等下忘了）": a bracketed remark that is all asides goes with its brackets.
  const text = told.replace(BRACKETED, (whole, inside: string) => (withoutStoryAsides(inside).trim() === '' ? '' : whole));
  const aside = alone ? ASIDE_OR_DAY : ASIDE;
  const kept: Piece[][] = [];
  // The clauses a story opens with may be the member's busy day ("刚下夜班，脑子有点懵，……").
  let leading = true;
  let afterQuestion = false;
  for (const sentence of sentences(pieces(text))) {
    const whole = said(sentence);
    const asks = /[？?]/u.test(sentence.at(-1)!.end) || /[吗么]$/u.test(whole);
    // "人社还是住建？" right after a question about the procedure goes on asking it.
    if (asks && (ABOUT_THE_PROCEDURE.test(whole) || (afterQuestion && Array.from(whole).length <= 10))) {
      afterQuestion = true;
      continue;
    }
    afterQuestion = false;
    if (ANOTHER_LEAD.test(whole) && PUT_OFF.test(whole)) continue;
    const left: Piece[] = [];
    for (const said of sentence) {
      const piece = { ...said, text: said.text.replace(LAUGHTER, '') };
      // "就是最近夜市那边的。。哎算了，……不说了": a sentence left trailing is taken back with it.
      if (DRIFTED.test(piece.text) && RETRACTING.test(sentence[0]!.text) && TRAILING.test(kept.at(-1)?.at(-1)?.end ?? '')) kept.pop();
      if (DRIFTED.test(piece.text)) left.length = 0;
      else if (!aside.test(piece.text) && !(leading && LEADING_ASIDE.test(piece.text))) {
        left.push(piece);
        leading = false;
      }
    }
    if (left.length > 0) kept.push(left);
  }
  if (kept.length === 0) return '';
  const out = kept.map(joinedBack).join('');
  return out === joinedBack(pieces(text)) ? text : out.trim().replace(/[，,；;]$/u, '');
}

/** Whether a message is only asides: nothing of it is the story. */
export function isOnlyAsides(text: string): boolean {
  return text.trim() !== '' && withoutStoryAsides(text, true) === '';
}
