import { normalizeMessage } from '../../shared/normalize-text.ts';
import { REMARK_ON_THE_TELLING } from './remarks-on-the-telling.ts';
import { withoutStoryAsides } from './story-asides.ts';
import type { OpinionFields } from '../types.ts';
import { extractContact, type ContactDetails } from './contact.ts';
import { isBulletedList, readDocument } from './document.ts';
import { readPersonName } from './person-name.ts';
import { composeTitle, splitFreeText } from './free-text.ts';
import { readLabels, type LabelledValue } from './labels.ts';
import { parseCategory, parseSigned } from './parse-answer.ts';
import { findPhone, isMobile } from './phone.ts';
import { defaultSectors, looksLikeSectorName, matchSector, type Sector } from './sectors.ts';
import { memberWrittenFor, withoutWrittenFor } from './written-for.ts';
import { titleSaid } from './said-title.ts';
import { withoutRepeats } from './sent-twice.ts';
import { withLabelsClosed } from './form-labels.ts';
import { withSelfCorrections } from './self-corrections.ts';
import { DEVICE_REMARK, NUMBER_CHANGED, PHONE_PUT_RIGHT, PHONE_REMARK, REACH_ME_REMARK, REACHED_THROUGH, THIS_NUMBER_NOT_THAT } from './remarks-on-reaching.ts';

/** Emoji, WeChat sticker codes ([抱拳]) and a greeting to the office say nothing about the matter. */
// 好 alone is no greeting: "好几个小区……", "好多老人……" start the story.
const GREETING = /^(?:[\u4e00-\u9fff]{1,4}(?:秘书|主任|领导|老师|同志)[：:，,]\s*|(?:各位)?(?:(?:领导|老师|同志|秘书)(?:们)?(?:您|你)?|您|你)好(?:啊|呀)?|(?:尊敬的)?[\u4e00-\u9fff]{0,6}(?:领导|老师|秘书|主任|同志)(?:们)?(?:您|你|你们|您们)?好|(?:小助手|履职助手|助手)(?:您|你)?好|您好|你好|大家好|各位好)[，,！!。\s]*(?:(?:您|你)?辛苦(?:了|啦|啊)?(?:\[[^\]]{1,6}\])?[，,！!。\s]*)?/u;

/** Lines that only close or frame a pasted document: 以上。/（完）/ 以上信息供参考 / 【内容】. */
const FRAME_LINE =
  /^[ \t]*(?:以上(?:情况|信息|内容)?(?:供参考|仅供参考|属实)?(?:[，,。]\s*(?:谢谢|感谢)[^\n]{0,6})?|（完）|\(完\)|完|全文完|此致|敬礼|此致敬礼|特此反映|就这些|就这么多|谢谢(?:领导|您|你)?[！!。，,]*(?:辛苦了|辛苦啦)?|辛苦了|【(?:内容|正文|情况|全文)】|第\s*\d+\s*页\s*(?:共\s*\d+\s*页)?|[〇零一二三四五六七八九十\d]{2,4}\s*年\s*[〇零一二三四五六七八九十\d]{1,2}\s*月\s*[〇零一二三四五六七八九十\d]{1,3}\s*日|(?:报送单位|审核人|签发人|编辑|校对)[：:][^\n]{0,30}|[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}|(?:中国人民)?政协[^\n，。]{0,14}委员会(?:办公室|办公厅)?|\[批注\d*\][:：][^\n]*)[。.!！]*[ \t]*$/gmu;
// (Elderly members type it in a bubble of its own, spaces for commas: "我是退休老师 今年七十一了 打字慢 你莫急".)
const AGE_ASIDE =
  /(?<=^|[。！!\n，,\s])[ \t]*(?:我|俺)?(?:今年)?(?:都|已经)?(?:[六七八九]十(?:[一二三四五六七八九]|多)?|[6-9]\d)(?:多)?(?:岁)?了[，,\s]+(?:(?:打字|写字|眼神|眼睛|手)(?:也)?(?:很|太|比较|有点)?(?:慢|不好|花)|腿脚(?:也)?不(?:方便|灵便|好))(?:[，,\s]+(?:(?:您|你)?(?:多)?(?:担待|包涵|见谅)|(?:您|你)?(?:莫|别|不要)(?:急|着急|嫌弃|嫌慢)|(?:您|你)?(?:等等|等一下|等我一下|稍等)(?:我)?))?[。！!]?/gmu;
const LETTER_LEAD_IN =
  // ("本人系退休干部，现就……" goes whole; "……现将近期了解到的情况反映如下：" only as a sentence of its own.)
  /(?<=^|[。！!\n])[ \t]*(?:本人(?:系|是)[^，,。！!\n]{2,12}[，,][ \t]*(?=(?:现|特|谨|今)就))?(?:现|特|谨|今)(?:就|将)[^，。：:\n]{2,24}?(?:略陈管见|谈几点意见|谈谈看法|提几点建议|提出如下建议|反映如下|报告如下)[：:，,。]?/gmu;
/** How a formal letter closes: 以上意见仅供参考, 妥否，请批示, 特此报告, 敬请批评指正. */
const LETTER_CLOSING =
  /[，,]?\s*(?:(?:以上(?:意见|建议|情况|内容|发言)?[，,]?)?(?:(?:仅|谨)供参考|妥否[，,]?(?:请|敬请)?(?:批示|指示|审阅|示)?|特此(?:报告|反映|汇报)|(?:敬请|请|恳请)?(?:各位领导)?(?:批评)?指正|不[妥当]之处[^。！!\n]{0,8}指正)[，,。！!]?\s*)+(?=(?:(?:同意|不同意|可以|愿意)?(?:署名|匿名)[。！!]?\s*)?(?:此致[，,\s]*敬礼[！!。]?\s*)?(?:$|\n))/gmu;
/** "特此报告。本人不同意署名": a closing sentence with more said after it on the line. */
const CLOSING_SENTENCE =
  /(?<=^|[。！!\n])[ \t]*(?:特此(?:报告|反映|汇报)|以上(?:报告|意见|建议|情况|内容)?如有不妥(?:之处)?[，,]?(?:请|敬请|恳请)?(?:各位领导)?批评指正|以上(?:报告|意见|建议|情况|内容)[，,]?(?:请|敬请|恳请|望|供)(?:各位)?(?:领导|有关部门)?(?:关注|重视|阅示|参阅|参考|审阅)|(?:请|敬请|恳请)(?:各位)?(?:领导|有关部门)(?:关注|重视|阅示|审阅))[。！!]?/gmu;
/** "1.1 截至目前……": the decimal numbering of a pasted report's points. */
const DECIMAL_POINT = /^[ \t]*\d{1,2}(?:\.\d{1,2})+[ \t]+/gmu;
/** "thx", "pls", "3q", "by 民建 …": English asides and a signature cue typed on a phone. */
const ENGLISH_ASIDE = /(?<![A-Za-z])(?:thx|thanks|thank you|pls|plz|3q|tks)(?![A-Za-z])[!！.。~～]*|(?<=^|\n|\s)by(?=\s+\p{Script=Han})/giu;
/**
 * What the member says about their own telling: "刚才忘了说，", "我说一下啊就是", "那我先文字说。", "那我简单说下。", "先报一下：", "对了，还有，",
 * "电话你们那有": said to the bot, no part of the matter.
 */
const TELLING_REMARK =
  /(?<=^|[。！!？?\n，,\s])[ \t]*(?:(?:哦|嗯|那|好的?|对了)[，,\s]*)*(?:我)?(?:刚才|刚刚|还)?(?:(?:写|整理)了(?:一条|一篇|一份|个)(?:社情民意|材料|稿子)(?:信息)?|忘了说|忘记说了?|漏说了|补充一下|(?:我)?再补(?:充)?一句|再补充一点|补充一点|说一下啊?就是|(?:跟|和)(?:你|您)说个事(?:情|儿)?(?:啊|哈|哦)?|(?:麻烦|请)?(?:你|您)?帮我(?:提交|报上去|报一下|交上去)(?:一下)?(?:吧|哈|啊)?|先说好|丑话说在前头|丑话说在前面|(?:那)?(?:我)?先(?:用)?文字(?:说|写)(?:吧)?|先打字说(?:吧)?|(?:具体)?(?:内容|情况)如下|为(?:什么|啥)(?:要)?提(?:这个|这条)(?:呢|呀|啊)?|(?:那)?(?:我)?直接说事(?:吧|了)?|(?:那)?(?:我)?(?:就)?(?:简单|大概|简单地|大致)(?:说|讲)(?:一?下|两句|几句)(?:吧|啊|哈)?|(?:那)?(?:先)?不附(?:了)?|好了接着说|接着说|先(?:报|说|留)(?:一下(?:我的)?(?:个人信息|联系方式|基本信息|信息)?|(?:我的)?(?:个人信息|联系方式|基本信息))|对了[，,\s]*还有(?:一点|一件事|个事)?(?=[，,：:]))[，,：:。！!]?|(?<=^|[，,。])[ \t]*(?:我的?)?(?:电话|手机|号码)(?:你们|您们|办公室)(?:那里?|那边|这边)?(?:有|都有|应该有)(?:的|吧|啊)?(?=$|[，,。！!\n])/gmu;
/**
 * How the member is typing or talking, said to the bot: "我在开车就不打字了", "在高速上语音说的啊",
 * "语音转的哈", "等下我接个电话", "宝贝别吵妈妈在说话", "以下是刘委员的原话".
 */
const CHANNEL_REMARK =
  /(?:(?:我|俺)?(?:爸|妈|爷爷|奶奶|老伴|爱人|父亲|母亲)?(?:让|叫|托)我(?:帮|替)(?:他|她)(?:发|报|反映|转)(?:的|一下|一条|个)?|(?:我)?(?:帮|替)(?:我)?(?:爸|妈|爷爷|奶奶|老伴|爱人|父亲|母亲|他|她)(?:打字|发消息)(?:哈|啊|的|呢)?|(?:麻烦|请)?(?:你|您)?(?:帮|替)(?:她|他)(?:报|反映|提交|上报)(?:一下|一条|个)?(?:社情民意|情况|问题)?(?=[：:，,。])|(?:我|俺|额)?(?:现在)?在(?:车上|开车|高速上?|路上)[^，,。！!？?\n]{0,8}?(?:不方便打字|不打字了?|就不打字了|语音(?:输入)?(?:说的?|的)(?:啊|哈|哦)?|说的(?:啊|哈))(?:有错字)?(?:你们将就看)?|(?:这是)?语音(?:转|转换|输入|打)的(?:字)?(?:哈|啊|哦)?|(?:可能)?有错(?:别)?字(?:的话)?(?:别见怪|见谅|请见谅|多包涵|包涵|将就看)|(?:等下|等一下|稍等)?我(?:先)?接个电话|(?:宝贝|孩子|娃儿?)?别(?:吵|闹)了?(?:妈妈|爸爸|我)?在说话|以下是[^，,。：:\n]{1,10}的原话|(?:\p{Script=Han}{1,3}秘书)?(?:帮忙|麻烦|帮我)?看(?:看|一下)(?:格式|这样|写得)[^，,。！!\n]{0,6}?(?:对不对|行不行|可以不|可不可以|行吗))[，,。！!：:]?/gu;
const CONTACT_OFFER =
  /(?<=^|[，,。！!；;\s（(])(?:有(?:需要|事|问题|疑问|啥|什么)(?:问题|事|事情|疑问|要核实|需要核实|要了解|不清楚)?的?(?:话)?|有(?:不清楚|不明白|不了解)的(?:地方|情况)?(?:的话)?|如有需要|有兴趣的(?:部门|单位|同志)?)?(?:可以|随时|欢迎)?(?:直接)?(?:(?:联系|找|打给|打电话给|打|问)我|(?<=有(?:事|问题|啥事|什么事)(?:可以|随时)?)联系)(?:了解|核实|咨询)?(?:情况)?(?:都行|就行|吧)?(?:[，,。！!；;]|$|(?=[）)])|(?=[：:]?[ \t]*(?:1[3-9]\d|0\d{2,3}-)))/gu;
/** "转发自【家长群】", "——转自 乡村振兴交流群": where a forwarded message came from, on a line of its own. */
const FORWARDED_FROM = /^[ \t]*(?:[-—–]{1,2}[ \t]*)?(?:转发自|转自|来自|摘自|来源[：:]?)[ \t]*(?:【[^】\n]{1,20}】|[^\n，。]{1,20}(?:群|群聊|公众号|朋友圈))[ \t]*$/gmu;
/** "@王老师 王老师您好": a chat mention pasted with the message names nobody in the story. */
const MENTION = /(?<=^|[ \t])@[^\s@，,。：:]{1,10}(?:[ \t]+|$)/gmu;
/** "我的见意是……": what voice input and pinyin make of 建议 (not the 意见 of "提意见意思"). */
const ASK_MISTYPED = /(?<!意)(?:见意|建意)(?![义思识])/gu;
/** "另外跟你们说一声，下周的协商会我参加不了": word on a meeting, sent along, is no part of the report. */
const MEETING_ASIDE = /(?<=^|[。！!\n])[ \t]*(?:另外|顺便|对了)[，,]?(?:跟|和|给)?(?:你们|您)?(?:说|讲|报告)(?:一声|一下)[，,：:]?[^。！!\n]*会[^。！!\n]*(?:参加不了|去不了|来不了|请假|不能参加)[^。！!\n]*[。！!]?/gu;
/** "Hi, 反映一个……", "Hello 您好": an English greeting opening the message. */
const ENGLISH_GREETING = /^(?:hi|hello|hey|dear\s+\w+)[,，!！.\s]+/iu;
/** Markdown heading marks of a pasted note: "## 情况". */
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/gmu;

export function withoutDecoration(text: string): string {
  // "……天天吃挂面。我今年七十六了，打字慢，您多担待。": the typist's aside, read whole before its parts are.
  return withoutStoryAsides(withoutFraming(text).replace(AGE_ASIDE, ''))
    .replace(CHANNEL_REMARK, '')
    .replace(ENGLISH_GREETING, '')
    .replace(DEVICE_REMARK, '')
    .replace(NUMBER_CHANGED, '')
    // ("0719-8881234（办）138…（手机）": a bracketed remark between two numbers leaves them apart.)
    .replace(PHONE_REMARK, (remark) => (/^[（(]/u.test(remark) ? ' ' : ''))
    // (Between two numbers, what is taken out leaves them apart.)
    .replace(THIS_NUMBER_NOT_THAT, (remark: string, at: number, whole: string) => (/\d\s*$/u.test(whole.slice(0, at)) && /^\s*\d/u.test(whole.slice(at + remark.length)) ? ' ' : ''))
    .replace(REACH_ME_REMARK, '')
    .replace(PHONE_PUT_RIGHT, '')
    .replace(REACHED_THROUGH, '')
    .replace(LETTER_CLOSING, '')
    .replace(CLOSING_SENTENCE, '')
    .replace(DECIMAL_POINT, '')
    .replace(ENGLISH_ASIDE, '')
    .replace(/^[ \t]*【(?:内容|正文|全文|主要内容|具体内容|聊天记录|转发|转载|原文)】[ \t]*/gmu, '')
    // "情况是这样的：……" opening the message leads into the story (later in a message it may be a label).
    .replace(/^\s*(?:具体)?(?:情况|事情)(?:是)?这样的?[：:，,]\s*/u, '')
    // "有需要可以联系我", "随时打我": an offer to be contacted, beside the number, is no story.
    .replace(CONTACT_OFFER, '')
    // "（我电话188…，有事随时联系）": brackets left empty once the details are out.
    .replace(/[（(][\s，,]*[）)]/gu, '')
    .replace(/(?<=^|[。！!\n，,\s])[ \t]*(?:就这些|就这么多|就这样|说完了|说完啦|讲完了|我说完了)[了啊啦吧哈]*[。！!～~]?/gu, '')
    // "署不署都行": the choice left open is asked again, not part of the story.
    .replace(/(?<=^|[。！!，,\n\s])(?:署不署名?|署名不署名|署不署)(?:都|也)?(?:行|可以|无所谓)(?:[，,]?(?:你们|您)?看着办(?:吧)?)?[。！!]?/gu, '')
    // "……同意署名。此致 敬礼！": the letter's last words.
    .replace(/[，,。\s]*此致[，,\s]*敬礼[！!。]?\s*$/u, '')
    // "本人系退休干部，现就老年大学报名难问题略陈管见：": the letter's lead-in to the matter.
    .replace(LETTER_LEAD_IN, '')
    // "……署名。谢谢领导！": thanks closing the last line.
    .replace(/(?<=[。！!，,])\s*(?:(?:谢谢|感谢|多谢)(?:领导|您们|你们|您|你|各位|大家|同志们)?[！!。~～，,]*(?:辛苦了|辛苦啦)?|(?:您|你)?辛苦(?:了|啦)(?:您|你)?)[！!。~～]*\s*$/u, '')
    // An emoji or sticker often stands where a pause would: it splits clauses like a comma.
    .replace(/[ \t]*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]+|\[[\u4e00-\u9fffA-Za-z]{1,4}\])[ \t]*/gu, '，')
    .replace(/，(?=[，。！？；：\n]|$)|^，/gmu, '')
    .replace(/[ \t]{2,}/gu, ' ')
    .trim()
    .replace(GREETING, '')
    // "还能怎么建议？装上倒计时呗", "你说该咋办？我看就是要……": a grumbling question before the answer.
    .replace(/^(?:还能怎么(?:建议|办|说)|你说(?:该|能|应该)?(?:咋办|怎么办|咋整)|那还能咋办|能咋办|咋办)[？?！!，,\s]*(?:我看(?:就是)?|我觉得)?/u, '')
    // "么样搞咧？我看……", "建议啥子？你们不是专门研究这个的吗？我看就是……": questions thrown back before the answer.
    .replace(/^(?:[^。？?！!\n]{1,16}[？?]\s*){1,2}(?=(?:我看|我觉得|我的(?:建议|意见|想法)是?))(?:我看(?:就是)?|我觉得)?/u, '')
    // "哦好的。是这样，……": an acknowledgement before the story is no part of it.
    // (A bare 好 or 行 only with a pause after it: "好几个小区……", "行人……" start the story.)
    .replace(/^(?:(?:哦|噢|嗯+|好的|好(?=[，。！,.!\s])|行(?=[，。！,.!\s])|那个|是这样的?|这样的?|明白了?|知道了|了解了|懂了|晓得了|那要得|要得|那好)[，。！,.!\s]*)+(?=\S{6,})/u, '');
}

/** The frame around a pasted or dictated story: forms, marks, headings, remarks on the telling. */
function withoutFraming(text: string): string {
  return withoutWrittenFor(text)
    .replace(FRAME_LINE, '')
    // "……收不回[批注1]；": a Word review mark left in the paste.
    .replace(/\[(?:批注|注释?|修订)\d*\]/gu, '')
    // "雷振华 农业界 13872490561 我要说的是……": a phone number set off by spaces ends a contact line.
    .replace(/(?<=(?:^|[ \t])1[3-9]\d{9})[ \t]+(?=\S)/gmu, '\n')
    .replace(MARKDOWN_HEADING, '')
    .replace(ASK_MISTYPED, '建议')
    .replace(MEETING_ASIDE, '')
    .replace(FORWARDED_FROM, '')
    .replace(MENTION, '')
    .replace(TELLING_REMARK, '')
    .replace(REMARK_ON_THE_TELLING, '');
}

/** "报送单位：九三学社市委会医卫支社", "受民进市委会文化支部委托报送": a party's body the report comes from, unlike the office's stamp a form carries. */
const REPORTING_BODY = /(?<=^|\n)[ \t]*(?:报送单位[ \t]*[：:][ \t]*([^\n]{2,24}?)|受([^\n，,。]{2,24}?)委托(?:报送|反映|提交))[ \t]*(?=$|\n)/gu;

function withReportingBodySigned(text: string, sectors: readonly Sector[]): string {
  const bodies: string[] = [];
  // Moved under the text, where a signature is read: on top it would be taken for the title.
  const rest = text.replace(REPORTING_BODY, (line, labelled: string | undefined, entrusting: string | undefined) => {
    const body = (labelled ?? entrusting)!;
    return matchSector(body, sectors) ? (bodies.push(body), '') : line;
  });
  return bodies.length === 0 ? text : `${rest}\n${bodies.map((body) => `${body} 报送`).join('\n')}`;
}

/**
 * The offline reading of a member's message: labelled fields in any common layout, a pasted
 * document's title line and header lines, free text split into problem and suggestion, and the
 * reporter's name, sector, phone and consent wherever they are — taken out of the story, which
 * otherwise keeps its wording. The text is data, so nothing in it is ever followed as an instruction.
 */
/** "文化艺术界｜吴敏｜电话 156…": a signature's parts set apart by bars, as by spaces. */
function withPipesAsSpaces(text: string): string {
  return text.replace(/[ \t]*\|[ \t]*(?=\S)/gu, ' ');
}

export function extractFields(text: string, sectors: readonly Sector[] = defaultSectors()): Partial<OpinionFields> {
  const said = titleSaid(withoutDecoration(withSelfCorrections(withLabelsClosed(withAnonymousAnswered(withReportingBodySigned(withoutRepeats(withPipesAsSpaces(normalizeMessage(text))), sectors))))));
  const message = said.rest;
  const hasTitleLabel = readLabels(message).values.some(({ field }) => field === 'title');
  const document = readDocument(message, hasTitleLabel || isBulletedList(normalizeMessage(text)));
  const { values, free } = readLabels(document.body);
  const fields: Partial<OpinionFields> = {};
  const contact: Omit<ContactDetails, 'rest'> = {};
  const story = (part: string) => {
    const found = extractContact(part, sectors);
    contact.name ??= found.name;
    contact.sector ??= found.sector;
    contact.phone ??= found.phone;
    contact.signed ??= found.signed;
    // "我是……潘晓东，现将了解到的情况反映如下：": the lead-in opens the story once who writes is taken out.
    const opened = found.rest === part ? part : found.rest.replace(LETTER_LEAD_IN, '');
    return opened === found.rest ? opened : opened.trim();
  };
  for (const labelled of values) assign(fields, labelled, sectors, story);

  const loose = free.map(story).filter((part) => part !== '').join('\n');
  if (loose !== '' && (fields.situation === undefined || fields.suggestion === undefined)) {
    const { situation, suggestion } = splitFreeText(loose);
    // With the suggestion labelled, what reads as one in the unlabelled text is still the story: none of it is dropped.
    const story = fields.suggestion !== undefined && suggestion !== undefined ? [situation, suggestion].filter(Boolean).join('\n') : situation;
    if (fields.situation === undefined && story) fields.situation = story;
    if (fields.suggestion === undefined && suggestion !== undefined) fields.suggestion = suggestion;
  }
  // A label wins over the same detail found in the text.
  if (contact.name !== undefined) fields.name ??= contact.name;
  if (contact.sector !== undefined) fields.sector ??= contact.sector;
  if (contact.phone !== undefined) fields.phone ??= contact.phone;
  if (contact.signed !== undefined) fields.signed ??= contact.signed;
  const member = memberWrittenFor(normalizeMessage(text));
  if (member !== undefined) fields.name ??= member;

  const title = fields.title ?? said.title ?? document.title ?? composeTitle(fields.situation, fields.suggestion);
  if (title !== undefined) fields.title = title;
  return fields;
}

/** A sector as the member labelled it: the canonical name of a known one (教育界 → 教育), else as written. */
function sectorFrom(value: string, sectors: readonly Sector[]): string {
  const known = sectors.find(({ aliases }) => aliases.includes(value));
  if (known) return known.name;
  return matchSector(value, sectors) ?? looksLikeSectorName(value) ?? value;
}

/** Details found beside a labelled value fill fields no label gave. */
function remember(fields: Partial<OpinionFields>, found: Omit<ContactDetails, 'rest'>): void {
  if (found.name !== undefined) fields.name ??= found.name;
  if (found.sector !== undefined) fields.sector ??= found.sector;
  if (found.phone !== undefined) fields.phone ??= found.phone;
  if (found.signed !== undefined) fields.signed ??= found.signed;
}

/** The first label of a field wins, except that several problem or suggestion parts are joined. */
function assign(fields: Partial<OpinionFields>, { field, value }: LabelledValue, sectors: readonly Sector[], story: (part: string) => string): void {
  switch (field) {
    case 'situation':
    case 'suggestion': {
      // A signature or a phone number inside a labelled part is not part of the story.
      const rest = story(value);
      if (rest !== '') fields[field] = fields[field] === undefined ? rest : `${fields[field]}\n${rest}`;
      return;
    }
    case 'category': {
      const category = parseCategory(value);
      if (category !== undefined) fields.category ??= category;
      return;
    }
    case 'signed': {
      const signed = parseSigned(value);
      if (signed !== undefined) fields.signed ??= signed;
      // "署名：吕红，妇联界，tel 136…": the name to sign with, and the rest of the signature.
      else remember(fields, extractContact(`署名：${value}`, sectors));
      return;
    }
    case 'phone': {
      // "电话：135… 同意署名": the number, and what else the line says for the other fields.
      const found = extractContact(value, sectors);
      // A label around a bad number still records it, so the review can say what is wrong.
      // "电话：0719-5123468　手机：139…": the mobile reaches the member, whichever label came first.
      const phone = found.phone ?? findPhone(value) ?? (found.rest || value);
      if (fields.phone === undefined || (!isMobile(fields.phone) && isMobile(phone))) fields.phone = phone;
      remember(fields, found);
      return;
    }
    case 'name': {
      // "联系人:马俊 tel:186…": the name, and the rest for the other fields.
      // "钱立新（民盟市委会）": the name, and its organisation in brackets for the sector.
      // (Read as the labelled line it was: "徐立新　教育界　某大学教授" keeps the sector beside the name.)
      const found = extractContact(`反映人：${value.replace(/[（(]([^）)]{1,20})[）)]/gu, ' $1 ')}`, sectors);
      // Only a name: what is left of the line is taken as one when it is short ("赵 宏"), not a sentence.
      const rest = found.rest.replace(/[，,。、；;\s]+$/u, '');
      const name = found.name ?? readPersonName(rest, sectors) ?? (/^[\p{Script=Han}·\s]{2,8}$/u.test(rest) ? rest.replace(/\s+/gu, '') : undefined);
      if (name !== undefined) fields.name ??= name;
      remember(fields, found);
      return;
    }
    case 'sector': {
      const found = extractContact(value, sectors);
      const written = value.split(/[\s，,]+/u)[0] ?? value;
      fields.sector ??= sectorFrom(found.rest === '' ? written : value, sectors);
      remember(fields, { ...found, sector: undefined });
      return;
    }
    default:
      fields[field] ??= value;
  }
}

/** "Anonymous: yes" in a form with English labels: a yes to anonymity is no consent to be named. */
function withAnonymousAnswered(text: string): string {
  return text
    .replace(/(?<=^|\n)[ \t]*anonymous(?:ly)?[ \t]*[:：][ \t]*(?:yes|y|true|是)[ \t]*(?=$|\n)/gimu, '匿名')
    .replace(/(?<=^|\n)[ \t]*anonymous(?:ly)?[ \t]*[:：][ \t]*(?:no|n|false|否)[ \t]*(?=$|\n)/gimu, '同意署名');
}
