import { isSomebodyElsesNumber } from './others-numbers.ts';

/** Mainland phone numbers: mobiles (1[3-9] + 9 digits) and landlines with an area code. */

// Grouped 3-4-4 as usual (with spaces, dashes or dots: 139.7188.2046), or 4-4-3 ("1867 1903 325").
// 139 0719 1234, 1390-719-1234, and "1 3 9 7 2 8 0 4 1 5 6" typed a digit at a time.
const MOBILE = String.raw`(?:[(（]\+?86[)）]\s?|(?:\+|00)?86[-\s]?)?(?:1[3-9]\d(?:[-\s.]?\d{4}){2}|1[3-9]\d{2}[-\s]\d{4}[-\s]\d{3}|1[3-9]\d{2}[-\s.]\d{3}[-\s.]\d{4}|1(?: [0-9]){10})`;
/** "转8026", "分机 203", "转分机8012", "（分机203）", "ext.12": an office extension. */
const EXTENSION = String.raw`(?:\s?[(（]?(?:转(?:分机)?|分机号?|ext\.?)(?:是|为|[:：])?\s?\d{1,5}[)）]?|-\d{1,5})`;
// An office extension stays with its landline: 0512-52771234转8026.
// ("0719 422 6885": voice input groups the number as it is read out.)
const LANDLINE = String.raw`(?:(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－]?)\s?\d{7,8}|0\d{2,3}[-\s]\d{3,4}[-\s]\d{4})(?:${EXTENSION})?`;
const PHONE_SOURCE = String.raw`(?<!\d)(?:${MOBILE}|${LANDLINE})(?!\d)`;
const PHONE = new RegExp(PHONE_SOURCE);

/**
 * A number as the office keeps it: without the country code ("+86 139-1366-0258" → 139-1366-0258),
 * dots grouping a mobile gone ("139.7188.2046" → 13971882046), an extension written 转
 * ("0719-4221356 分机 203" → 0719-4221356转203); spaces and dashes stay.
 */
export function tidyPhone(written: string): string {
  return written
    .trim()
    .replace(/^(?:[(（]\+?86[)）]\s?|(?:\+|00)?86[-\s]?)(?=1)/u, '')
    .replace(/(?<=\d)\.(?=\d)/gu, '')
    .replace(/^1(?: \d){10}$/u, (digits) => digits.replace(/ /gu, ''))
    .replace(/(?<=\d)\s?[(（]?(?:转(?:分机)?|分机号?|ext\.?)(?:是|为|[:：])?\s?(\d{1,5})[)）]?$/u, '转$1');
}

/** The first phone number anywhere in the text (full-width digits read as ASCII). */
export function findPhone(text: string): string | undefined {
  const found = PHONE.exec(text.normalize('NFKC'))?.[0];
  return found === undefined ? undefined : tidyPhone(found);
}

/** Every phone number in the text, in order, as the office keeps them. */
export function findPhones(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(new RegExp(PHONE_SOURCE, 'g'))].map((match) => tidyPhone(match[0]));
}

/** Spaces, dashes, dots and brackets are how people group digits, not part of the number. */
export function isValidPhone(text: string): boolean {
  const compact = text
    .normalize('NFKC')
    .trim()
    .replace(/[(（]?(?:转(?:分机)?|分机号?|ext\.?)(?:是|为|[:：])?\s?\d{1,5}[)）]?$/iu, '')
    // "0719-8652301-206": an extension after a second dash.
    .replace(/(?<=^[(（]?0\d{2,3}[)）]?[\s\-－]?\d{7,8})[\-－]\d{1,5}$/u, '')
    .replace(/[\s\-－()（）.]/g, '')
    .replace(/^(?:\+|00)?86(?=1)/, '');
  return /^1[3-9]\d{9}$/.test(compact) || /^0\d{2,3}\d{7,8}$/.test(compact);
}

export interface PhoneSpan {
  /** The number as written (139 1234 5678). */
  phone: string;
  /** Where the number starts, or the words introducing it (我的手机、联系电话：、tel:). */
  start: number;
  end: number;
}

/**
 * Words introducing the member's own number, right before it ("电话这次留我办公室的：" names the line too;
 * "天天在外面玩手机我电话是…": the phone played with is no label).
 */
// ("联系我就打86135…", "打我电话135…": how to reach the member, said before the number.)
const CUE =
  /(?:(?:这次|这回)?(?:(?:打|拨)(?=我))?(?:我的|本人|我)?(?:联系)?(?<![玩刷])(?:微信(?:及|和|与))?(?:电话号码|手机号码|电话号|手机号|电话|手机|号码|联系方式|微信同号|微信|座机|固话)(?:这次|这回)?(?:就|还是|请|是)?(?:留|写|打)?(?:我的?)?(?:另一个|另外一个|新的?|这个)?(?:办公室|单位|家里)?的?(?:座机|固话|电话)?(?:号码?)?|联系电话|tel|phone|mobile|☎️?|📞|📱|(?:有事|有问题|有啥事|有什么事(?:情)?)?(?:就|可以|请)?(?:call我|(?:call|打|拨)(?:这个|这个号码?|我这个号码?))|(?:联系|找)我(?:的话)?(?:就|可以|请)?(?:打|拨))(?:号码)?(?:是|为|[:：]|\s)*$/iu;
/** A number somebody else answers: 拨打物业电话0719-8123456, 投诉热线. It stays in the story. */
// Someone else's number: 刘长河的电话, 联系他158……, 预约电话0716-…… (a service line), 房东姓王，电话139…, 派出所电话0719-….
const OTHERS =
  /(?:打了|打过|拨打了|拨打过|打给|致电|联系了|热线|客服|服务电话|投诉电话|报警|物业|办公室|部门|单位|公司|医院|门卫|值班|居委会|村委会?|派出所|卫生院|诊所|街道|预约|挂号|咨询|报修|举报|(?:联系|找|打给|问)(?:他|她)(?:们)?)[^，,。；;\d\n\s]{0,6}$|\p{Script=Han}(?<![我俺界党盟社联派士])的$|(?<!我是|我|本人|本人是)(?:房东|房主|店主|村支书|支书|村主任|村长|组长|网格员|站长)[^。；;\d\n]{0,12}?[，,]?$/u;

/** "打公交集团服务电话0719-…问": a line the public calls, whatever names it. */
const SERVICE_LINE = /(?:服务|投诉|咨询|报修|举报|客服|预约|挂号|值班|办事|受理|救援|求助)(?:电话|热线|专线)(?:号码)?(?:是|为|[:：])?\s*$/u;

/** "办公室电话0719-…", "单位座机：…" at the start of a clause: the member's own line at work or home. */
const OWN_LINE = /(?:^|[，,。；;：:\s])(?:我的?|本人)?(?:办公室|单位|办公|家里|家庭|宅)(?:的)?(?:电话|座机|固话)(?:号码)?(?:是|为|[:：]|\s)*$/u;

// "电话留刘主席本人的138…": whose number the contact is to be, chosen in so many words.
// ("联系电话用我助理的 185…": the member's own assistant, chosen as the contact.)
const CHOSEN_RELATIVE = /(?:联系我|找我|留|用|(?:就|请|可以|要)?打(?![了过]))[^，,。；;了过]{0,4}?(?:我)?(?:的)?(?:女儿|儿子|闺女|老伴|爱人|老婆|老公|媳妇|孙子|孙女|家里|助理|秘书)的?(?:电话|手机|号码?)?[：:，,\s]*$|(?:电话|手机|号码)(?:就|还是)?留[^，,。；;]{0,8}?的[：:，,\s]*$/u;
const SOMEBODY_BRACKETED =
  /(?:阿姨|大爷|大妈|大娘|大叔|大哥|大姐|奶奶|爷爷|师傅|老板|律师|医生|大夫|主任|书记|村长|组长|网格员|队长|经理|站长|院长|校长|老师|小\p{Script=Han}|老\p{Script=Han})\p{Script=Han}{0,3}[（(](?:电话|手机|联系电话|联系方式|tel)?[：:]?\s*$/iu;

/** "座机0719-5665123（白天）": when the line is answered goes with the number. */
const WHEN_TO_CALL = /^\s?[（(](?:白天|晚上|夜间|工作时间|上班时间|办公时间|工作日|周末|节假日|平时|全天|24小时)[^（）()\n]{0,6}[）)]/u;

/**
 * A mobile number read out in Chinese numerals by voice input: 一三九一二三四五六七八, with the
 * radio forms people use to be clear (幺 1, 两 2, 拐 7, 勾 9, 洞 0).
 */
const SPOKEN_DIGITS = '零〇一二三四五六七八九幺两洞拐勾';
// Spoken digits, in voice input often grouped with spaces or commas: 一三三 零七一九 八零五六.
const SPOKEN_MOBILE = new RegExp(`(?<![${SPOKEN_DIGITS}])[一幺][三四五六七八九拐勾](?:[ \\t，,、]?[${SPOKEN_DIGITS}]){9}(?![${SPOKEN_DIGITS}])`, 'gu');
// "电话零七一九 四二二 六八八五": a landline read out, taken only after words naming it a phone.
const SPOKEN_LANDLINE = new RegExp(`(?<![${SPOKEN_DIGITS}])[零洞](?:[ \\t，,、]?[${SPOKEN_DIGITS}]){10,11}(?![${SPOKEN_DIGITS}])`, 'gu');
// ("幺5871936620": 幺, 洞, 拐 and 勾 are digits even alone, being no words.)
const MIXED_DIGITS = new RegExp(`[${SPOKEN_DIGITS}]{2,}(?=[ \\t]?\\d)|(?<=\\d[ \\t]?)[${SPOKEN_DIGITS}]{2,}|[幺洞拐勾](?=[ \\t]?\\d)|(?<=\\d[ \\t]?)[幺洞拐勾]`, 'gu');
const DIGIT_OF: Record<string, string> = { 零: '0', 〇: '0', 洞: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 拐: '7', 八: '8', 九: '9', 勾: '9' };

/** Spoken numbers as digits: 一三九一二三四五六七八 → 13912345678. */
export function spokenDigits(text: string): string {
  return Array.from(text.replace(/[ \t，,、]/gu, ''), (c) => DIGIT_OF[c] ?? c).join('');
}

/** "幺二七六 四四零三": each run of two or more spoken digits as digits, the rest of the text as it is. */
export function withSpokenDigitRuns(text: string): string {
  return text.replace(new RegExp(`[${SPOKEN_DIGITS}]{2,}(?:[ \\t][${SPOKEN_DIGITS}]{2,})*(?=$|[ \\t])`, 'gu'), spokenDigits);
}

/** Whether `at` lies in a quotation of some length (“…”) that closes after it. */
function insideQuotation(text: string, at: number): boolean {
  const opened = text.lastIndexOf('“', at);
  return opened >= 0 && at - opened > 8 && text.lastIndexOf('”', at) < opened && text.indexOf('”', at) > at;
}

/** The member's phone numbers in running text, with their introducing words; others' numbers are left. */
export function contactPhoneSpans(text: string): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  // "电话一七七 7190 2351": spoken digits run into written ones are read as digits (one for one, so offsets hold).
  const mixed = text.replace(MIXED_DIGITS, (run) => [...run].map((c) => DIGIT_OF[c] ?? c).join(''));
  for (const match of mixed.matchAll(new RegExp(PHONE_SOURCE, 'g'))) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const cue = CUE.exec(before);
    const lead = before.slice(0, before.length - (cue?.[0].length ?? 0));
    // "我电话138…" is the member's own, whatever comes before it.
    // "联系我就打我女儿的手机：136…": a relative's number given on purpose is the contact.
    // "办公室电话0719-…": the words naming the line go with the number.
    const line = OWN_LINE.exec(before)?.[0].replace(/^[，,。；;：:\s]/u, '');
    // "“……我电话139…，有事找我。”": quoted speech is somebody else speaking, whatever 我 says.
    if (insideQuotation(text, match.index)) continue;
    // "办公室0719-8123456，手机186……": a line given beside the member's own mobile is theirs too.
    const besideOwnMobile = /^[，,、\s]*(?:(?:或者?|或是|还有|以及)[，,、\s]*)?(?:手机|mobile|移动电话)[:：]?\s*1[3-9]/iu.test(text.slice(match.index + match[0].length));
    // "我是农工党的谢丽华县人民医院的电话158…": the number closes the member's own introduction, in one breath.
    const afterIntroduction = /(?:我是|我叫|本人是?)[^，,。；;！!？?\n\d]{2,24}$/u.test(text.slice(Math.max(0, match.index - 40), match.index - (cue?.[0].length ?? 0)));
    const own =
      /^(?:(?:打|拨)?(?:我|本人|俺)|(?:联系|找)我)/u.test(cue?.[0] ?? '') || afterIntroduction || line !== undefined || besideOwnMobile || CHOSEN_RELATIVE.test(text.slice(Math.max(0, match.index - 24), match.index));
    if (!own && (OTHERS.test(lead) || (!cue && OTHERS.test(before)) || SERVICE_LINE.test(before))) continue;
    // "网格员小李（电话158…）", "张秀兰阿姨（电话137…）": a number in brackets after somebody else.
    if (!own && SOMEBODY_BRACKETED.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    if (!own && isSomebodyElsesNumber(text, match.index, match.index + match[0].length)) continue;
    const lineWord = besideOwnMobile ? (/(?:办公室|单位|家里|家庭|宅)?(?:座机|固话)?(?:电话)?[:：]?\s*$/u.exec(before)?.[0].length ?? 0) : 0;
    const when = WHEN_TO_CALL.exec(text.slice(match.index + match[0].length))?.[0].length ?? 0;
    spans.push({ phone: tidyPhone(match[0]), start: match.index - Math.max(cue?.[0].length ?? 0, line?.length ?? 0, lineWord), end: match.index + match[0].length + when });
  }
  for (const match of text.matchAll(SPOKEN_MOBILE)) {
    const cue = CUE.exec(text.slice(Math.max(0, match.index - 16), match.index))?.[0] ?? '';
    spans.push({ phone: spokenDigits(match[0]), start: match.index - cue.length, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(SPOKEN_LANDLINE)) {
    const cue = CUE.exec(text.slice(Math.max(0, match.index - 16), match.index))?.[0];
    if (cue) spans.push({ phone: spokenDigits(match[0]), start: match.index - cue.length, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const ONE_DIGIT = `[0-9${SPOKEN_DIGITS}]`;
/** "尾号是4591", "后四位弄反了，是1485", "最后三位是四三九", "最后是1034": the end of the number said again. */
const TAIL_AGAIN = new RegExp(
  `(?:尾号|尾数|(?:最后|后|尾)[两二三四234]位|最后(?=是|应该是))[^。0-9${SPOKEN_DIGITS}]{0,10}?(?:是|为|改成|应该是)?[，,\\s]*(${ONE_DIGIT}{2,4})(?!${ONE_DIGIT})`,
  'u',
);
/** "最后一位是8，不是6", "最后一位是四": the last digit said again. */
const LAST_DIGIT = new RegExp(`(?:最后|末)(?:一|1)位(?:数字?)?(?:应该)?(?:是|为|改成|改为)?(${ONE_DIGIT})`, 'u');

/** "倒数第二位是7", "第四位应该是5": one digit named by its place, from the end or from the start. */
const NTH_DIGIT = new RegExp(`(倒数)?第([一二三四五六七八九十]{1,2}|\\d{1,2})位(?:数字?)?(?:应该)?(?:是|为|改成|改为)?(${ONE_DIGIT})`, 'u');
const PLACE_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11 };

/** The number with the digit at a place put right; the place counts digits, not spaces or dashes. */
function withDigitAt(current: string, place: number, fromEnd: boolean, digit: string): string | undefined {
  const at = [...current.matchAll(/\d/gu)].map((match) => match.index);
  const index = fromEnd ? at[at.length - place] : at[place - 1];
  return index === undefined ? undefined : `${current.slice(0, index)}${digit}${current.slice(index + 1)}`;
}

/**
 * A phone number corrected by its end ("不对不对，尾号是4591", "尾号也错了，是五三三", "电话最后一位是8，
 * 不是6") or by one digit's place ("倒数第二位是7，不是1"): the number put right, or undefined when the
 * message corrects nothing of the kind.
 */
export function phoneWithCorrectedEnd(current: string | undefined, text: string): string | undefined {
  if (!current || !/\d{4}$/u.test(current)) return undefined;
  const message = text.normalize('NFKC');
  const tail = TAIL_AGAIN.exec(message)?.[1];
  if (tail) {
    const digits = spokenDigits(tail);
    return `${current.slice(0, -digits.length)}${digits}`;
  }
  const last = LAST_DIGIT.exec(message)?.[1];
  if (last) return `${current.slice(0, -1)}${DIGIT_OF[last] ?? last}`;
  const nth = NTH_DIGIT.exec(message);
  const place = nth?.[2] ? (PLACE_OF[nth[2]] ?? Number(nth[2])) : 0;
  return nth?.[3] && place > 0 ? withDigitAt(current, place, nth[1] !== undefined, DIGIT_OF[nth[3]] ?? nth[3]) : undefined;
}

/** Whether a number is a mobile (a landline has an area code): the mobile reaches the member. */
export function isMobile(phone: string): boolean {
  return /^(?:\+?86)?1[3-9]\d{9}$/u.test(phone.replace(/[\s-]/gu, ''));
}

/** "电话一三九七二八七六五三一 不对 最后是五三二": the last few digits of a spoken number said again. */
const END_SAID_AGAIN = new RegExp(
  `(${ONE_DIGIT}(?:[ \\t]?${ONE_DIGIT}){9,})[，,\\s]*(?:哦|噢|啊|呃)?(?:不对|说错了|错了)[，,\\s]*(?:最后|末尾|尾号)(?:[两三四]位|几位)?(?:应该)?(?:是|为)((?:${ONE_DIGIT}){2,4})(?![\\d${SPOKEN_DIGITS}])`,
  'gu',
);
/** "电话一三两幺七幺九五五八三哦不对最后一位是四": the last digit said again. */
const LAST_SAID_AGAIN = new RegExp(`(${ONE_DIGIT}(?:[ \\t]?${ONE_DIGIT}){6,})${ONE_DIGIT}[，,\\s]*(?:哦|噢|啊|呃)?(?:不对|说错了|错了)[，,\\s]*${LAST_DIGIT.source}`, 'gu');

/** "一三八七一九零二二四五不对不对是一三八七一九零二二五四", "13507198899 不是 打错了 是13507198889": the whole number said again. */
const NUMBER_SAID_AGAIN = new RegExp(
  `(${ONE_DIGIT}(?:[ \\t-]?${ONE_DIGIT}){10})[，,\\s]*(?:哦|噢|啊|呃)?(?:不是[，,\\s]*)?(?:不对|说错了|打错了|写错了|报错了|错了)(?:[，,\\s]*(?:不对|说错了|打错了|错了))*[，,\\s]*(?:应该)?(?:是|为)?[：:\\s]*(${ONE_DIGIT}(?:[ \\t-]?${ONE_DIGIT}){10})(?![\\d${SPOKEN_DIGITS}])`,
  'gu',
);

/** A spoken number put right as it is said: the number said again, or its end said again, replaces it. */
export function withSpokenLastDigitCorrected(text: string): string {
  return text
    .replace(NUMBER_SAID_AGAIN, '$2')
    .replace(END_SAID_AGAIN, (_all, said: string, tail: string) => {
      const digits = [...said.replace(/[ \t]/gu, '')];
      return `${digits.slice(0, digits.length - [...tail].length).join('')}${tail}`;
    })
    .replace(LAST_SAID_AGAIN, (_all, head: string, digit: string) => `${head}${digit}`);
}
