import { normalizeMessage } from '../../shared/normalize-text.ts';

/**
 * Whether the member agrees to be named when the report is passed on (是否同意署名报送), as
 * people say it: "同意署名", "可以用我的名字", "署名没问题" → true; "匿名", "不署名",
 * "不要写我名字", "不要透露我的姓名" → false. Only a clause that says nothing else counts, so
 * "有居民匿名举报了此事" in a story is not an answer.
 */

// 俺 (Henan and Shandong for 我); 他/她 when a child types for a parent ("他说可以写他名字").
// 额 is 我 in Shaanxi ("写额名字"); 名儿 in the north.
// (个 for 的 in Cantonese and Wu: "写我个名".)
const NAME = '(?:我[的个]?|俺的?|额的?|他的?|她的?)?(?:真实)?(?:姓名|名字|名儿|真名|名)';
/** 署名, and 属名 / 书名 as voice input writes it, 署明 / 暑名 as a pinyin keyboard slips it. */
const SIGN = '(?:[署属暑书]名|署明)';
const UNKNOWN_TO_OTHERS = '(?:不要|不用|别|不想|不能)(?:让|叫)(?:人|别人|人家|他们|外人|大家|村里人|单位)知道(?:是)?我(?:反映|说|报|提)(?:的)?';
const REFUSE = [
  '匿名(?:报送|反映|提交|处理|上报|报)?',
  `(?:不|不要|不用|不必|不需要|无需|别|不想|不愿意?|不同意|不再)${SIGN}(?:报送)?`,
  '(?:不|别)署了',
  '(?:不|不要|不用|别)(?:写|署|留|公开|透露|显示|出现|写出|暴露|提)(?:我的|我|俺的?|额的?)?(?:真实)?(?:姓名|名字|名|身份)',
  `(?:不要|不用|别|请勿|不能|不可以)(?:透露|公开|显示|写出|暴露)${NAME}`,
  `(?:隐去|隐藏|去掉|不公开|不透露|保密)${NAME}`,
  `${NAME}(?:保密|不公开|就?不要写了?|别写|就不写了|不写|就?不用写了?|就别写了?|(?:还是|就)?(?:不要|别|不用)(?:放|写|署|留|挂|露)(?:上|出来)?了?)`,
  '别署我的?名',
  // "这条就别挂我名了".
  '(?:这条|这个|这篇|这次)?(?:就)?(?:别|不要|不用)挂(?:我|俺)的?名(?:字)?(?:了)?',
  // "名字最好别写", "最好别写我名字".
  `${NAME}最好(?:别|不要)(?:写|署|留|挂)(?:上|出来)?`,
  `最好(?:别|不要)(?:写|署|留|挂|公开)${NAME}`,
  // "署名就算了", "名字就免了".
  // ("署名的话……还是不用了": thought over, and declined.)
  `(?:${SIGN}|${NAME})(?:的话)?(?:[…。.，,、\\s]*(?:我看|想了想|想想)?(?:还是))?(?:就)?(?:算了|免了|不用了|不要了)`,
  // 以委员名义报 / 对外就说是委员反映: reported as “a member”, without the name.
  '以委员(?:的)?名义(?:报|报送|反映)?(?:就行|就好|可以)?',
  '(?:对外)?(?:就)?说是(?:一位|一名)?(?:委员|基层|群众|村民|老百姓)反映(?:的|哩|嘞)?(?:就行)?',
  '不具名', '不留名', '不实名', '身份保密', '为我保密', '(?:不|不要|别|请勿)公开',
  '(?:不要|不用|不必|别)(?:实名|具名)',
  // 别让人知道是我反映的: the name kept back, said as a worry.
  UNKNOWN_TO_OTHERS,
  // "名字就不要出现了", "不要写我是谁": who reports it kept out of the report.
  // ("名字别写出去", "别把名字传出去".)
  `${NAME}(?:就)?(?:不要|别|不用|不能)(?:出现|露面|露出来|写出来|写出去|传出去|说出去|暴露)了?`,
  `(?:不要|别|不能)把(?:我的?)?${NAME}(?:写|说|传|报|露)(?:出去|出来)`,
  '(?:不要|不用|别|不能)(?:写|说|透露|暴露|显示|告诉(?:别人|人家|他们)?)(?:出)?我是谁',
  // "你们可别说是我反映的": who told it kept back.
  '(?:你们|您|你)?(?:可|千万)?(?:别|不要|不能)(?:说|讲|提|告诉(?:别人|人家|他们)?)(?:是)?我(?:反映|说|报|提|讲)的(?:啊|哈|哦|呀)?',
];
const AGREE = [
  `(?:同意|可以|可|愿意|能|就|还是)?${SIGN}(?:报送)?`,
  '(?:可以|同意|能)公开',
  // "署名行", "署名中": 行 and 中 (Henan) say yes.
  `${SIGN}(?:报送)?(?:没问题|没有问题|可以|同意|也行|也可以|吧|好的|行|中|成)`,
  // "这个可以用我名字报", "写上俺名儿中" (中 and 成 are yes in Henan and the north).
  `(?:可以|可|能|就|都可以)?(?:用|写上?|写起|署上?|落|公开|留|挂)${NAME}(?:报|报送|上报|提交)?(?:中|成)?`,
  `${NAME}(?:写起|写上)`,
  // "署名用鲍俊杰个人的名字就行": signed, with the name of the person named.
  `${SIGN}(?:就)?用\\p{Script=Han}{2,4}?(?:个人|本人)?的(?:名字|真名|姓名)(?:就行|就好|就可以|吧)?`,
  // "中，写俺名": 中 is Henan for yes.
  `中[，,]?(?:写|署|用)${NAME}`,
  '(?:同意|可以|愿意)?实名(?:报送|反映|提交|报)?',
  // "这篇署名报": signed, said of this report.
  `(?:这篇|这次|这条|本篇)${SIGN}(?:报|报送|提交|上报|发)?`,
  `${SIGN}(?:报|上报|发)`,
  '(?:可以|就)?[署挂](?:我|他|她)的?名(?:字)?',
  '(?:还是|就|那就|那还是)署(?:上)?(?:吧)?',
  // Asked whether to sign: "署", "署吧", "署上".
  '署(?:上|吧)?',
  // "署名就署吧", "写上吧": said at the question, with a shrug.
  `${SIGN}就署`,
  '署就署',
  '(?:可以|就|那就)?写上',
  // ("名字写上中": 中 and 成 are yes in Henan and the north.)
  `${NAME}(?:可以|能|就|都可以)?(?:写上去|放上去|挂上去|写上?|用|署|公开|留|写进去)(?:上|吧|中|成|行|(?:也|都)(?:没事儿?|没关系))?`,
  // ("写上我名字也没关系": said with a shrug.)
  `(?:用|报|写上?)我?(?:的)?${NAME}(?:也|都)?(?:没事儿?|没关系|就行|就好|可以|没问题)`,
  '(?:用|以)真名(?:报|报送|反映|提交)?',
  `(?:同意|可以|愿意|能)?公开(?:我的)?(?:姓名|名字|身份|${SIGN})`,
  '(?:同意|可以|愿意)?具名(?:报送|反映|提交)?',
  // "随便，写吧": asked whether to sign, a shrug that lets it be written.
  `随便[，,]?(?:写|署|用)(?:吧|上)?(?:${NAME})?`,
  // "麻烦署个名", "挂个名吧".
  `(?:署|挂|签)(?:个|一下|下)${NAME}`,
  // 同一署名, 同义署名, 同意书名: what voice input makes of 同意署名.
  `同[一以义]${SIGN}`,
  '(?:同意|可以|愿意)书名(?:报送)?',
  // "署不署名无所谓", "署名不署名都行": the member does not mind being named.
  `(?:署不署名|${SIGN}不${SIGN}|写不写(?:我的?)?名字?)(?:都)?(?:无所谓|行|可以|随便|没关系|没事)`,
  // "签我名字就行": the member's own name, signed.
  `(?:签|署|写|挂)(?:上)?(?:我|本人)(?:的)?${NAME}`,
  // "署名无所谓", "名字随便": naming does not bother the member.
  `(?:${SIGN}|${NAME})(?:都)?(?:无所谓|随便|都行|都可以)`,
  // "署名就写我": named, and only the member ("不用写张老师" may follow).
  `${SIGN}(?:就|只)?(?:写|署|用)(?:我|本人)(?:的)?(?:名字|名)?`,
  '(?:ok|okay|fine)?tousemyname|usemyname',
  // "不用匿名", "匿名就不必了": anonymity declined is consent.
  '(?:不|不用|不必|不需要|无需|用不着|别|不要)匿名',
  '匿名(?:就)?(?:不用|不必|不需要|用不着)',
];
/** Words that may stand around the phrase in its clause: 我希望……, ……吧, ……谢谢. */
// "要得，写我名字嘛", "他说可以署名" (a relative or secretary passing it on), "但是不要署名",
// "这回不署名" (this report only, whatever was done before).
const LEAD = '(?:(?:要得|好的?|行|中|嗯|哦|噢)[，,]?)?(?:(?:他|她|\\p{Script=Han}{1,3}(?:副主席|主席|委员|主任|局长|院长|书记|校长|会长|老师))(?:说|讲|也说|表示)?)?(?:但是?|不过|就是|只是|另外|还有|对了)?(?:嗯|那个|那|呃|哎|唉|算了|先说好|这个事情|这件事情|这个事|这事|这个|这条|这篇|这件事|这次|这回|这一次|这一回|本次|我(?=这))*(?:想了想|想想|考虑了一下|我想了想)?(?:(?:报上去|上报|报送|交上去|发出去|报|交|发)(?:的)?(?:时候)?)?(?:我|本人)?(?:先|暂时|还是先)?(?:希望|要求|请求|请|麻烦|那就|就|还是|那|改成|改为|最好(?:是|还是)?|(?:必须)?得|(?:一定)?要|需要)?';
const TAIL = '(?:[，,]?(?:的|了|吧|哈|啊|呀|嘛|呗|好(?=[个格])|(?<=写|好|可以|行|名)个|(?<=关系|没事|可以|好|行)格|哦|噢|喔|哒|滴|就行|就好|好了|即可|就这些|就这么多|就这样|说完了|就可以|也行|也可以|可以|谢谢|可以吗|行吗|为好|ok|OK|Ok|没问题|没关系|没事|冇得?问题|没得问题|(?<=名|名字)中|就中|中嘞|妥妥的|妥了|冇得?事|没得?事|莫得事|莫得啥子?|么麻达|没麻达|没毛病|没得啥|怕啥|要得|噻|撒|(?:挂|写|报)(?:个)?(?:界别|单位)(?:就行|就好|即可)?))*' +
  // "……别署名了怕人家说": a short reason after it changes nothing.
  // ("还是匿名稳妥点": which is safer, said after it.)
  '(?:(?:怕|因为|毕竟|免得|省得|担心|没什么好怕|没啥好怕|不怕)\\p{Script=Han}{0,8}|(?:稳妥|保险|安全|省心|省事)(?:点|些|一点|一些)?|[，,]?\\p{Script=Han}{0,6}(?:知道了?|看到了?)(?:不好|不太好|麻烦|有意见))?';

const REFUSE_CLAUSE = new RegExp(`^${LEAD}(?:${REFUSE.join('|')})${TAIL}$`, 'u');
const AGREE_CLAUSE = new RegExp(`^${LEAD}(?:${AGREE.join('|')})${TAIL}$`, 'u');
/** At the very end of a run-on message only phrases that name the name itself are safe. */
/** "我是九三学社的吴敏电话135…" closing a run-on message. */
const INTRODUCTION_CLOSING = /(?:我是|本人是|我叫)[^，,。！!？?\s\d]{2,16}?(?:电话|手机)?(?:是)?[\d\s-]{7,}$/u;

const REFUSE_TAIL = new RegExp(
  `(?:${UNKNOWN_TO_OTHERS}|(?:不要|不用|别)(?:实名|具名)|(?:不|不要|不用|不必|不需要|无需|别|不想|不愿意?|不同意)${SIGN}(?:报送)?|(?:不|不要|不用|别)(?:写|署|留|公开|透露)(?:我的|我)?(?:姓名|名字|名)|匿名(?:报送|处理|提交|报)?|${NAME}就?(?:不要|别|不用|不)写(?:了)?)${TAIL}$`,
  'u',
);
// A bare 署名 closes a voice message only after a pause ("多设一点 署名") or right after the
// phone number that ends a signature ("电话一三八……九八八署名").
const AGREE_TAIL = new RegExp(`(?:(?:用|以)真名(?:报|报送|反映)?|(?:同意|可以|愿意)公开(?:我的)?(?:姓名|名字)|(?:同意|可以|愿意)具名|(?:同意|可以|愿意)${SIGN}(?:报送)?|${SIGN}(?:没问题|可以|同意)|可以(?:用|写|署|挂)(?:我的?)?(?:名字|姓名|名)|[署挂]我的?名(?:字)?|${NAME}(?:可以|都可以|就)?(?:写上去?|用|公开)|(?:同意|可以|愿意)?实名(?:报送|反映|提交)?|(?:用|写|署|挂)(?:我|本人)的?(?:名字|姓名|真名)(?:报|报送|上报|提交)?(?=没问题|没有问题|没关系|没事|可以|就行|就好|也行)|(?<=\\s)${NAME}(?:可以|都可以|就)?写|(?<=\\s)${SIGN}(?:报送)?|(?<=[0-9零〇一二三四五六七八九幺两]{4})(?:${SIGN}(?:报送)?|${NAME}(?:可以|都可以|就)?写|(?:写|用|署)${NAME}))${TAIL}$`, 'u');
/**
 * A bare 署名 ending a run-on voice message ("……推广费明码标价署名"), unless what comes before says
 * it of others or refuses it ("大家都不愿意署名").
 */
const BARE_SIGN_TAIL = new RegExp(`(?<![不愿意肯敢要求的了名])(?:同[一以义])?${SIGN}(?:报送)?$`, 'u');
/** Several consent phrases in one clause: "匿名吧不用写我名字". */
const ANY_CONSENT = new RegExp(`(?:${[...REFUSE, ...AGREE].join('|')})`, 'gu');

/** true / false for a clause that only states consent; undefined for anything else. */
export function readConsent(text: string): boolean | undefined {
  // Emoji and sticker codes around the words say nothing: "实名👍".
  const clause = normalizeMessage(text)
    .trim()
    .replace(/[\p{Extended_Pictographic}\ufe0f\u200d]|\[[\u4e00-\u9fffA-Za-z]{1,4}\]/gu, '')
    .replace(/[\s。.！!~～…]+/gu, '')
    // "（唐立新，工商联，13807160239，署名）": the brackets of a signature line.
    .replace(/^[（(【]+|[）)】]+$/gu, '')
    .toLowerCase()
    // 湖北 冇得 / 冇 (没有 / 没): "写我名字冇得关系".
    .replace(/冇(?:得|有)?/gu, '没')
    // "4、可以署名": the numbering of a pasted list.
    .replace(/^(?:[①-⑳]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．)）])/u, '');
  if (clause === '') return undefined;
  // Refusals first: 不同意署名 contains 同意署名.
  if (REFUSE_CLAUSE.test(clause)) return false;
  if (AGREE_CLAUSE.test(clause)) return true;
  const phrases = clause.match(ANY_CONSENT) ?? [];
  if (phrases.length < 2 || clause.replace(ANY_CONSENT, '').replace(/[，,]|的|了|吧|哈|啊|呀|哩|嘞|就行|就好|即可|谢谢|那就|就|还是|也/gu, '') !== '') return undefined;
  // Every phrase must say the same: a refusal among them decides.
  return !phrases.some((phrase) => REFUSE_CLAUSE.test(phrase));
}

export interface ConsentSpan {
  start: number;
  end: number;
  signed: boolean;
}

const ENGLISH = /sign(?:ed|ature)?\s*[:：]?\s*(?:yes|y|ok|okay|no|n)\b\.?|(?:(?:it'?s\s+)?(?:ok|okay|fine)\s+to\s+|(?:please\s+)?(?:don'?t|do\s+not)\s+)?use\s+my\s+(?:real\s+)?name\.?|(?:(?:it'?s\s+)?(?:ok|okay|fine)\s+to|(?:please\s+)?(?:don'?t|do\s+not))\s+sign(?:\s+it)?\b\.?|(?:please\s+)?(?:keep\s+it\s+)?anonymous(?:ly)?\.?/iu;

// A space in voice input or a phone message is a pause, like a comma.
const CLAUSE = /[^，,。；;！!？?\n\s（）()【】]+/gu;
const RUN_ON_STORY = 10;

/**
 * Consent stated anywhere in a message: a clause of its own, or the end of a long clause (voice
 * input runs the story and "同意署名" together without a pause).
 */
export function consentSpans(text: string): ConsentSpan[] {
  const spans: ConsentSpan[] = [];
  // "OK to use my name.": English words are split by spaces, so read before the clauses.
  const english = ENGLISH.exec(text);
  if (english) spans.push({ start: english.index, end: english.index + english[0].length, signed: !/don'?t|do not|anonym|sign(?:ed|ature)?\s*[:：]?\s*no?\b/iu.test(english[0]) });
  for (const match of text.matchAll(CLAUSE)) {
    if (english && match.index >= english.index && match.index < english.index + english[0].length) continue;
    const lead = match[0].length - match[0].trimStart().length;
    const clause = match[0].trim().replace(/[\s。.！!~～]+$/u, '');
    const at = match.index + lead;
    // "钱卫东 13597826310 同意": a bare 同意 closing a signature line after the phone number.
    const afterPhone = /^(?:同意|愿意)$/u.test(clause) && /\d[\s，,]*$/u.test(text.slice(0, at)) ? true : undefined;
    const signed = readConsent(clause) ?? afterPhone;
    if (signed !== undefined) {
      spans.push({ start: at, end: at + clause.length, signed });
      continue;
    }
    // "先说明一下：同意署名": consent after a lead-in and a colon (not a label's: "署名：肖国峰").
    const colon = /^([^：:]{1,10})[：:]\s*/u.exec(clause);
    const afterColon = colon && !/署名|签名|姓名|名字|联系|反映人|落款/u.test(colon[1]!) ? readConsent(clause.slice(colon[0].length)) : undefined;
    if (colon && afterColon !== undefined) {
      spans.push({ start: at + colon[0].length, end: at + clause.length, signed: afterColon });
      continue;
    }
    // "…想反映一个情况不署名啊名字就是给你们备个案现在我们市…": by voice, a particle after the choice is its pause.
    const paused = clause.length >= RUN_ON_STORY ? PAUSED_CHOICE.exec(clause) : null;
    if (paused) {
      spans.push({ start: at + paused.index, end: at + paused.index + paused[0].length, signed: !paused[1] });
      continue;
    }
    // "…匿名吧不用写我名字我是九三学社的吴敏电话135…": who the member is, run on after the choice, closes the clause.
    const core = clause.replace(INTRODUCTION_CLOSING, '');
    for (const [pattern, tailSigned] of [[REFUSE_TAIL, false], [AGREE_TAIL, true], [BARE_SIGN_TAIL, true]] as const) {
      const tail = pattern.exec(core);
      // After a story, not a whole short sentence: "大家都不愿意署名" is about others.
      // A pause (a space) or the phone number just before it marks it as said to us, too.
      // "反映个情况但不要署名": a 但 joins it to what came before, and goes with it.
      // ("大家都想反映但不愿意署名" is about others.)
      const before = tail ? clause.slice(0, tail.index) : '';
      const joined = /大家|他们|她们|群众|居民|村民|有人|很多人|别人|人家/u.test(before) ? 0 : (/(?:但是?|不过|可是)$/u.exec(before)?.[0].length ?? 0);
      // "……再降一点这个用我名字报没问题": 这个 names the report the consent is about, and goes with it.
      const report = /(?:这个|这条|这篇|这次)$/u.exec(before.slice(0, before.length - joined))?.[0].length ?? 0;
      if (tail && (tail.index >= RUN_ON_STORY || joined > 0 || /[\s\d零〇一二三四五六七八九幺两]$/u.test(clause.slice(0, tail.index)))) {
        // ("匿名吧不用写我名字": the choice said twice, the first time short.)
        const twice = tailSigned ? 0 : (/(?:匿名|不署名|别署名|不要署名)(?:吧|哈|啊|呀)?[，,\s]*$/u.exec(before.slice(0, before.length - joined - report))?.[0].length ?? 0);
        spans.push({ start: at + tail.index - joined - report - twice, end: at + core.length, signed: tailSigned });
        break;
      }
    }
  }
  // "名字要写吗？写吧没事": the member asks themselves, and answers.
  for (const match of text.matchAll(SELF_ASKED)) spans.push({ start: match.index, end: match.index + match[0].length, signed: !match[1] });
  // "别写我名字，怕小区里的人对号入座": why they stay unnamed goes with the choice, not the story.
  return spans.map((span) => {
    const why = (span.signed ? null : WHY_UNNAMED.exec(text.slice(span.end))) ?? FOR_THE_RECORD.exec(text.slice(span.end));
    return why ? { ...span, end: span.end + why[0].length } : span;
  });
}

const SELF_ASKED = /(?:对了)?(?:我的?)?(?:名字|姓名|署名)(?:要|需要|得)(?:写|署)(?:吗|么|不)[？?]?\s*(?:(不写了?|算了|别写了?|不署了?)|(?:写吧|写上吧|写上|署吧|写))(?:没事|没关系|无所谓)?[，,。！!]?/gu;
/** "名字就是给你们备个案": what the name given is for, said to the office beside the choice. */
// ("办公室知道是我就行": the office alone knowing who sent it.)
const FOR_THE_RECORD = /^[，,\s]*(?:(?:我的?)?(?:名字|姓名)(?:就是|只是|就|是)*(?:给|让)(?:你们|您们|办公室|工作人员)(?:备个案|备案|留个底|登记一下|登个记|知道一下|知道|掌握一下)|(?:你们|办公室|工作人员)(?:知道|晓得)(?:是我)?(?:就行|就好|就可以|即可))(?:的|用的|而已|哈|啊)*[，,。！!]?/u;
/** A choice closed by a particle inside a run-on clause: "不署名啊", "同意署名哈". */
const PAUSED_CHOICE = new RegExp(`(?<![愿意肯敢要求的了])(?:(不|不要|别|不用)${SIGN}|(?:同意|可以)${SIGN})(?:了)?[啊哈吧哦噢呀](?=\\p{Script=Han})`, 'u');
// ("匿名哈 我们做生意的不方便出面": not being free to show oneself is a why too.)
// ("匿名的，因为涉及我们小区物业，署名怕被穿小鞋": why, at length.)
const WHY_UNNAMED = /^[，,\s]*(?:因为|主要是)?(?:怕|免得|以免|担心|省得|不想让)[^。！!？?\n]*[。！!]?|^[，,\s]*(?:因为|主要是|毕竟)[^。！!？?\n]{2,30}[。！!]?|^[，,\s]*(?:因为)?(?:我们|我|咱|俺)?[^，,。！!？?\n\s]{0,8}?不(?:方便|便|好)(?:出面|露面|公开身份|透露身份)[。！!]?/u;
