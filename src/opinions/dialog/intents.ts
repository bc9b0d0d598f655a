import { asksWhoTheBotIs } from '../../conversation/about-the-bot.ts';
import { normalizeMessage } from '../../shared/normalize-text.ts';
import { consentSpans } from '../intake/consent.ts';
import { findPhone } from '../intake/phone.ts';
import { readPersonName } from '../intake/person-name.ts';
import { looksLikeStory, readsAsAsk, readsAsProblem, readStartPhrase } from '../intake/start-phrase.ts';
import { isOnlyAsides } from '../intake/story-asides.ts';
import { OPINION_FIELD_NAMES, type OpinionFields } from '../types.ts';
import { isTypistAside } from './typist-asides.ts';

/** What a member's message asks the opinion feature to do, read from its wording alone. */
export type Intent =
  | { kind: 'start'; rest: string }
  | { kind: 'preview' }
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'edit'; field: keyof OpinionFields | null; value: string }
  | { kind: 'mine' }
  | { kind: 'query'; number: string }
  | { kind: 'text' };

const START_COMMAND = /^\/opinion(?:@\w+)?(?:\s+|$)/i;
/** 我想反映社情民意 / 反映个情况 / 提个建议：… / 报送社情民意信息 */
const START_PHRASE =
  /^(?:我|本人)?(?:想|要|想要|需要)?(?:反映|提交|报送|提|上报)(?:一?个|一下|一条|一点|几条)?(?:社情民意(?:信息)?|建议|情况|问题)(?=$|[：:，,。！!\s])[：:，,。！!\s]*/;
const PLAIN_START = /^(?:社情民意|反映社情民意|提交社情民意|报送社情民意)(?:信息)?[！!。]?$/;
// 看得到不？ / 有回复嘛？ / 好久: how a question ends or asks "how long" in the southwest and north.
const QUESTION_WORDS = /怎么|怎样|如何|什么|哪些|哪里|哪一|哪个|多少|几|谁|会不会|吗|呢|是否|能否|可以.{0,6}[吗么]|还是|好久|[不嘛撒][？?]$/;

const PREVIEW = /^(?:预览|查看草稿|看看草稿|看一下草稿|草稿)$/;
const CONFIRM = /^(?:确认提交|确认|确定|确定提交|提交|确认无误|没问题提交)$/;
const CANCEL = /^(?:\/cancel(?:@\w+)?|取消|取消提交|不提交了|放弃|算了|退出填写)$/i;
const MINE = /^(?:\/my(?:@\w+)?|我的社情民意(?:信息)?|查看我的社情民意(?:信息)?|我提交的社情民意(?:信息)?|我的提交)$/i;
const QUERY = /^(?:查询|查看|查|进度|办理进度)?\s*[:：]?\s*(SQMY-\d{4}-\d{4,})\s*(?:进度|办理情况)?$/i;
const EDIT = /^(?:修改|更改)\s*(.*)$/su;

/** How members name a field when they want to change it. */
const EDIT_NAMES: Record<keyof OpinionFields, readonly string[]> = {
  title: ['标题', '题目'],
  situation: ['情况与问题', '情况和问题', '情况', '问题', '基本情况', '内容'],
  suggestion: ['意见建议', '意见和建议', '建议', '意见'],
  category: ['类别', '分类', '类型'],
  name: ['姓名', '反映人', '名字'],
  sector: ['界别'],
  phone: ['联系电话', '电话', '手机', '手机号', '联系方式'],
  signed: ['是否同意署名报送', '署名报送', '是否署名', '署名'],
};

const LABELS_LONGEST_FIRST = OPINION_FIELD_NAMES.flatMap((field) => EDIT_NAMES[field].map((label) => ({ field, label }))).sort(
  (a, b) => b.label.length - a.label.length,
);

export function fieldByName(name: string): keyof OpinionFields | null {
  const wanted = name.trim().replace(/[“”"'：:]/g, '');
  return OPINION_FIELD_NAMES.find((field) => EDIT_NAMES[field].includes(wanted)) ?? null;
}

/** 修改 标题 新标题 / 修改标题为新标题 / 修改 电话：138…; a missing field or value is asked for. */
function readEdit(rest: string): Intent {
  const body = rest.trim();
  const match = LABELS_LONGEST_FIRST.find(({ label }) => body.startsWith(label));
  if (!match) return { kind: 'edit', field: null, value: '' };
  const value = body.slice(match.label.length).replace(/^\s*(?:[:：]|为|成|改为|改成)?\s*/, '').trim();
  return { kind: 'edit', field: match.field, value };
}

function looksLikeQuestion(text: string): boolean {
  return /[？?]$/.test(text) && QUESTION_WORDS.test(text);
}

/** 王秘书, 张主任您好, 各位领导: whom the message is to. */
const ADDRESS = /^(?:各位)?\p{Script=Han}{0,3}(?:秘书|主任|领导|老师|同志|主席)(?:们)?(?:您|你)?(?:好)?[呀啊哈]?$|^(?:您好|你好|在吗)[呀啊]?$/u;

/** Wanting to report, said inside a longer clause: 今天是我自己要反映个社情民意. */
const WISH = /(?:想|要|准备)(?:[反返发翻放泛][映应影]|提交|报送|提)(?:一?个|一下|一条|几条)?(?:[社舍设][情青清][民名][意义议](?:信息)?|建议)[呢啊呀哈嘛]?$/u;

// "我是政协委员李国华的女儿": the member named, whose relative writes.
const FOR_MEMBER = /(?:替|帮|代)(?:我们|我的|咱们)?[^，。！？]{0,6}?(\p{Script=Han}{2,3})(?:委员|常委)(?:反映|报|提交|转|发)|我是(?:政协)?(?:委员|常委)(\p{Script=Han}{2,3})的(?:女儿|儿子|爱人|老伴|秘书|孙子|孙女|家属)/u;
const FORWARDED =
  /(?:让我|托我|叫我)?(?:转告|转达|代为?反映|代报)(?:您|你)?(?:一下|一条|一篇|一个|个)?(?:社情民意|情况|问题|建议|事)|(?:让|托|叫)我把(?:他|她)的?(?:社情民意|材料|建议|情况)(?:发|转|报|交)(?:过来|给你|给您|上来|一下)?|(?:替|帮|代)(?!我(?!们))[^，。！？]{1,10}?(?:报|反映|报送|提交)(?:(?:一下|一条|一篇|一个|个)(?:社情民意|情况|问题|建议|事)?|社情民意|情况|问题|建议)(?=$|[，,。！!])/u;

const TELL_DIRECTLY = /^(?:(?:哦|噢|嗯|好|好的|行|那)[，,\s]*)*(?:那)?(?:我|俺)(?:就)?直接(?:跟你|给你|和你)?(?:说|讲|报|发)(?:了|吧|撒|啊|哈|噻|哒)*[。，,！!：:\s]+/u;

/** Who the member is, said before the wish: kept for the contact fields ("我是民盟的徐丽，想反映个情况"). */
// (Read once Simplified: "我係…委員" is 我系 and 委员; 我系 is Cantonese for 我是.)
const WHO_I_AM = /我是|我叫|我系|俺是|俺叫|本人|鄙人|姓\p{Script=Han}|委员|党员|界|电话|手机|\d{7}/u;

export function readIntent(raw: string): Intent {
  // Stickers and emoji around the words ("[抱拳]您好，反映个情况[捂脸]") say nothing about the intent.
  const text = raw.replace(/\[[\u4e00-\u9fffA-Za-z]{1,4}\]|[\p{Extended_Pictographic}\ufe0f\u200d]/gu, '').trim();
  const command = START_COMMAND.exec(text);
  if (command) return { kind: 'start', rest: text.slice(command[0].length).trim() };
  if (PLAIN_START.test(text)) return { kind: 'start', rest: '' };
  const phrase = START_PHRASE.exec(text);
  // "提交社情民意信息需要什么材料？" asks about the procedure; it does not start one.
  if (phrase && !looksLikeQuestion(text)) return { kind: 'start', rest: text.slice(phrase[0].length).trim() };
  // "哦那我直接说撒。……": told how to report, the member goes on to tell it.
  const direct = TELL_DIRECTLY.exec(text);
  if (direct && Array.from(text.slice(direct[0].length)).length >= 15 && !looksLikeQuestion(text)) return { kind: 'start', rest: text.slice(direct[0].length).trim() };
  // Everyday forms: a greeting or a self-introduction first, typos of 反映 (放映、反应).
  const loose = readStartPhrase(text);
  if (loose) return { kind: 'start', rest: loose.rest };
  // "各位老师辛苦了🙏 反映一个食品安全的问题": courtesies first, then the phrase.
  const courtesy = /^[^，,。！!？?\s]{2,12}[，,。！!\s]+/u.exec(text)?.[0];
  const courteous = courtesy?.replace(/[，,。！!\s]+$/u, '').replace(/^(?:各位)?\p{Script=Han}{0,3}(?:秘书|主任|领导|老师|同志|主席)们?(?=\p{Script=Han})/u, '');
  const afterCourtesy = courtesy && courteous && (ADDRESS.test(courteous) || isOnlyAsides(courteous)) ? readStartPhrase(text.slice(courtesy.length)) : null;
  if (afterCourtesy) return { kind: 'start', rest: afterCourtesy.rest };
  // "哎你好啊我想反应个社情民意啊就是…": voice input runs the greeting on, without a pause.
  const greeting = /^(?:哎|喂|嗯|诶)?(?:你好|您好|小助手你好|你好小助手)[啊呀哈]?(?=我想|我要|想|要)/u.exec(text)?.[0];
  const afterGreeting = greeting ? readStartPhrase(text.slice(greeting.length)) : null;
  if (afterGreeting) return { kind: 'start', rest: afterGreeting.rest };
  // "阿于木呷委员……他让我转告一条社情民意", "我替我们支部的老杨报一条": a report passed on. Who
  // writes is not who reports it, so nothing of this message is read as the reporter.
  if (Array.from(text).length <= 80 && FORWARDED.test(text) && !looksLikeQuestion(text)) {
    // "替我们院长鲁建平委员反映一条": the member it is written for is who reports it.
    const forMember = FOR_MEMBER.exec(text);
    const owner = forMember?.[1] ?? forMember?.[2];
    return { kind: 'start', rest: owner && readPersonName(owner) === owner ? `我叫${owner}` : '' };
  }
  // "……，我是民建的周文斌，想反映社情民意": the wish said last, after who is speaking.
  // A space in voice input or a phone message is a pause, like a comma ("同意署名的 我想反映个社情民意").
  const clauses = text.split(/[，,。！!\s]\s*/u).filter(Boolean);
  const last = clauses.at(-1) ?? '';
  // "王秘书，我有个社情民意": a form of address is no part of the story.
  // "算社情民意": naming what it is adds nothing to the story.
  // "我明天一早要出差，简单说几句": the member's day and courtesies before the wish are no story either.
  // ("小同志你好 我今年七十六了 打字慢 想反映个事": the years and the typing excused together.)
  const said = (parts: string[]) => {
    const kept = parts.filter((clause) => !ADDRESS.test(clause) && !/^算(?:是)?(?:个|一条)?社情民意[吧啊哈]?$/u.test(clause));
    return isTypistAside(kept.join('，')) ? '' : kept.filter((clause) => !isOnlyAsides(clause)).join('，');
  };
  // ("王秘书好！最近辛苦了，上次调研的照片收到了谢谢🙏 有个社情民意想报一下": talk before the wish that
  // tells no problem, asks nothing and says neither who reports nor whether to sign is courtesy, not the story.)
  if (clauses.length > 1 && Array.from(text).length <= 60 && readStartPhrase(last)?.rest === '') {
    const before = said(clauses.slice(0, -1));
    const tells = readsAsProblem(before) || readsAsAsk(before) || looksLikeStory(before) || WHO_I_AM.test(normalizeMessage(before)) || readPersonName(before) !== null || consentSpans(before).length > 0;
    return { kind: 'start', rest: tells ? before : '' };
  }
  // "王老师，报个社情民意哈，我是镇上卫生院的医生，姓蒲，蒲正清，电话……": the start among the first clauses.
  const opening = clauses.slice(0, 3).findIndex((clause) => readStartPhrase(clause)?.rest === '');
  if (opening >= 0 && Array.from(text).length <= 120 && !looksLikeQuestion(text)) return { kind: 'start', rest: said(clauses.filter((_, i) => i !== opening)) };
  // "这是我爱人的微信，今天是我自己要反映个社情民意，我是民盟的彭光明": the wish in any clause.
  const wish = clauses.findIndex((clause) => WISH.test(clause));
  if (wish >= 0 && Array.from(text).length <= 80 && !looksLikeQuestion(text)) return { kind: 'start', rest: said(clauses.filter((_, i) => i !== wish)) };
  const compact = text.replace(/\s+/g, '');
  if (PREVIEW.test(compact)) return { kind: 'preview' };
  if (CONFIRM.test(compact)) return { kind: 'confirm' };
  if (CANCEL.test(compact)) return { kind: 'cancel' };
  if (MINE.test(compact)) return { kind: 'mine' };
  const query = QUERY.exec(text);
  if (query?.[1]) return { kind: 'query', number: query[1].toUpperCase() };
  const edit = EDIT.exec(text);
  if (edit) return readEdit(edit[1] ?? '');
  return { kind: 'text' };
}

/** A knowledge question asked in the middle of the dialog, to be answered without touching the draft. */
/** Voice input drops the question mark: "这个要写多少字", "提交了多久有回复", "能不能附照片". */
const SPOKEN_QUESTION = /谁|多少|好多字|多久|多长|几天|几个|怎么|怎样|如何|什么|哪些|哪个|能不能|会不会|可不可以|要不要|需不需要|用不用|可以.{0,8}[吗么]$|[吗么呢]$|有没有|是不是|区别/u;
const ABOUT_THE_FORM = /字|写|提交|报送|回复|答复|附件|照片|图片|视频|区别|提案|社情民意|多久|流程|格式|类别|匿名|署名|实名|采用|谁看|反馈/u;

/** Steps whose short answer may follow a question thrown back ("我叫啥你们那没登记吗？司马文杰"). */
const ANSWERED_AFTER: ReadonlySet<string> = new Set(['name', 'name-confirm', 'sector', 'phone', 'signed']);

export const ASKS_ABOUT_CONSENT = /(?:署名|匿名|实名)(?:的话|会|能|要|可以|行|是否)[^。！]*(?:[？?]|吗|么)$|(?:要|需要|必须|得|能|可以)(?:实名|署名|匿名)(?:吗|么|不|[？?])[？?]?|(?:署名|匿名|实名)(?:的话)?(?:会不会|会否|有没有|有啥|有什么)[^。！]*$/u;

export function isKnowledgeQuestion(text: string, step: string): boolean {
  // "没什么好怕的", "没啥问题": a negation, not a question.
  const trimmed = text.trim().replace(/没(?:什么|啥)/gu, '没');
  // "还是写上我的名字吧": consent is an answer, whatever else it has.
  // ("不署名的话会不会就不采用了？", "这个要实名吗": asking about consent is no consent.)
  if (consentSpans(trimmed).length > 0 && !ASKS_ABOUT_CONSENT.test(trimmed)) return false;
  // "留手机还是办公室电话？……手机135……": a question answered in the same message is an answer.
  if (findPhone(trimmed)) return false;
  // "这个要写得很正式吗？我文化不高": the question comes first, a remark after it.
  const asked = /^[^？?]{2,40}[？?]/u.exec(trimmed)?.[0];
  // "我是哪个界别的你们那查不到吗？台盟": asked who they are, a question thrown back before the answer.
  if (asked && ANSWERED_AFTER.has(step) && Array.from(trimmed.slice(asked.length).trim()).length <= 16 && trimmed.slice(asked.length).trim() !== '') return false;
  if (asked && asked !== trimmed) return isKnowledgeQuestion(asked, step);
  if (/^\/ask\b/i.test(trimmed)) return true;
  // "你是机器人还是工作人员啊": about the bot itself, asked without a question mark.
  if (asksWhoTheBotIs(trimmed)) return true;
  // "电梯应该更新了，能不能简化流程": a suggestion phrased as a question, while the story is asked for.
  const proposes = (step === 'situation' || step === 'suggestion') && /应该|应当|希望|呼吁|恳请|建议/u.test(trimmed) && !/[？?]$|哪个|哪一|哪些|什么|怎么|多少|吗$/u.test(trimmed);
  if (proposes) return false;
  // A short question about the form itself, even without a question mark, is put to the bot.
  if (Array.from(trimmed).length <= 25 && SPOKEN_QUESTION.test(trimmed) && ABOUT_THE_FORM.test(trimmed)) return true;
  if (!looksLikeQuestion(trimmed)) return false;
  // Describing a problem may end with a rhetorical question; only short ones about the work count.
  if (step === 'situation' || step === 'suggestion') {
    // …or about what happens to the report ("反映了以后谁会看到？会转给哪个部门？").
    return trimmed.length <= 40 && /机器人|真人|人工|工作人员|照片|图片|视频|语音|附件|截图|政协|提案|社情民意|委员|会议|报送|履职|界别|专委会|协商|常委会|要写|写得|怎么写|正式|格式|字数|有结果|结果了吗|处理了吗|办得怎么样|上次报的|谁会看|谁能看|谁看|转给|转到哪|会不会.{0,6}(?:知道|公开)|(?:多久|好久|多长时间).{0,4}(?:回复|答复|回音|有结果)|看得到不|看得到吗|能看到吗|办到哪|进度|^(?:问一哈|问一下|请问|想问一下)/.test(trimmed);
  }
  return true;
}
