import { readStartPhrase } from './start-phrase.ts';
import { charCount } from './text.ts';
import { isWebDebris } from './web-debris.ts';
import { withSignOffBlockRead } from './sign-off-block.ts';

/**
 * The layout of a pasted document: header lines that only name the form ("社情民意信息",
 * "内容：", "正文") are not content, and a first short line without sentence punctuation is the
 * title when the document has no 标题 label:
 *
 *   社情民意信息
 *   关于城南小学路口增设信号灯的建议
 *   内容：
 *   城南路与学府街交叉口……
 */

const HEADER =
  /^[ \t]*[【[（(]?[ \t]*(?:(?:[^\s，,。：:]{0,12}?(?:政协|委员会|办公室|委员)[ \t]*)?社情民意(?:信息)?(?:专报|简报|报送单|报送表|稿)?(?:[（(]?第?[ \t]*[\d一二三四五六七八九十]+[ \t]*期[）)]?)?|(?:\d{4}年)?第[ \t]*[\d一二三四五六七八九十]*[ \t]*期|正文|内容|全文|具体内容|主要内容|原文)[ \t]*[】\]）)]?[ \t]*[:：]?[ \t]*$/u;
/**
 * Lines that file or forward the document: 附件1, （此件可公开）, 转发：……, 尊敬的市政协办公室：, 以下是我的社情民意：,
 * 下面是我在协商会上的发言稿，想改成社情民意报上去：.
 */
const FILING =
  /^[ \t]*(?:[^\n]{0,30}?受[^\n]{1,16}?委托[^\n]{0,16}|附件[ \t]*[\d一二三四五六七八九十]*(?:[:：][^\n]{0,40})?|[—–\-]{1,3}[ \t]*\d{1,3}[ \t]*[—–\-]{1,3}|[（(【[]?此件(?:可|不可|不宜|可以)?公开[）)】\]]?|[（(【[]?(?:请勿外传|内部资料|仅供参考)[）)】\]]?(?:[ \t\u3000]*注意保存)?|转发[:：][^\n]{0,40}|尊敬的[^\n，,。]{1,15}[:：，,]?|以上(?:建议|意见|报告|情况|内容)?[，,]?(?:妥否[，,]?)?(?:敬?请|恳请|供)(?:领导)?(?:指示|批示|审示|审阅|审定|阅示|参阅|参考)[。！!]?|[^\n，,。：:]{0,12}(?:办公室|政协|委员会|领导|主席|秘书长)[:：]|(?:[^\n，,]{0,10}[，,])?以下是我?(?:的|写的|整理的)?(?:一条|一篇|几条)?(?:社情民意|材料|信息|建议|情况)[^\n]{0,16}|(?:下面|以下|这)(?:篇|份)?是[^\n]{2,40}?(?:发言稿|留言|信|稿子|提案稿)[^\n]{0,30}?(?:社情民意|报上去|报一下|再报一次|报一次)[^\n]{0,12}?[:：？?]?)[ \t]*$/u;
/** "现将我了解到的情况报告如下。": the letter's lead-in, before the story itself. */
const REPORTED_AS_FOLLOWS = /^[ \t]*现将[^。：:\n]{0,20}(?:报告|汇报|反映|报送)如下[。：:]?/u;
/** Closing lines of a letter: a date (报送日期：…), 此致敬礼, thanks to whoever reads it (辛苦王秘书！). */
const CLOSING =
  /^[ \t]*(?:(?:(?:报送|提交|撰写|落款|填报|报告|成文)?(?:日期|时间)[ \t]*[:：][ \t]*)?(?:\d{4}[年.\-/]\d{1,2}[月.\-/]\d{1,2}日?|\d{4}年\d{1,2}月)|此致|敬礼|此致敬礼|此致，敬礼！?|(?:辛苦|谢谢|感谢|多谢|麻烦)(?:您|你)?(?:了)?\p{Script=Han}{0,3}?(?:秘书|主任|老师|领导|同志|各位)?(?:了|啦)?)[ \t。!！~～]*$/u;
/** The body signing a document on a line of its own: 民革常熟市基层委员会, 九三学社医卫支社. */
const SIGNING_BODY = /^[ \t]*[^\s，,。：:；;！!？?]{2,24}?(?:委员会|委会|总支|支部|支社|小组|联络组|界别组)[ \t]*$/u;
/** A labelled line of who reports it (报送人：…, 单位：…, 电话：…), or the body it comes from (……支社 报送). */
const CONTACT_LINE = /^[ \t]*(?:报送人|反映人|提交人|撰稿人|执笔人|联系人|姓名|单位|报送单位|界别|联系电话|电话|手机|传真|地址|单位地址|公司地址|邮箱|职务)[ \t]*[:：\t]|^[^\n：:，,。]{2,24}?[ \t]*报送[ \t]*$/u;
const NOT_KEPT_LINE = /^[ \t]*(?:传真|地址|单位地址|公司地址|邮箱|e-?mail)[ \t]*[:：]/iu;
/** "内容：城南路……": the label goes, the text stays. */
const INLINE_HEADER = /^[ \t]*(?:正文|内容|全文|具体内容|主要内容)[ \t]*[:：][ \t]*/u;
const BULLET = /^[ \t]*(?:[•·▪◆●○■□★☆➤\-*]|\p{Extended_Pictographic})/u;
/** Sentence punctuation: a line with it is prose, not a title. */
const SENTENCE = /[。！？!?；;，,：:]/u;
const TITLE_WORDS = /^[《“"【]?关于|(?:建议|问题|情况|隐患|亟待解决|亟需解决|亟须解决|困境|难题|呼声|现象|对策|思考)$/u;
const TITLE_MIN = 6;
const TITLE_MAX = 40;

/** A line that reads as a title: short, no sentence punctuation, not a greeting or a start phrase. */
function isTitleLine(line: string): boolean {
  const text = line.trim().replace(/^[《“"【]|[》”"】]$/gu, '');
  // 关于……的建议。 may end with a full stop.
  const body = /^关于/u.test(text) ? text.replace(/。$/u, '') : text;
  const length = charCount(body);
  if (length < TITLE_MIN || length > TITLE_MAX || SENTENCE.test(body)) return false;
  if (/\d{7,}/u.test(body) || readStartPhrase(body) !== null) return false;
  return /\p{Script=Han}{4}/u.test(body);
}

/** "我是民建的杨青", "本人李明": the writer introducing themselves in a covering note above the title ("我是…的秘书" writes for another). */
const INTRODUCES = /^(?:我是|我叫|本人是?)(?!\p{Script=Han}*(?:秘书|助理|司机|家属|爱人|老伴|委托))\p{Script=Han}{2,10}$/u;

function introductionIn(line: string): string {
  return line.split(/[，,。\s]+/u).filter((clause) => INTRODUCES.test(clause)).join('，');
}

export interface DocumentLayout {
  /** The first line, when it reads as the title of a document with more lines after it. */
  title?: string;
  /** The text without header lines (and without the title line). */
  body: string;
}

/** "关 于 加 强 乡 镇 消 防 站 建 设 的 建 议": a title spread out to the width of the page. */
const SPREAD = /^[ \t\u3000]*(?:\p{Script=Han}[ \t\u3000]+){3,}\p{Script=Han}[ \t\u3000]*$/u;

/** "📌电梯三天两头坏\n📌……": a list bulleted from its first line, which is its first item, no title. */
export function isBulletedList(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return BULLET.test(lines[0] ?? '') && lines.filter((line) => BULLET.test(line)).length >= 2;
}

/** `titleElsewhere`: a 标题 label gives the title, or the first line is a list item, so no line is taken for it. */
/** "关于开放学校体育场地的建议💪 城区中小学……": a title said first, on the story's own line. */
const TITLE_THEN_STORY = /^(\s*[《“"【]?关于[^，,。！!？?\n]{2,36}?的(?:建议|提案|意见)[》”"】]?)(?:[\s\u3000。！!，,]|\p{Extended_Pictographic}|\ufe0f)+(?=\S)/u;

export function readDocument(text: string, titleElsewhere: boolean): DocumentLayout {
  const kept = withSignOffBlockRead(text.replace(TITLE_THEN_STORY, '$1\n').split('\n'))
    // ("联系电话：…\n单位地址：…": an address in the contact lines under the text is kept nowhere either.)
    .filter((line, i, all) => !HEADER.test(line) && !FILING.test(line) && !isWebDebris(line) && !(NOT_KEPT_LINE.test(line) && CONTACT_LINE.test(all[i - 1] ?? '')))
    .map((line) => (SPREAD.test(line) ? line.replace(/[ \t\u3000]+/gu, '') : line).replace(INLINE_HEADER, '').replace(REPORTED_AS_FOLLOWS, ''));
  // A "关于……的建议" line under a short heading or two is the title; the headings above it go.
  const nonEmpty = kept.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== '');
  // (A letterhead may stand above it: the company, who, the phone and fax, the address.)
  const titled = nonEmpty.slice(0, 5).find(({ line }) => /^[《“"【]?关于.{2,36}(?:的建议|的提案|的意见)[》”"】。]?$/u.test(line.trim()));
  const above = titled ? nonEmpty.filter(({ i }) => i < titled.i) : [];
  // "报送人：龚丽（致公党）" above the title is the signature put first: it is kept, below the text.
  // ("湖北振华建材有限公司\n总经理 刘志勇\n电话：…": a letterhead above it is signed as one, every line of it.)
  const letterhead = above.length >= 3 && above.some(({ line }) => CONTACT_LINE.test(line));
  // (Its address, fax or e-mail is kept nowhere: the office reaches the member by phone.)
  // ("王秘书您好 辛苦了 我是民建的杨青 下面是我写的一个社情民意": who writes, said in the covering note, signs it too.)
  const signature = above.flatMap(({ line }) => ((letterhead || CONTACT_LINE.test(line)) && !NOT_KEPT_LINE.test(line) ? [line] : introductionIn(line) ? [introductionIn(line)] : []));
  const headings = above.every(({ line }) => CONTACT_LINE.test(line) || introductionIn(line) !== '' || (charCount(line.trim()) <= 24 && !SENTENCE.test(line) && !/标题|题目/u.test(line)));
  const lines = titled && !titleElsewhere && headings ? [...kept.slice(titled.i), ...signature] : kept;
  // Closing lines at the end (a date under the signature) are not part of the suggestion.
  let signedBy: string | undefined;
  // "民进市委会 基础教育支部" under the title: the body it comes from, read as a signing body under the text is.
  const underTitle = titled ? lines.findIndex((line, i) => i > 0 && line.trim() !== '') : -1;
  if (underTitle > 0 && SIGNING_BODY.test((lines[underTitle] ?? '').replace(/[ \t\u3000]+/gu, ''))) signedBy = lines.splice(underTitle, 1)[0]!.trim();
  while (lines.length > 1 && (CLOSING.test(lines.at(-1) ?? '') || lines.at(-1)?.trim() === '' || (signedBy === undefined && SIGNING_BODY.test(lines.at(-1) ?? '')))) {
    const last = lines.pop() ?? '';
    if (SIGNING_BODY.test(last)) signedBy = last.trim();
  }
  // "民革常熟市基层委员会" under the text signs it: kept as the body it comes from, for the contact details.
  if (signedBy !== undefined) lines.push(`${signedBy} 报送`);
  const first = lines.findIndex((line) => line.trim() !== '');
  const more = lines.slice(first + 1).some((line) => line.trim() !== '');
  const line = first < 0 ? undefined : lines[first];
  const after = lines.slice(first + 1).join('\n');
  // A title names itself (关于……, ……的建议) or heads a longer text of sentences.
  const named = line !== undefined && TITLE_WORDS.test(line.trim().replace(/[》”"】。]$/u, ''));
  const heads = line !== undefined && charCount(after) >= 3 * charCount(line) && SENTENCE.test(after);
  if (!titleElsewhere && line !== undefined && more && isTitleLine(line) && (named || heads)) {
    const title = line.trim().replace(/^[《“"【]|[》”"】]$/gu, '').replace(/。$/u, '');
    return { title, body: lines.slice(first + 1).join('\n') };
  }
  return { body: lines.join('\n') };
}
