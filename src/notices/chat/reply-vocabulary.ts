import { normalizeMessage } from '../../shared/normalize-text.ts';
import { PLANS_TO_BE_THERE } from './implied-answers.ts';
import { fromLatinWords } from './latin-words.ts';
import { withoutQuotes } from './quoted-words.ts';
import { withVoicePauses } from './voice-pauses.ts';
import { withoutPraiseOfTheStaff } from './said-to-the-office.ts';
import { withMarksAsWords } from './reply-marks.ts';

/**
 * How members answer a meeting notice: the clean-up before a message is read, and the kinds of
 * phrase the reader looks for. Every pattern runs on cleaned text (Simplified, Chinese punctuation).
 */

/** A message ready to read: no emoticons, salutations, thanks or signature. */
export interface CleanMessage {
  text: string;
  /** 好的 / 收到 / 谢谢 / 👍 / [强]: an acknowledgement was there. */
  acked: boolean;
  noticeId?: number;
}

const ASCII_PUNCTUATION: Record<string, string> = { ',': '，', '?': '？', '!': '！', ';': '；', '(': '（', ')': '）' };
/** WeChat emoticon codes as they arrive in text: [强] [OK] [抱拳] [微笑]. */
const EMOTICON = /[[［][\u4e00-\u9fffA-Za-z]{1,5}[\]］]/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]/gu;

const TITLES = '秘书长|秘书|老师|主任|处长|科长|部长|副主席|主席|同志|领导|书记|局长|干事';
const OPENER = new RegExp(
  `^(?:尊敬的|敬爱的|亲爱的)[^，。！？：]{1,12}[：，]|^(?:那个|喂|呃)*(?:尊敬的|敬爱的|亲爱的)?(?:(?:(?![我你他她让请给跟和与叫找问的是在])[\\u4e00-\\u9fff]){1,2}(?:${TITLES})(?![说讲让叫也都要去来不在已他她])|各位领导|各位|(?:市政协)?(?:办公室|会务组))(?:[，！：]?(?:您好|你好|好(?![的嘞吧滴哒])|啊|呀))?|^(?:您好|你好|您们好|大家好|早上好|上午好|下午好|晚上好|早安|哈喽|hello|hi|在吗|在不在)|^(?:我是|本人是?)(?![\\u4e00-\\u9fff]{0,2}(?:爱人|老伴|老婆|媳妇|老公|屋里|家属|秘书|助理|女儿|儿子|闺女|家人|司机|同事))[\\u4e00-\\u9fff]{2,3}(?:委员)?(?=，)`,
  'iu',
);
/** Acknowledgements at the start (通知收悉, 我知道了, 老样子): the long ones may run straight into the answer (好的我会去, 两个通知都看到了五号的…). */
const ACK_LEAD =
  /^(?:两个|俩|这两个|两份)?(?:会议)?通知(?:都|我都|均)?(?:看到了|收到了)(?=[\u4e00-\u9fff])|^(?:(?:会议)?通知|我|俺|阿拉)?(?:好的|好嘞|好滴|好哒|好额|好嘅|好吧|好啦|收到了?|收到啦|已收到|已?收悉|已?知悉|已阅|知道了|知道啦|晓得了?|明白了?|了解了?|ok(?:ay)?|欧克|(?:我这边|这边|我)?(?:没|莫|冇|没得|莫得)问题|巴适|要得|安逸|妥了?|谢谢(?:您|你)?|多谢|感谢|辛苦了?|嗯+|哦+|噢|喔)|^(?:好|行|可以|中|得嘞|得行|要得嘛|妥妥儿?的|对|对的|对头|是的|没错|(?:还是)?老样子|老规矩|照旧|(?:跟|和)上次一样)(?=，|$)/iu;
// "…肯定到谢谢王秘书": thanks to the staff member by name close a voice run-on too.
const THANKS_TAIL = new RegExp(`(?:(?:谢谢|多谢|感谢|辛苦(?:了|您了)?)(?:[\\u4e00-\\u9fff]{1,2}(?:${TITLES})|您|你|领导)?|辛苦啦|麻烦(?:您|你)?了|拜托(?:了)?|收到)$`, 'u');
const FORMAL_TAIL = /(?:祝好|此致敬礼|此致|敬礼|盼复|请知悉|敬上)$/u;
const PARTIES = '民革|民盟|民建|民进|农工党|农工|致公党|致公|九三学社|九三|台盟|无党派人士|无党派|工商联|共青团|妇联|科协|侨联|台联|青联';
const SIGNATURE = new RegExp(
  `(?:(?<=[。！，])\\s*\\p{Script=Han}{1,8}·\\p{Script=Han}{1,12}|(?<=[，。！])[—–\\-~～]+[\\s，]*[\\u4e00-\\u9fff·，]{2,10}|(?<!代表|代|替|为)(?:${PARTIES})(?:委员)?(?!会|开会|培训|活动|组织|学习|调研|考察|工作|有|的|要|在|那|这|举办|召开|发言|参加|出席|请假)[\\u4e00-\\u9fff]{2,3}(?:委员)?|(?<=^|[，。！])(?:[\\u4e00-\\u9fff]{2,4}界(?:委员)?[\\u4e00-\\u9fff]{2,3}|委员[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff]{2,3}委员))$`,
  'u',
);

/** "参加 12", "请假 12 外出调研", "#12", "通知12", "12号通知": the notice number, and the text without it. */
const NUMBERED: ReadonlyArray<[RegExp, string]> = [
  [/[#＃]\s*(\d{1,9})/u, ''],
  [/^(参加|请假|出席|告假)，?(\d{1,9})(?=$|[，。！？]|：(?!\d)|[^\d天日号点个月年分小时周次人位岁：:])/u, '$1，'],
  [/(?:通知|编号)，?[#＃]?(\d{1,9})(?![\d天日号点个月年])/u, ''],
  [/第?(\d{1,9})号通知/u, ''],
  // "1 参加，2 请假" numbers a list of answers instead (notice-mentions reads it).
  [/^(\d{1,9})(?=，)(?!.*[，。；]\d{1,9}[，、。：])/u, ''],
];

/** A forwarded chat record ("[聊天记录] 李委员：我请假") is someone else's words (read before stickers are dropped). */
// "转：各位委员，……请准时参加": a notice forwarded from elsewhere, marked 转 at the start.
const FORWARDED_RECORD = /(?:\[聊天记录\]|【聊天记录】|\[转发\]|【转发】)[^\n]*|^\s*(?:转|转发|转自[^：:\n]{0,10})[：:][\s\S]*/gu;

/** Message text in one form: Simplified, ASCII letters and digits, Chinese punctuation, single spaces. */
export function canonical(raw: string): string {
  return fromLatinWords(normalizeMessage(raw).replace(FORWARDED_RECORD, ''))
    .replace(/[,?!;()]/gu, (c) => ASCII_PUNCTUATION[c] ?? c)
    .replace(/(?<!\d):|:(?!\d)/gu, '：')
    .replace(/\.{2,}|…+|。{2,}/gu, '…')
    .replace(/(?<!\d)\.(?!\d)/gu, '。')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Runs of separators become one (a question mark wins), none at the start, no closing full stop. */
export function tidy(text: string): string {
  return text
    .replace(/[，。！；、…~～\s]*？[，。！；、…？~～\s]*/gu, '？')
    .replace(/[，。！；…~～\s]{2,}/gu, (run) => (/[。！]/u.test(run) ? '。' : '，'))
    .replace(/^[，。！；、…？：~～\s]+|[，。！；、…：~～\s]+$/gu, '');
}

/** A member putting right what they just said, in the same message. */
const SAID_IT_WRONG = /(?:等一下|等等|哦|哎呀|哎|啊|不对)?[，]?(?:我|刚才)?(?:说反了|搞反了|弄反了|写反了|说错了|打错了|写错了)[，。！]*(?:是|应该是|重新说|更正|改成)?[：:，]*/u;

export function cleanMessage(raw: string): CleanMessage {
  let text = withoutPraiseOfTheStaff(canonical(withMarksAsWords(withoutQuotes(raw))));
  let acked = false;
  text = text.replace(EMOTICON, () => ((acked = true), '，')).replace(EMOJI, () => ((acked = true), '，'));
  // Letters typed apart ("参 加") are one word; otherwise a space between Chinese words is a pause.
  text = text.replace(/(?<=^|[ ，。！？])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=$|[ ，。！？])/gu, '$1$2');
  text = withVoicePauses(tidy(text.replace(/(?<![A-Za-z0-9]) | (?![A-Za-z0-9])/gu, '，')));
  // "常委会请假 协商会参加 等一下我说反了 是常委会参加 协商会请假": only the answer put right counts.
  // ("请假 在广州 哦说错了是在福州": a detail put right leaves the answer as it was.)
  const putRight = SAID_IT_WRONG.exec(text);
  const rest = putRight && putRight.index > 0 ? text.slice(putRight.index + putRight[0].length) : '';
  if (ATTEND.test(rest) || LEAVE.test(rest)) text = rest;
  let noticeId: number | undefined;
  for (const [pattern, replacement] of NUMBERED) {
    const match = pattern.exec(text);
    if (!match) continue;
    noticeId = Number(match[match.length - 1]);
    text = tidy(text.replace(pattern, replacement));
    break;
  }
  for (let before = ''; before !== text; ) {
    before = text;
    text = tidy(text.replace(SIGNATURE, '').replace(FORMAL_TAIL, '').replace(OPENER, ''));
    const lead = ACK_LEAD.exec(text);
    const tail = THANKS_TAIL.exec(text);
    if (lead || tail) acked = true;
    text = tidy(text.replace(ACK_LEAD, '').replace(THANKS_TAIL, ''));
  }
  return { text, acked, ...(noticeId === undefined ? {} : { noticeId }) };
}

/** 参加 / 请假 / 去 / 来 said in so many words. */
export const SAYS_AN_ANSWER = /参加|请假|出席|到会|参会|去不了|来不了|不去|不来|[我能会可以]去|[我能会可以]来|到(?=$|[，。！])/u;

/** 参加 and the typos a phone keyboard makes of it, and its formal synonyms. */
export const ATTEND_WORD = '(?:[参惨餐残叁掺蚕][加家佳嘉架夹]|出席|到会|参会|与会|赴会|到场|列席)';
const TO_COME = '(?:去|来|到|过去|过来|赶到|赶过去|赶过来|赶回来|到达)';
const PAUSE = '(?=$|[的哈呀啊吧了哦呢咯撒噻嘛嘞咧哟啦喽呗，。！？])';
/** "我准时到四楼": where the meeting is, said after coming. */
const AT_THE_VENUE = '(?:[一二三四五六七八九十\\d]+楼|会场|会议室|现场)?';

export const ATTEND = new RegExp(
  [
    ATTEND_WORD,
    // (指定, 铁定, 保准: 一定 in 河北、东北 speech.)
    `(?:一定|肯定|指定|铁定|保准|准时|按时|必须|必|准|会|能|可以|保证|尽量|争取|届时|到时候?|马上|也)(?:会|能|可以|一定|准时|要)?${TO_COME}${AT_THE_VENUE}${PAUSE}`,
    // ("5号去的", "那天俺去": the day may be said first.)
    `^(?:那天|当天|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?:那天)?(?:[上下]午)?)?(?:我|俺|本人)?(?:都|也)?(?:去|来|到)${PAUSE}`,
    // "我和老张一起去": coming, with someone.
    `(?:我|本人)(?:和|跟|同)[\\u4e00-\\u9fff]{1,4}?(?:一起|一块儿?|一道)(?:去|来|参加|过去)${PAUSE}`,
    // "请假……算了还是去吧": giving up the first thought, coming after all.
    // "这周忙得够呛，周五还是来": the day may be said first.
    `^(?:算了|罢了)*(?:那天|当天|到时候?|(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}[号日])?(?:还是|那还是|那就|就)(?:去|来|参加)${PAUSE}`,
    `(?:我|本人)(?:两个|俩|三个|全部)?都(?:去|来|参加|到)${PAUSE}`,
    // "两个都去": every meeting, the speaker left out.
    `^(?:这次|这回)?(?:两个|俩|[两三四五几][个场]|全部)(?:会)?(?:我)?(?:都|也)(?:去|来|到)${PAUSE}`,
    `(?:我|本人)(?:还是|就|也|都|肯定|照常|照样|按时)?${TO_COME}${AT_THE_VENUE}${PAUSE}`,
    // "常委会照常来": the meeting named, the speaker left out.
    `(?:常委会|协商会|座谈会|会议|这个会|那个会)(?:照常|照样|正常|准时|按时|还是)${TO_COME}${PAUSE}`,
    // "…请假 常委会正常来": once the meeting's name is taken out, what is said of it alone.
    `^(?:照常|照样|正常)${TO_COME}${PAUSE}`,
    `赶(?:过来|过去|到|回来)${PAUSE}`,
    // "收到，我提前15分钟到", "要来的": the hour of coming, or coming said as a matter of course.
    `(?:我|本人)?(?:提前|会前)[^，。！？]{0,6}?(?:到|来|到场)${PAUSE}`,
    // ("我是要去的啊": said against a doubt, it is the same.)
    `(?:^|[，。！]|我|本人|会|这个会|常委会|协商会)(?:是|肯定|本来就|还是|也是)?(?:要|会)(?:来|去)的(?=$|[，。！啊呀哈嘛])`,
    // ("一看是审议营商环境的报告，这个我得来": this one, the member must come to.)
    `(?:这个|这个会|这会)(?:我|俺)?得(?:来|去)(?=$|[，。！啊呀哈嘛])`,
    // ("同事小何说她去不了，我是去的": the member's own, set against someone else's.)
    `(?:我|本人)是(?:来|去|参加)的(?=$|[，。！啊呀哈嘛])`,
    // Dialect: 我克的 (湖北, 去), 指定到 (东北, 一定), 一早就下来 (四川, 进城).
    `(?:我|本人|常委会|协商会|这个会|这次)?(?:也|都)?(?:肯定|一定|会)?克(?:的|哈|嘛|得了)?${PAUSE}|指定(?:到|去|来|参加)|(?:一早|早早)(?:就)?(?:下来|上来|过来|赶过来|到|来)(?=$|[了的哈，。！])`,
    // 我也来发言 / 我去开会: coming, said with what they come to do.
    '(?:我|本人|^(?:那天|当天|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[号日])(?:[上下]午)?)(?:也|都|肯定|一定|会|还是|就|就能|能)?(?:来|去)(?=发言|开会|参会|听会|开(?:常委会|协商会|座谈会|这个会))',
    // ("我送完他就过去开会": after an errand, straight on to the meeting.)
    '(?:就|再|直接|然后)(?:过去|过来|赶过去|赶过来)(?=开会|参会|听会|开(?:常委会|协商会|座谈会|这个会))',
    // "我说常委会不能缺": not to be missed.
    '(?:常委会|协商会|这个会|这次会)(?:我)?(?:不能缺|不能不去|不能缺席|不能不参加|不敢缺)',
    '到时(?:候)?见|届时见|报到|报名(?!时间|截止)',
    // "5号上午肯定赶得上": in time, so coming.
    '(?:肯定|一定|能|应该|可以|也)?(?:赶得上|赶得到|来得及|能赶上|赶得回来)(?!吗|么)',
    // 周五见 / 5号见: see you on the day.
    // ("收到提醒了，明天下午见": said to the reminder the day before.)
    '(?:周|星期|礼拜)[一二三四五六日天](?:会上|会场)?见|\\d{1,2}[号日](?:会上)?见|会上见|(?:明天|明早|后天)(?:[上下]午|早上)?(?:会上)?见|^人(?:一定|肯定|准时|会)?(?:到|来)',
    // 座位给我留一个 / 我那天过去 / 过来: coming, said sideways.
    '留(?:个|一个)?(?:座位|位置|位子)|(?:座位|位置|位子)(?:给我)?留',
    `(?:我|本人)(?:那天|当天|到时候?|届时)?(?:准时)?(?:过去|过来)${PAUSE}`,
    `^(?:准时)?(?:过去|过来)${PAUSE}`,
    // "到时候坐轮椅去", "我打车过来": coming, said with how they come.
    `(?:(?:坐|乘|搭|打)(?:个|着)?(?:车|的士?|出租车?|轮椅|高铁|动车|火车|飞机|地铁|公交车?|班车|大巴)|(?:开|骑)(?:个|着)?(?:车|电动车|摩托车?|自行车|单车)|自驾|拄(?:着)?拐(?:杖)?)(?:去|来|过去|过来)${PAUSE}`,
    PLANS_TO_BE_THERE.source,
  ].join('|'),
  'u',
);

/** 可能参加 / 也许会去: attendance the member is not sure of. */
export const HEDGED_ATTEND = new RegExp(`(?:可能|也许|或许|说不定|大概)(?:会|能|可以)?(?:${ATTEND_WORD}|去|来|到)`, 'u');

const STRONG_NOT = '(?:无法|没法|没办法|没有办法|未能|难以|不克|不便|不方便|不能|不会|不打算|不准备|不太能|不再|没空|没时间)';
export const LEAVE = new RegExp(
  [
    '(?<!(?<!要)不|不用|无需|不必|别|没)请(?:个|过|了|一下|一天|半天|几天|一次)?假(?:(?:\\d+|[一二两三四五六七八九十半]+)(?:个)?(?:天|日|次))?',
    '告(?:个)?假',
    // "估计够呛": hardly (not "累得够呛", worn out).
    '(?:赶回来|赶过来|回来|过来|过去|去|来)?(?<!得)够呛|缺席|缺会|分身乏术|心有余而力不足|分不开身|脱不开身|走不开身|抽不出(?:时间|空)(?:来)?(?:参加|去|来)?',
    `(?:不|${STRONG_NOT})(?:亲自|前去|前往|去|来|过去)?${ATTEND_WORD}`,
    `${STRONG_NOT}(?:前往|前去|去|来|到|过去|过来|赶到|赶过去|赶回来)`,
    `(?:就|先|可能|估计|恐怕|我|也|都|那天|当天)?不(?:去|来|过去|过来)${PAUSE}`,
    // 调不开 / 推不掉: the other engagement cannot be moved.
    `(?:${ATTEND_WORD}|去|来|到|赶|回|过|走|脱|抽|出)不(?:了|成|开|到|回来|回去|过来|过去|来|去|及)|赶不上|(?:调|推|挪)不(?:开|掉|了)`,
    // Dialect: 来不成 / 整不赢 / 去不脱 / 克不了 (湖北) / 不中 (河南) / 去唔到 (粤) / 冇得空.
    '(?:克|整|搞|弄)不(?:了|成|赢|脱|到)|(?:去|来|走)不(?:赢|脱)|^不中(?=$|[啊呀哦，])|(?:去|嚟|来)唔(?:到|了|成)|(?:冇|没|莫)得(?:空|时间|办法)',
    // "那天不行", "上午我不行", "那不行", "星期三的不行": the meeting's day or hour, or the meeting, will not do.
    '(?:^那(?:可|就|肯定|恐怕)?|(?:那天|当天|那个时间|这个时间|时间上|一?[上下]午|\\d+号|[一二三四五六七八九十]+号|(?:周|星期|礼拜)[一二三四五六日天])(?:的(?:会)?)?(?:我)?(?:可能|恐怕|估计|肯定|真|确实)?)不行(?=$|[啊呀哦了，。！])',
    // Voice input writes 请假 as 请个价 / 清假.
    '请个?[价驾嫁]|[清青]假|[清青]加|请加(?!入|班)',
  ].join('|'),
  'u',
);

/** Words that say outright the member will be absent; a doubt elsewhere does not soften them. */
export const EXPLICIT_LEAVE = /(?<!(?<!要)不|不用|无需|不必|别|没)请(?:个|一下)?假|告(?:个)?假|缺席|不(?:参加|出席|参会)/u;

/** Coming only in part: late, early, half a day. */
const DAY_PART = '(?:一?[上下中]午|晚上|\\d{1,2}点[半多]?|\\d{1,2}[:：]\\d{2}|[一二两三四五六七八九十]+点[半多]?)';
export const PARTIAL = new RegExp(
  [
    '晚(?:点|一点|些|一些|一会儿?|半个?(?:小时|钟头)|一个(?:小时|钟头)|个把(?:小时|钟头)|\\d+分钟|几分钟|十几分钟)?儿?(?:到|来|过来|过去|去|赶到|进场|入场)',
    // "得晚个把钟头" (a 钟头 is an hour in everyday speech).
    '晚(?:\\d+|[一二三四五六七八九十几半]+|个把)个?(?:分钟|小时|钟头|会儿)|迟到|迟些|来晚|到晚|早退|早(?:点|一点)?走',
    // "可能要完到一会儿": 晚到 as a pinyin keyboard often gives it.
    '(?<=[要会得能可我])完(?:点|一点|一会儿?)?到',
    '(?:提前|提早)(?:一个?小时|半个?小时|\\d+分钟)?(?:走|离开|离会|离席|离场|退场|退会|撤|回)',
    // "手术估计要做到10点多，做完就过去", "统考完就过来": coming once something else is done.
    // "十点结束我就上三楼": up to the meeting's floor is coming too.
    '(?:(?:做|忙|开|弄|办|上|考试?)完[\\u4e00-\\u9fff]{0,2}?|结束|散会|下来)了?(?:我|俺)?(?:就|再)(?:马上|立刻|赶紧|直接)?(?:赶)?(?:过去|过来|去|来|到|上楼|上(?:\\d|[一二三四五六七八九十])楼|上去|上来)(?=$|[了的哈，。！])',
    // "做完赶过去应该十点左右": hurrying over once done, 就 left out.
    '(?:做|忙|开|弄|办|上)完[\\u4e00-\\u9fff]{0,2}?了?(?:我|俺)?(?:马上|立刻|赶紧|直接)?赶(?:过去|过来)',
    '先(?:走|撤|离开|回)|中途(?:离开|离场|退场|走|到|来|过来|进场|加入)',
    // "参加前半场": a part of the meeting named, with or without 只.
    '(?:参加|出席|听|坐)(?:个)?(?:前半场|后半场|上半场|下半场|前半段|后半段)',
    '只(?:能|可以|来得及)?(?:参加|出席|待|呆|坐|听)(?:(?:一|半|两|\\d+)个?(?:多)?小时|一?[上下]午|半天|一半|前半|后半|上半场|下半场|开幕|第[一二三四五六七八九十\\d]+天|一天|一会儿?|[\\u4e00-\\u9fff]{0,4}(?:环节|部分|议程))',
    `${DAY_PART}(?:以后|之后|后|左右)?才(?:能|可以|会)?(?:到|来|过来|赶到|赶过来|过去)`,
    '(?:一?[上下]午|晚上)(?:以后|之后|后)?(?:能|可以|会|再)?(?:到|来|过来|赶到|赶过来|过去|参加)(?=$|[了的哈，。！])',
    '(?:不能|无法|没法|赶不上)(?:按时|准时)(?:到|参加|出席|到会|到场)?|赶不上(?:开头|开幕|开始|上午)',
    // "提前15分钟怕是做不到，9点准时到": not early, but on time.
    '(?:提前|提早)[^，。！？]{0,8}?(?:做不到|来不及|赶不上|到不了|办不到)',
    // 准时到不了 / 晚个十来分钟 / 稍微迟一点 / 九点一刻左右到: late, but coming.
    '(?:准时|按时)(?:到|来|赶到|赶过来|参加)?不(?:了|到|成)',
    '[晚迟]个?(?:\\d+|[一二三四五六七八九十几半]+)来?个?(?:分钟|小时|会儿?)|迟(?:一点点?|一些|些|一会儿?)|(?:稍微|稍|可能)?(?:晚|迟)(?:一点点?|点)(?:到|来|(?![给发回交传寄说再补]))',
    // Dialect: 晚一哈哈儿 (a little later).
    '[晚迟](?:一哈|一下)(?:哈)?儿?',
    `${DAY_PART}(?:钟)?(?:过)?(?:一刻|\\d+分?|[一二三四五六七八九十几]+分?)?(?:左右|前后|以后|之后|的样子|那样子|光景)?(?:才|能|就|可以){0,2}(?:到|来|过来|赶到)(?:会场|现场|会议室)?(?=$|[了的哈，。！]|可以|行[吗么]|[吗么]|不好意思)`,
    // 两点半我赶不到，三点钟到得了 / 九点怕赶不到…九点半到: late, but coming.
    `${DAY_PART}(?:钟)?(?:我)?(?:肯定|可能|估计|怕是|恐怕|怕)?(?:赶不到|到不了|赶不上)|${DAY_PART}(?:钟)?(?:应该|估计|能|可以)?(?:到|赶到)得(?:了|到)`,
    // 11点前得走 / 开到十点我就得撤 / 中途可能要离开一下: leaving early.
    `${DAY_PART}(?:以前|之前|前)?[\\u4e00-\\u9fff]{0,3}?(?:得|要|就|必须|需要)?(?:走|撤|离开|离场|退场)(?!不)`,
    '中途[\\u4e00-\\u9fff]{0,4}?(?:离开|离场|退场|走|出去)',
    `${DAY_PART}(?:以前|之前|前)(?:应该|估计|能|可以)?(?:到|赶到|赶过来|过来)得?(?:了|到)`,
    // "下午3点前能到": by when the member can be there ("九点前到" promises it on time).
    `${DAY_PART}(?:钟)?(?:以前|之前|前)(?:才)?(?:能|可以)(?:到|赶到|赶过来|过来)(?=$|[了的哈，。！])`,
    '只(?:能|可以)?(?:待|呆|坐|参加)到[\\u4e00-\\u9fff\\d]{1,4}|(?:怕|担心|担忧|生怕)(?:会)?赶不上|(?:\\d{1,2}|[一二三四五六七八九十]+)点(?:钟)?(?:到|赶)不(?:了|到)',
  ].join('|'),
  'u',
);

/** A part of the meeting: "上午来不了" is partial attendance, not a leave. */
// "8点40到不了，9点整能到": not there by a given hour is a late arrival, not a leave.
export const PART_OF_MEETING = /(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点(?:\d{1,2}分?|半|一刻|整)?(?:以前|之前|前)?(?:我)?(?:肯定|可能|估计|怕是|恐怕|怕)?(?:到不了|赶不到|来不了|赶不上)|[上下中]午|晚上|上半场|下半场|前半|后半|开幕|闭幕|第[一二三四五六七八九十\d]+天|头一天|首日|会后|聚餐|晚宴|午宴|工作餐|合影|参观|发言/u;

export const UNCERTAIN =
  /不确定|不一定|说不准|说不好|不好说|难说(?![几两一]?句|一下|两点)|看情况|视情况|看(?:具体)?安排|看[\u4e00-\u9fff]{1,4}安排|看(?!了)[\u4e00-\u9fff]{0,4}(?:排班|值班|档期|课表)|看时间|(?<!想法|意见|建议|看法|的话)到时候?再?(?:说|看|定)|再说|待定|未定|回头再定|再(?:定|决定)(?=$|[吧啊呀，。！])|(?:明天|后天|过两天|改天|晚些|晚点|等会儿?|过会儿?|回头)(?:再)?(?:跟(?:你|您)|给(?:你|您))?(?:告诉|回复|答复|回|说|确认)(?:你|您)?|还没(?:定|确定)|定不下来|还不(?:知道|清楚)|不知道(?:能否|会否|是否)(?!(?:要|需要|得)?(?:带|穿|准备|交|提交|发言|打印|拿|戴|签到))|看能否|再看看?|再(?:确认|回复|答复|告诉你?|通知)(?!(?:一下)?[：:])|(?:确认|确定|商量)(?:后|好了?再)|稍后(?:回复|答复|确认)|请示|(?:先|再|去|得|要|回头)问(?:一下|问)|问(?:一下|问)(?=[\u4e00-\u9fff]{0,3}(?:领导|单位|家里|家人|医院|公司|学校|老板|院里|科室|主任|书记|局里|班子|厂里|村里))|问问(?=$|[，。！吧哈])|商量一下|商量下|商量商量|(\p{Script=Han})不\1得?(?:开|了|上|过来|成|到)|协调一下|有空(?:就|的话)|尽可能吧|也可能|(?<!给我|给俺|给咱|让我|发我|你们|给你|给您|提前)看看|[看查]了?一?下(?:日程|安排|时间)(?![^。！？]*(?:去不了|来不了|参加不了|不能参加|没空|没时间|冲突|撞了|请假|没问题|能去|能来|可以参加|参加))|应该(?:没问题|可以|行)$|尽量(?:吧|安排(?:一下|下)?(?:时间)?|(?:抽|挤|腾)(?:出)?(?:点)?时间)?(?=$|，)|争取吧?(?=$|，)|(?:能|赶得?|回得)(?:回来|赶回来|赶到)就|忙完就|得闲就|可能(?:会|要)?(?:在外地|在外面|出差|在[\u4e00-\u9fff]{2,3}(?=[，,。]|$))|(?:尽量|争取)(?:安排(?:一下|下)?(?:时间)?|(?:抽|挤|腾)(?:出)?(?:点)?时间)?(?:去|来|参加|出席|赶过去|赶过来|赶到)(?:吧|哈|啊)?(?=$|[，。！,.!])|没想好|考虑一下|考虑考虑|想想|想一想|大概率|八成|准信|还(?:得|要)等|等[\u4e00-\u9fff]{1,10}定(?:下来)?|等我[\u4e00-\u9fff]{0,4}(?:确认|确定|定)|(?:确认|确定|定)了?再(?:说|告诉|回复|回你|答复)|问(?:一)?下[\u4e00-\u9fff]{1,12}?再(?:回|说|告诉|答复|确认)/u;

/** Clauses that only set a condition (如果没事就去, 手术做得完我就来): they do not answer. */
// "孩子那天要是不发烧我就来", "能排开就来": the condition may sit inside the clause.
// "到时候要是走不动再跟你请假": a leave put off on a condition is no leave yet.
// ("赶不回来再跟你说", "不行再跟你说": a no only on a condition, to be told later.)
export const CONDITIONAL = /^(?:我|你|他|她)?(?:如果|要是|假如|万一|倘若|如若|若是|若|如有|除非|只要)|的话|(?:不行|赶不回来|回不来|去不了|来不了|有变化|有变动)(?:的话)?(?:再|就)(?:跟|和|给)(?:你|您)(?:们)?(?:说|讲|联系|回)|[^，。！？\s]{1,6}了就(?:去不了|来不了|不去|不来|不能去|请假)|没[^，。！？\s]{1,6}就(?:不|过|赶过)?(?:去|来|参加)|(?:要是|如果|万一|假如)[^，。！？]{1,12}?再|要是.{1,16}就|(?:如果|假如|倘若|只要)[^，。！？]{1,12}就|能.{1,6}就(?:来|去|到|参加)|^如(?!期|约)[^，。！？]{1,8}?(?:即|则)|^(?!不出)[^，。！？]{0,8}不[^，。！？]{1,4}(?:的话)?就(?:能|可以)?(?:过|赶过)?(?:赶上|赶得上|赶到|来|去|到|参加)|\p{Script=Han}得(?:完|了|好|开|动|出|过来|回来|过去|下来|到|及|成|上|出来)[^，。！？]{0,3}?就(?:能)?(?:去|来|到|参加|过来|过去)/u;

/** Circumstances that mean absence when no attendance is stated (那天在外地出差). */
export const ABSENT_BECAUSE =
  /我(?:要|得|必须|需要)(?:给[\u4e00-\u9fff]{1,4})?(?:监考|值班|上课|出庭|接待|陪护|带队|带学生)|出差|(?<!坐|乘|搭)(?:飞机|航班|高铁|动车|火车)(?:去|飞|赴)(?=\p{Script=Han})|在外地|在外省|不在本地|不在[\u4e00-\u9fff]{1,3}(?:市|本地|家)|在国外|出国|在[\u4e00-\u9fff]{1,4}(?:开会|学习|培训|考察|调研|主持|参展|布展|办展)|住院|生病|病了|血压|血糖|心脏|腰椎|颈椎|复诊|会诊|输液|打针|挂水|有(?:[一二两三四五六七八九\d]+[节堂门])?课|身体不(?:适|舒服|好)|感冒|发烧|手术|看病|就医|就诊|医院|复查|体检|陪(?:孩子|小孩|老人|家人|父母|爱人|领导)|(?:要|得|需要|必须)陪(?:同)?(?!你|您|大家|各位)[\u4e00-\u9fff]{2}|时间(?:上)?冲突|冲突|撞了|重叠|另有|有(?:其他|别的|另一个|一个|个)?(?:会|会议|安排|任务|活动|课|公务|庭|手术)(?![吗么])|(?<!没)有(?:点|急|要)?事(?!吗|情吗|找|请|可以|再|就|的话|想?问|咨询|打听)|(?:要|得|需要)(?:去|到|回|返)[\u4e00-\u9fff]{1,6}(?:开会|学习|培训|出差|调研|考察|办事|跑项目|迎检)|迎检|跑项目|满月|大寿|做寿|过寿|(?:那天|当天|届时|到时候?)(?:上午|下午|晚上)?(?:我|本人)?(?:人)?在[\u4e00-\u9fff]{2,6}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?:上午|下午|晚上)?(?:我|本人)?人在[\u4e00-\u9fff]{2,6}|(?:门诊|手术|课|日程|行程)[^，。！？\s]{0,3}(?:排满|都满|满了)|值班|开庭|上课|考试|统考|联考|期末考|(?:是|当|做)监考|答辩|外出|照顾|丧事|婚礼|结婚|去世|过世|生孩子|回老家|探亲|休假|旅游|受伤|摔伤|骨折|不舒服|身体原因|身体欠佳|没空|没时间|(?:别的|其他|另外的?)(?:事|安排|工作)|不方便|抽不开身|(?<!不|帮)忙/u;

/** What is attended belongs elsewhere: "参加省里的会" / "参加孩子的婚礼" is another engagement. */
export const OTHER_EVENT = /省|自治区|女儿|儿子|孩子|闺女|小孩|家长会|亲戚|同学|朋友|运动会|联谊会|民主党派|全国|中央|部里|区里|县里|单位|学校|医院|公司|另|其他|别的|外地|国外|会诊|手术|考试|婚礼|葬礼|比赛|答辩|庆典|年会|人大|人代会|党代会|职代会|代表大会|市委|市政府|党校/u;
/** Kinds of event that are another engagement when the member says they must go (要参加培训). */
export const OTHER_KIND = /培训|学习|调研|视察|考察|论坛|研讨|典礼|仪式|活动|讲座|课程|会议|展会|展览|博览会|会展|招商|洽谈|座谈会|推进会|发布会|报告会|交流会|现场会/u;
export const THIS_MEETING = /^(?:这|本|此|该|那个|明天的|会议)/u;
/** 参加了昨天的会: attendance in the past, not an answer. */
/** An earlier meeting named: 上次, 上个月, 十月份那次. */
export const EARLIER_MEETING = String.raw`昨天|前天|上次|上一次|上回|上周|上个月|去年|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?那次`;
export const PAST = new RegExp(`${EARLIER_MEETING}|之前|以前`, 'u');

/** The member changes an earlier answer: 改为参加 / 现在可以去了. */
export const CORRECTION = /改为|改成|还是|现在|其实|不对|更正|看错|搞错|记错|说错|看岔|记岔|搞岔|弄错|等一下|等等|又能|后来|调开了|能[\u4e00-\u9fff]{0,2}了$|不请(?:假)?了|不用请假/u;

/** Asking leave as a question: 可以请假吗 / 不参加可以吗. */
export const ASKS_LEAVE = new RegExp(
  `(?:可以|能|能否|可否|是否可以|允许|方便)(?:请(?:个)?假|不(?:去|来|${ATTEND_WORD}))|(?:请(?:个)?假|不(?:去|来|${ATTEND_WORD}))(?:可以|行|好|可否|成)`,
  'u',
);

/** Asking to come late or leave early (可以晚点到吗): the member is coming. */
// ("我是问能否晚点到": the asking itself is left out too.)
export const ASKS_PARTIAL = /^(?:我)*(?:是|就是|只是|想)?(?:问(?:一?下|问)?)?(?:可以|能否|能|可否|是否可以)|(?:可以|行|好)?[吗么]$/gu;

/** After "请问请假原因？": the member takes the leave back. */
export const RETRACT = /算了|不请了|不请假了|不用请假|不用了|取消|撤回|还是(?:参加|去|来)|我(?:能|可以)?(?:参加|去)吧|那我参加/u;

/** Inability that explains itself (单位那边走不开): kept in a reason, dropped when it is all there is. */
export const EXCUSE = /^(?:赶不回来|回不来|(?:调|推|挪)不(?:开|掉|了)|走不开|走不了|走不脱|走不赢|脱不开身?|抽不开身?|抽不出(?:时间|空)|分身乏术)$/u;

/** Phrases that add nothing to a reason: apologies, requests for approval, connectives. */
export const REASON_LEAD =
  /^(?:[：:]|不好意思|抱歉|不然|要不然|否则|结果|一下|哎呀|哎|唉|哦|那个|是这样的?|(?:我)?跟[你您]说一?下|(?:汇报|报告|说明)一下|兹因|因本人|兹|原因(?:是|：)?|都|均|所以|因此|故而?|因为|由于|是因为|就(?!诊|医|业|读)|只能|只好|只得|我们(?![妈爸爱家儿女孩父母婆姐哥弟妹媳岳丈老])|我(?![们妈爸爱家儿女孩父母婆公姐哥弟妹媳岳丈老])|本人|我这边|可能|估计|恐怕|实在是?|真的|确实|特此|特(?=向|此|请)|向您|跟您|给您|向领导|跟领导|恳请|非常|另外|而且|但是?|不过|加上|然后|了(?!解)|嗯|呃|[这那本此该][次个场回](?!月|星期|礼拜|周|时候)(?:会议?)?(?:我|本人)?|会议(?=我|本人))/u;
// "要去上海开会实在是赶不回来了": not getting back, after the trip is told, adds nothing to it ("人在外地回不来",
// "五号我在外地赶不回来" keep it: where the member is says why they cannot get back; "在外地出差回不来" says it already).
export const REASON_TAIL =
  /(?<=\p{Script=Han}{5})(?<!在\p{Script=Han}{1,3})(?:实在是?|真的|确实)?(?:赶不回来|回不来)了?$|(?:啦|呀|啊|哈|哦|呢|吧|撒|噻|嘛|所以|因此|故|就|还是|要不然?|那就|干脆|只能|只好|只得|可能|估计|恐怕|怕是|特此|望批准|请批准|批准|谅解|见谅|抱歉|不好意思|对不起|谢谢|一下|实在是?|真的|本次会议|这次会议|此次会议|本次|这次|此次|非常|也|(?<!成|首|京|古|帝|旧)都|均|我|俺|本人|已经|(?:刚|刚才)?[看查]了(?:一?下)?(?:日程|安排|时间))$/u;
export const REASON_DROP =
  /^(?:(?:他|她)的?(?:手机|微信|电话)(?:现在)?在我(?:这儿|这里|这|手上|身边)|(?:他|她)的?(?:手机|微信|电话)(?:放|落|忘)(?:在)?(?:家里?|单位|车上|办公室)(?:了)?|(?:先|就|那就|麻烦)?(?:给|帮|替)我?|(?:帮|替|给)(?:他|她)(?:请(?:个)?假)?|(?:请|麻烦)?(?:您)?(?:代(?:我)?|帮(?:我)?)?(?:向|跟|给)[\u4e00-\u9fff]{1,4}(?:说明|解释|说一声|说一下|报告|汇报)(?:一下)?|(?:麻烦|请)?(?:你|您|你们)?(?:帮我?|给我?)?登记(?:一下)?|(?:刚|才|刚刚)(?:看到|看见|收到)(?:的)?(?:消息|通知|信息)?|(?:代我|替我)?(?:向|跟|给)(?:各位|大家|同志们|领导们?)(?:问好|问声好|带个好)|sorry|sry|抱歉啊|(?:非常|很|实在|十分)?(?:抱歉|遗憾)|不好意思|对不起|特此|特|(?:望|请|恳请|敬请)(?:领导)?(?:批准|准假)|(?:敬)?请(?:谅解|见谅)|见谅|谢谢|感谢|多谢|(?:给您)?添麻烦了|麻烦了|辛苦了|(?:特此)?(?:说明|报告|报备|汇报)|请知悉|没有|无|没什么原因|没啥原因|没有原因|改(?:成|为)?|(?:赶不回来|回不来)了?|(?:调|推|挪)不(?:开|掉|了)|走不开|走不了|脱不开身?|抽不开身?|抽不出(?:时间|空)|分身乏术)$/u;

/** A clause that only names the meeting (本次会议, 明天的协商会): not part of a reason. */
export const MEETING_ONLY = new RegExp(
  `^(?:[这那本此该上下]?[次个场期]|[两三四五几][个场]|所有的?|那天|当天|届时|今天|明天|后天|下周[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:月\\d{1,2})?[号日]|\\d{1,2}点半?)?的?(?:那个|那场|这个|这场)?(?:[^去开加在要有赴到出陪带，]{0,8}?(?:常委会|协商会|座谈会|主席会|全会|大会|例会|推进会|报告会|培训会|学习会|见面会|调研会|论证会|听证会|通报会|会议)|会|活动)?$`,
  'u',
);

/** "我可以不去吗？", "不参加行不行": staying away asked about, not said. */
export const ASKS_TO_STAY_AWAY = /(?:可以|能|能够|可不可以|能不能)不(?:去|来|参加|到会)(?:吗|么|嘛|不|啊|呀)?[？?]*$|不(?:去|来|参加)(?:行|可以|成|中)(?:吗|么|不|不行)[？?]*$/u;
