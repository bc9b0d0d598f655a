import { isPersonName } from './person-name.ts';
import { sectorAt, type Sector } from './sectors.ts';
import type { Found } from './signature-clauses.ts';

/**
 * Less common ways members give who they are, read after the usual ones (labels, 我是……, phone
 * numbers, consent): the workplace before the name, a WeChat ID,
 * the sector said of the member in the third person, a dash signature with a nickname, the
 * workplace and post lines of a labelled contact block.
 */

// ("有事加我微信 zhou_lin1975 或者打139…": with the offer to add it, and the way to the number after it.)
const WECHAT_ID = /(?<=^|[\n，,。；;\s])(?:(?:有事|有问题)?(?:可以|就|也可以)?(?:加|添加))?(?:我的?)?(?:微信号?|微信ID|wechat(?:\s*id)?|QQ号?|邮箱|e-?mail)(?:也)?(?:可以)?(?:搜|加|是|为)?[:：\s]*[A-Za-z0-9][A-Za-z0-9_\-@.]{3,40}(?=$|[\s，,。；;])(?:[\s，,]*(?:或者?|或是)(?:打|拨打?|电话)?(?=[\s:：]*1\d{10}))?/giu;
const THIRD_PERSON_SECTOR = /(?<=^|[，,。；;\s])(?:\p{Script=Han}{1,3}?(?:委员|常委)|他|她)(?:是|属于)/gu;
const SIGNATURE_ROLE = /^(?:社工|律师|医生|教师|老师|委员|常委|村医|记者|主任|校长|院长|书记|经理|教授|敬上|谨上)$/u;
const DASH_NICKNAME = /(?<=^|\n)[ \t]*[—–-]{1,2}[ \t]*/gu;

export function otherContactForms(text: string, found: readonly Found[], sectors: readonly Sector[]): Found[] {
  return [...namedWithWorkplace(text, found), ...wechatIds(text), ...sectorOfTheMember(text, sectors), ...dashSignatures(text, sectors), ...postLines(text)];
}

export const SECTOR_LINE = /(?<=^|\n)[ \t]*(?:所在)?界别[ \t]*[:：]/u;
const CONTACT_LINE = /(?<=^|\n)[ \t]*(?:联系人|反映人|姓名|(?:所在)?界别)[ \t]*[:：]/u;
const POST_LINE = /(?<=^|\n)[ \t]*(?:单位|工作单位|所在单位|职务|职称|职位|岗位|部门|工作部门)[ \t]*[:：][^\n]*/gu;

const LABELLED_LINE = /^[ \t]*\p{Script=Han}{2,6}[ \t]*[:：]/u;

/** A labelled contact block, or a run of its lines that holds nothing else. */
export function isContactBlock(text: string): boolean {
  return CONTACT_LINE.test(text) || text.split('\n').every((line) => line.trim() === '' || LABELLED_LINE.test(line));
}

/** "单位：团市委青年发展部", "职务：副部长" in a labelled contact block: the report has no field for them. */
function postLines(text: string): Found[] {
  if (!isContactBlock(text)) return [];
  return [...text.matchAll(POST_LINE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * "我是襄阳日报的杨帆", "我是新闻界的委员，襄阳日报的杨帆，电话……": the name after where the member
 * works, said as an introduction or right after one ("我是张强的邻居" names someone else: 邻居 is no name).
 */
function namedWithWorkplace(text: string, found: readonly Found[]): Found[] {
  const spans: Found[] = [];
  for (const match of text.matchAll(/(?<=^|[，,。；;！!\s])(我是|本人是)?([\p{Script=Han}A-Za-z0-9]{2,12}?)的(\p{Script=Han}{2,3})(?=[，,。；;！!\s]|电话|手机|$)/gu)) {
    const name = match[3]!;
    const afterIntroduction = found.some((f) => f.end <= match.index && /^[，,\s]*$/u.test(text.slice(f.end, match.index)) && f.sector !== undefined && f.name === undefined);
    // "市体育局退休的刘局": what colleagues call them (刘局, 王总) is no name.
    if ((match[1] || afterIntroduction) && isPersonName(name) && !/^\p{Script=Han}(?:局|总|工|处|科|董|所|院|校|队|老|哥|姐|姨|叔|师|导)$/u.test(name)) spans.push({ start: match.index, end: match.index + match[0].length, name });
  }
  return spans;
}

/** "微信号 zhaoyu_1985": a way to reach them the report has no field for; not the story either. */
function wechatIds(text: string): Found[] {
  return [...text.matchAll(WECHAT_ID)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** "孙委员是经济界的": the sector of the member a secretary writes for. */
function sectorOfTheMember(text: string, sectors: readonly Sector[]): Found[] {
  const spans: Found[] = [];
  for (const match of text.matchAll(THIRD_PERSON_SECTOR)) {
    const hit = sectorAt(text, match.index + match[0].length, sectors, true);
    const close = hit ? /^(?:界|界别)?(?:的)?(?:委员)?(?=[，,。；;！!\s]|$)/u.exec(text.slice(hit.end)) : null;
    if (hit && close) spans.push({ start: match.index, end: hit.end + close[0].length, sector: hit.name });
  }
  return spans;
}

/**
 * "—— 九三 老谭", "——社工 刘佳琪 社会福利界 电话……": a signature line after a dash, read part by part
 * (what they do, the sector, the name or what friends call them) up to the phone or the consent.
 */
function dashSignatures(text: string, sectors: readonly Sector[]): Found[] {
  const spans: Found[] = [];
  for (const match of text.matchAll(DASH_NICKNAME)) {
    const at = match.index + match[0].length;
    const line = text.slice(at).split('\n')[0] ?? '';
    let name: string | undefined;
    let sector: string | undefined;
    let end = at;
    for (const part of line.matchAll(/\S+/gu)) {
      const word = part[0];
      const hit = sectorAt(word, 0, sectors, true);
      if (hit && /^(?:界|界别)?(?:的)?$/u.test(word.slice(hit.end))) sector ??= hit.name;
      else if (isPersonName(word)) name ??= word;
      else if (!SIGNATURE_ROLE.test(word) && !/^[老小]\p{Script=Han}$/u.test(word)) break;
      end = at + part.index + word.length;
    }
    if (sector || name) spans.push({ start: match.index, end, ...(sector && { sector }), ...(name && { name }) });
  }
  return spans;
}

/** What may follow a name in an introduction. */
export const NAME_END = /^(?:$|[^\p{Script=Han}]|[啊呀哈呢嘛哦，。]|委员|同志|是|就是|的|来自|今年|现年|电话|手机|联系|我|想|要|在|住|家住|从事|目前|现任|现在|退休|原来|以前|之前|民|九三|无党派|界|同意|署名|匿名|不署名)/u;

/** A sector right after a name ("…民盟的", "…是农工党的委员"), with the words that close it. */
export function sectorAfter(text: string, at: number, sectors: readonly Sector[]): { sector: string; end: number } | null {
  // "我是宋建民 政协委员 社会保障界的": the member's title may stand between.
  // "我叫郭长海我们农工党的": voice input says which body with 我们.
  const lead = /^[，,\s]*(?:(?:(?:市|区|县)?政协)?(?:委员|常委)[，,\s]*)?(?:是|系|我们是?|我们的)?/u.exec(text.slice(at))?.[0].length ?? 0;
  const hit = sectorAt(text, at + lead, sectors, true);
  if (!hit) return null;
  const close = /^(?:的)?(?:政协)?(?:老)?(?:委员|常委|会员|盟员|社员|党员)?(?:了)?/u.exec(text.slice(hit.end))?.[0].length ?? 0;
  return { sector: hit.name, end: hit.end + close };
}

/** "我们农工党今年在郧西县做了个调研": the member speaks for their party; the story keeps the sentence. */
const OUR_PARTY = /(?:我们|咱们|俺们)(?=民革|民盟|民建|民进|农工党|致公党|九三|台盟)/gu;

export function partyOfTheTeller(text: string, sectors: readonly Sector[]): string | undefined {
  for (const match of text.matchAll(OUR_PARTY)) {
    const hit = sectorAt(text, match.index + match[0].length, sectors, true);
    if (hit) return hit.name;
  }
  return undefined;
}
