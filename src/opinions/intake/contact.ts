import { normalizeMessage } from '../../shared/normalize-text.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { consentSpans, readConsent } from './consent.ts';
import { cutSpans, type Span } from './cut-spans.ts';
import { isFormOfAddress, isNameInFrame, isPersonName, nameAt, skipIntroduction, skipRoleWords, statedSurnameName } from './person-name.ts';
import { contactPhoneSpans } from './phone.ts';
import { isBetterPhone, lineChoiceSpans } from './chosen-line.ts';
import { canonicalSector, defaultSectors, looksLikeSectorName, sectorAt, type Sector } from './sectors.ts';
import { asSaidByTheMember, spokenForms, withWhatIsLeft } from './contact-leftovers.ts';
import { withoutLatinNames } from './latin-names.ts';
import { MEMBER_NAMED, POST } from './others-numbers.ts';
import { calledAt, partialIntroductions } from './partial-introductions.ts';
import { STAFF_ONLY_LEAD, STAFF_ONLY_REMARK } from './staff-only.ts';

/**
 * Who is reporting, taken out of the story: self-introductions ("我是民盟的徐丽"), signature
 * lines ("反映人：徐丽 联系电话：138…", "——民建 王建华 13907191234"), phone numbers and consent
 * to be named ("同意署名", "匿名"). What remains is the story, word for word.
 */

export interface ContactDetails {
  name?: string;
  /** Canonical sector name (knowledge/sectors.txt), or a sector written plainly as one (港澳台侨界). */
  sector?: string;
  /** As written: 139 1234 5678. */
  phone?: string;
  signed?: boolean;
  /** The text without the contact details, dangling punctuation tidied. */
  rest: string;
}

interface Found extends Span {
  name?: string;
  sector?: string;
  phone?: string;
  signed?: boolean;
}

/**
 * Labels of a signature: 联系人：马俊, 反映人 徐丽, 姓名:王建华 — at the start of a clause or with a
 * colon, so "社区联系人张强说……" in a story stays.
 */
const NAME_LABEL = /(?:(?<=^|[\s，,。；;！!？?（(])[〔【[]?(?:(?:先)?留(?:个|一下)?联系方式|联系方式|联系人|反映人|反应人|姓名|全名|中文名|真名|俗名|本名|提交人|报送人|报告人|提供人|信息提供人|供稿人)[〕】\]]?(?:是|为)?[\s:：]*|(?:联系人|反映人|姓名|提交人|报送人|报告人|提供人|供稿人|来源|执笔|执笔人|撰稿|撰稿人|撰写人|起草人|作者)[:：]\s*|(?<=^|[\s，,。；;])(?:名字|姓名)[^：:\n，,。]{1,10}[:：]\s*)/gu;
const SECTOR_LABEL = /(?:所在界别|界别)(?:是|为)?[\s:：]*|(?:工作单位|所在单位|单位|党派|所属党派)[:：]\s*(?=\p{Script=Han})/gu;
const CONSENT_LABEL = /(?:是否)?(?:同意)?署名(?:报送)?[\s:：]+([^\s，,。；;]{1,6})/gu;
const INTRO = /(?:我叫|我名叫|我是|我系|本人(?:是|叫)?|鄙人|在下|我的名字(?:是|叫)|我名字(?:是|叫))[\s:：]*/gu;
/** Where an introduction may begin: a clause start, or after a greeting or the start phrase. */
const INTRO_PLACE = /(?:^|[\s，,。；;！!？?:：（(【]|您好|你好|喂|老师好|在吗|情况|问题|社情民意|信息|一下|秘书|主任|老师|领导|同志)$/u;
/** What may follow a name in an introduction. */
const NAME_END = /^(?:$|[^\p{Script=Han}]|[啊呀哈呢嘛哦，。]|委员|同志|是|的|来自|今年|现年|电话|手机|联系|我|想|要|在|住|家住|从事|目前|现任|现在|退休|原来|以前|之前|民|九三|无党派|界)/u;
/** What may follow an introduction that names only a sector: 我是民盟的, 我是九三学社委员. */
const SECTOR_INTRO_END = /^(?:界别?)?(?:的)?(?:政协)?(?:委员|常委)?(?:嘛|噻|哦|啊|呀|哈|撒|哟|噢)?(?:$|[，,。；;！!？?\s\n])/u;
/** Words of a signature line that are neither name, sector nor phone. */
const ROLE_PART =
  /^(?:反映人|联系人|姓名|界别|所在界别|电话|联系电话|手机|联系方式|报送人|提交人|署名|委员|政协委员|市政协委员|区政协委员|常委|此致|敬礼|特此反映|微信同号|手机同号|同微信|微信|座机|tel|mob|mobile|phone|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/iu;
/** What the reporter does or where, in a signature: 退休教师, 律师, 主任医师, 市疾控中心, 单位. */
const OCCUPATION_PART =
  /^(?:单位|工作单位|职务|职业|退休|在职)$|^\p{Script=Han}{1,8}(?:省|市|县|区|镇|乡|村|街道|社区)的$|^(?:退休|原|现任)?\p{Script=Han}{0,8}(?:教师|老师|教练|律师|医生|医师|村医|护士|干部|职工|工程师|会计师|会计|教授|研究员|院长|校长|经理|总监|董事长|负责人|农民|个体户)$|^\p{Script=Han}{2,12}(?:中心|医院|卫生院|学校|中学|小学|大学|学院|公司|事务所|律所|研究所|研究院|银行|合作社)$/u;
const OCCUPATION_BEFORE_NAME = /^(?:退休|原|现任)?\p{Script=Han}{0,2}?(?:教师|老师|教练|律师|医生|医师|村医|护士|干部|职工|工程师|会计|教授|院长|校长|经理|支书|农民)(\p{Script=Han}{2,3})$/u;
/** After a sector in a signature: 民盟的, 民盟委员, 民盟十堰市委. */
const SECTOR_TAIL = '(?:\\p{Script=Han}{0,8}?(?:市委会|区委会|县委会|省委会|[市区县省]委(?!员)|委员会|支部|总支|基层委员会))?(?:的|界|界别)?(?:政协)?(?:老)?(?:委员|常委|会员|盟员|社员|党员)?了?';
const SECTOR_PART_TAIL = new RegExp(`^${SECTOR_TAIL}$`, 'u');
/** The organisation words after a sector under a label: "单位：致公党十堰市委会". */
const SECTOR_TAIL_RUN = new RegExp(`^${SECTOR_TAIL}`, 'u');
/** What surrounds a phone number in a clause of its own: 有事请打……联系, 欢迎随时致电. */
const PHONE_WORDS =
  /^(?:有事|如有疑问|如需核实|如需了解|如需|欢迎|随时)*(?:请|可|可以|欢迎)?(?:随时)?(?:打|拨打|致电|联系|电联)?(?:我|本人)?(?:的)?(?:电话|手机)?(?:联系|咨询|沟通|核实|了解)?(?:我)?$/u;
const PART_SEPARATOR = /[\s、|｜/（）()【】[\]—–\-~～:：，,]+/u;
// A bracketed header ("【何丽萍 妇联】我们市……") is a clause of its own.
const CLAUSE = /【[^】\n]*】|（[^）\n]{2,30}）|[^，,。；;！!？?\n【（]+/gu;
const SOURCE_NOTE = /[（(]?\s*本(?:信息|条信息|材料|文)由\s*([^（）()\n]{2,30}?)\s*(?:提供|报送|撰写|反映)[）)]?/gu;

const POST_BEFORE = new RegExp(`${POST}$`, 'u');

const overlaps = (found: readonly Found[], start: number, end: number) => found.some((f) => start < f.end && f.start < end);

/** "郑晓燕经济界": a name with the sector written straight after it, as voice input runs them. */
function gluedNameAndSector(part: string, sectors: readonly Sector[]): { name: string; sector: string } | undefined {
  for (const at of [2, 3, 4]) {
    const hit = sectorAt(part, at, sectors);
    if (hit && SECTOR_PART_TAIL.test(part.slice(hit.end)) && isPersonName(part.slice(0, at))) return { name: part.slice(0, at), sector: hit.name };
  }
  return undefined;
}

/** A sector named by one whole part of a signature: 民盟, 民盟的, 九三学社委员, 港澳台侨界. */
function sectorPart(part: string, sectors: readonly Sector[]): string | undefined {
  const hit = sectorAt(part, 0, sectors);
  // "医卫界别": the 别 of a name written with 界.
  const rest = hit ? part.slice(hit.end).replace(part.charAt(hit.end - 1) === '界' ? /^别/u : /^$/u, '') : '';
  if (hit && SECTOR_PART_TAIL.test(rest)) return hit.name;
  return looksLikeSectorName(part) ?? undefined;
}

/** What one part of a signature is, or null when it is story text. */
type Part = { name?: string; sector?: string; signed?: boolean };

function readPart(said: string, sectors: readonly Sector[]): Part | null {
  // "我民革的王兴福": 是 left out by voice input.
  const part = said.startsWith('我') && sectorAt(said, 1, sectors, true) ? said.slice(1) : said;
  // 王老师 stands for the reporter but is no name: it goes, and the name is asked for.
  if (part === '' || ROLE_PART.test(part) || OCCUPATION_PART.test(part) || STAFF_ONLY_REMARK.test(part) || isFormOfAddress(part)) return {};
  // "我是市中心医院儿科的李医生", "张主任": how the member is known at work, said beside their name.
  const role = /^(?:我是|本人是?|我叫|叫我|是)(?:[^，,。]{0,16}的)?(\p{Script=Han}{2,4})$/u.exec(part)?.[1];
  if (role && isFormOfAddress(role)) return {};
  const signed = readConsent(part);
  if (signed !== undefined) return { signed };
  // "方向的方", "正确的正": how a character of the name is written; "电话189": a number still being typed.
  if (/^(\p{Script=Han}{1,3})的(\p{Script=Han})$/u.test(part) && part.slice(0, -2).includes(part.slice(-1))) return {};
  if (/^(?:电话|手机|号码)\d{1,10}$/u.test(part)) return {};
  // "退休教练卢振华": what the reporter does, written straight before the name.
  const job = OCCUPATION_BEFORE_NAME.exec(part)?.[1];
  if (job && isPersonName(job)) return { name: job };
  // "我石永刚，民革的": the name said right after 我.
  const selfNamed = /^我(\p{Script=Han}{2,3})$/u.exec(part)?.[1];
  if (selfNamed && isPersonName(selfNamed)) return { name: selfNamed };
  const glued = gluedNameAndSector(part, sectors);
  if (glued) return glued;
  const sector = sectorPart(part, sectors);
  if (sector) return { sector };
  const before = sectorAt(part, 0, sectors, true);
  const at = skipRoleWords(part, 0, sectors);
  const name = nameAt(part, at);
  if (name && /^(?:委员|同志|女士|先生)?$/u.test(part.slice(name.end))) return { name: name.name, ...(before && { sector: before.name }) };
  return null;
}

/** Details introduced by words: labels, 我是……, phone numbers, consent. */
function introducedDetails(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = [];
  const add = (item: Found) => {
    if (!overlaps(found, item.start, item.end)) found.push(item);
  };
  for (const span of consentSpans(text)) add(span);
  for (const span of contactPhoneSpans(text)) add(span);
  for (const match of text.matchAll(CONSENT_LABEL)) {
    const answer = match[1] ?? '';
    const yesNo = readYesNo(answer);
    const signed = readConsent(answer) ?? (yesNo === null ? undefined : yesNo === 'yes');
    // "署名：吕红": the name to sign with, so consent too (not after 不同意, 别).
    const refused = /[不别勿]$/u.test(text.slice(0, match.index));
    const name = signed === undefined && !refused ? nameAt(text, match.index + match[0].length - answer.length) : null;
    if (signed !== undefined) add({ start: match.index, end: match.index + match[0].length, signed });
    else if (name) add({ start: match.index, end: name.end, name: name.name, signed: true });
  }
  for (const match of [...text.matchAll(NAME_LABEL), ...text.matchAll(STAFF_ONLY_LEAD)]) {
    // "提供人：民盟 汪海": a sector before the name belongs to the label too.
    const { at, sector } = skipIntroduction(text, match.index + match[0].length, sectors);
    const name = nameAt(text, at);
    if (name) add({ start: match.index, end: name.end, name: name.name, ...(sector && { sector }) });
    // "仅供工作人员联系：159……": a lead-in to the number alone goes with it.
    else if (found.some((f) => f.phone !== undefined && f.start === at)) add({ start: match.index, end: at });
  }
  for (const match of text.matchAll(SECTOR_LABEL)) {
    const at = match.index + match[0].length;
    const sector = sectorAt(text, at, sectors, true);
    const written = sector ? undefined : /^\p{Script=Han}{2,10}/u.exec(text.slice(at))?.[0];
    const plain = written ? looksLikeSectorName(written) : null;
    if (sector) add({ start: match.index, end: sector.end + (SECTOR_TAIL_RUN.exec(text.slice(sector.end))?.[0].length ?? 0), sector: sector.name });
    else if (written && plain && !/单位|党派/u.test(match[0])) add({ start: match.index, end: at + written.length, sector: plain });
  }
  // "（本信息由民建常熟市委员会 沈佳琪 提供）": who the note says it comes from.
  for (const match of text.matchAll(SOURCE_NOTE)) {
    const parts = (match[1] ?? '').split(PART_SEPARATOR).filter(Boolean).map((part) => readPart(part, sectors));
    if (parts.some((part) => part === null)) continue;
    const name = parts.find((part) => part?.name)?.name;
    const sector = parts.find((part) => part?.sector)?.sector;
    if (name) add({ start: match.index, end: match.index + match[0].length, name, ...(sector && { sector }) });
  }
  // "……由街道牵头调解——吴晓燕": a name after a dash that ends the line signs it.
  for (const match of text.matchAll(/[—–]{1,2}\s*(\p{Script=Han}{2,4})(?=\s*(?:[,，]?\s*\+?\d[\d\s-]{6,})?\s*$)/gmu)) {
    if (isPersonName(match[1]!)) add({ start: match.index, end: match.index + match[0].length, name: match[1]! });
  }
  // "我马建设愿意带验收组去", "我郭亚平亲眼看见的": the name said right after 我.
  for (const match of text.matchAll(/(?<=(?:^|[，,。；;\s])我)(\p{Script=Han}{2,3}?)(?=愿意|亲眼|亲自|本人|作为|可以|负责|也是)/gu)) {
    if (isPersonName(match[1]!)) add({ start: match.index, end: match.index + match[1]!.length, name: match[1]! });
  }
  // "我作为共青团界的委员吴浩去现场看过": the name said in passing goes, the sentence stays ("我去现场看过").
  for (const match of text.matchAll(/(?<=我|本人)作为/gu)) {
    const { at, sector } = skipIntroduction(text, match.index + match[0].length, sectors);
    const read = sector ? nameAt(text, at) : null;
    // The sentence goes on with a verb: "吴浩去" is 吴浩.
    const short = read && /^\p{Script=Han}{2}[去来到也都曾就又还亲专特多]$/u.test(read.name) && isPersonName(read.name.slice(0, 2));
    const name = read && short ? { name: read.name.slice(0, 2), end: read.end - 1 } : read;
    if (name) add({ start: match.index, end: name.end + (/^[，,]/u.test(text.slice(name.end)) ? 1 : 0), name: name.name, sector: sector! });
  }
  for (const span of partialIntroductions(text, sectors)) add(span);
  const stated = statedSurnameName(text);
  if (stated) {
    // "……叫言春林是农业界的": the sector said right after the name belongs to the introduction.
    const after = /^(?:，|,|\s)*是?/u.exec(text.slice(stated.end))?.[0].length ?? 0;
    const { at, sector } = skipIntroduction(text, stated.end + after, sectors);
    add({ start: stated.start, end: sector ? at : stated.end, name: stated.name, ...(sector && { sector }) });
  }
  for (const match of text.matchAll(INTRO)) {
    const start = match.index;
    const afterCue = start + match[0].length;
    const { at, sector } = skipIntroduction(text, afterCue, sectors);
    // Inside a sentence only an introduction with a sector is the member's ("我是张强的邻居" is
    // not), but 我叫 always names the speaker: the name must then end the introduction.
    const callsSelf = /^(?:我叫|我名叫|我的名字|我名字)/u.test(match[0]);
    if (!sector && !callsSelf && !INTRO_PLACE.test(text.slice(0, start))) continue;
    // "我叫乌兰其其格，农业界": after 我叫, a run of characters closed by a pause is the name, listed or not.
    const said = callsSelf && !sector ? /^\p{Script=Han}{2,6}(?=[，,。；;！!\s]|$)/u.exec(text.slice(at))?.[0] : undefined;
    // "我是环境资源界的高洁，…": after a sector, a name that is also a word, closed by a pause.
    const framed = sector && !said ? /^\p{Script=Han}{2,3}(?=[，,。；;！!\s]|电话|手机|$)/u.exec(text.slice(at))?.[0] : undefined;
    const inFrame = framed && isNameInFrame(framed) ? framed : undefined;
    const first = nameAt(text, at) ?? (said ? { name: said, end: at + said.length } : inFrame ? { name: inFrame, end: at + inFrame.length } : null);
    // "我是刘晓芳的爱人胡建军": the one writing is the relative named after the account's owner.
    const kin = first ? /^的(?:爱人|老伴|老公|妻子|丈夫|媳妇|儿子|女儿|闺女|家属|秘书|助理)/u.exec(text.slice(first.end)) : null;
    const name = kin && first ? (nameAt(text, first.end + kin[0].length) ?? first) : first;
    // Without a sector the name must end the introduction: "我叫林晓东，" but not "我叫张强帮忙".
    // "我叫向春生农业界的……": a sector right after the name ends it too.
    if (name && !sector && !NAME_END.test(text.slice(name.end)) && !sectorAt(text, name.end, sectors)) continue;
    // "我是民建的刘洋啊我想……": a particle after the name goes with the introduction.
    const tail = name ? /^(?:委员|同志)?[啊呀哈呢嘛哦]?/u.exec(text.slice(name.end))?.[0] ?? '' : '';
    // "我叫蒋红军民盟的…", "我叫刘振国是社会福利和社会保障界的": the sector said after the name.
    const after = name && !sector ? sectorAfter(text, name.end + tail.length, sectors) : null;
    // "我叫黎明退休前在市二中当老师现在是无党派": the sector said later in the same sentence.
    const later = name && !sector && !after ? sectorLater(text, name.end, sectors) : null;
    if (later) add(later);
    if (name && after) add({ start, end: after.end, name: name.name, sector: after.sector });
    else if (name) add({ start, end: name.end + tail.length, name: name.name, ...(sector && { sector }) });
    // (The role words after a sector may have taken the comma closing the introduction: "港澳界委员，".)
    else if (sector && (SECTOR_INTRO_END.test(text.slice(at)) || /[，,。；;！!\s]$/u.test(text.slice(0, at)))) add({ start, end: at, sector });
    else if (sector && calledAt(text, at)) add({ start, end: at + calledAt(text, at), sector });
    else if (sector) {
      // "我是民建会员在一家公司当总经理我叫汪德胜": what they do, between the two, goes with them.
      const named = /我(?:叫|名叫)/u.exec(text.slice(at, at + 30));
      const later = named && !/[。！？!?\n]/u.test(text.slice(at, at + named.index)) ? nameAt(text, at + named.index + named[0].length) : null;
      if (later && NAME_END.test(text.slice(later.end))) add({ start, end: later.end, name: later.name, sector });
    }
  }
  return found;
}

/** "…现在是无党派", "…也是民盟的": a sector stated further on in the sentence of an introduction. */
function sectorLater(text: string, from: number, sectors: readonly Sector[]): Found | null {
  const cue = /^[^。！？!?\n]{0,24}?(?:现在|目前|也|还)?是(?=\p{Script=Han})/u.exec(text.slice(from));
  if (!cue) return null;
  const at = from + cue[0].length;
  const hit = sectorAt(text, at, sectors, true);
  const close = hit ? (/^(?:的)?(?:界)?(?:的)?(?:委员|常委)?/u.exec(text.slice(hit.end))?.[0].length ?? 0) : 0;
  const start = at - (/(?:现在|目前|也|还)?是$/u.exec(text.slice(from, at))?.[0].length ?? 1);
  return hit && SECTOR_INTRO_END.test(text.slice(hit.end)) ? { start, end: hit.end + close, sector: hit.name } : null;
}

/** A sector right after a name ("…民盟的", "…是农工党的委员"), with the words that close it. */
function sectorAfter(text: string, at: number, sectors: readonly Sector[]): { sector: string; end: number } | null {
  // "我是宋建民 政协委员 社会保障界的": the member's title may stand between.
  const lead = /^[，,\s]*(?:(?:(?:市|区|县)?政协)?(?:委员|常委)[，,\s]*)?(?:是|系)?/u.exec(text.slice(at))?.[0].length ?? 0;
  const hit = sectorAt(text, at + lead, sectors, true);
  if (!hit) return null;
  const close = /^(?:的)?(?:政协)?(?:老)?(?:委员|常委|会员|盟员|社员|党员)?(?:了)?/u.exec(text.slice(hit.end))?.[0].length ?? 0;
  return { sector: hit.name, end: hit.end + close };
}

/**
 * Clauses of the text; a clause whose end, set off by a space, reads as a signature ("……及时更换
 * 朱丽 民盟", "……联合整治 我民革的王兴福") is two, as voice input runs the signature on.
 */
function signatureTails(text: string, found: readonly Found[], sectors: readonly Sector[]): { index: number; 0: string }[] {
  // "（黄精、白及）": things listed in brackets inside the story are no signature.
  // "村主任陈大海（电话159…）说是……": a clause the sentence goes on from, past a bracket, is no signature.
  // "陈医生（陈立新，189…）": brackets after somebody named by their post are theirs, unless they
  // say that one is the member ("我们马书记（马长贵，政协委员，农业界的）").
  const afterSomebody = (match: RegExpMatchArray) => /^[（(]/u.test(match[0]) && POST_BEFORE.test(text.slice(0, match.index)) && !MEMBER_NAMED.test(match[0]);
  const goesOn = (match: RegExpMatchArray) => /^[（(][^）)\n]*[）)]\p{Script=Han}/u.test(text.slice((match.index ?? 0) + match[0].length));
  return [...text.matchAll(CLAUSE)].filter((match) => !/^（[^）]*、/u.test(match[0]) && !goesOn(match) && !afterSomebody(match)).flatMap((match) => {
    const space = /\s(?=[^\s]{2,}(?:\s[^\s]+){0,3}$)/u.exec(match[0]);
    const from = match.index + (space?.index ?? 0) + 1;
    // What the phone numbers and consent already read leave of the tail.
    let tail = '';
    for (let i = from; i < match.index + match[0].length; i++) tail += found.some((f) => i >= f.start && i < f.end) ? ' ' : text.charAt(i);
    const parts = tail.split(PART_SEPARATOR).filter(Boolean).map((part) => readPart(part.replace(/^我是/u, ''), sectors));
    if (!space || space.index < 6 || tail.trim().length > 16 || parts.length === 0 || parts.some((p) => p === null) || !parts.some((p) => p?.name)) return [match];
    return [
      { index: match.index, 0: match[0].slice(0, space.index) },
      { index: from, 0: match[0].slice(space.index + 1) },
    ];
  });
}

/** "我是镇上卫生院的医生" (but not "我是乡镇卫生院的刘院长", how they are called): their job, no contact detail. */
function saysOnlyTheirJob(clause: string, details: readonly Part[]): boolean {
  const called = /^我是(?:[^，,。]{0,16}的)?(\p{Script=Han}{2,4})$/u.exec(clause.trim())?.[1];
  return called !== undefined && !isFormOfAddress(called) && !details.some((d) => d.sector || d.name);
}

/** Clauses that hold nothing but contact details once the introduced ones are out: a signature. */
function contactClauses(text: string, found: readonly Found[], sectors: readonly Sector[]): Found[] {
  const clauses = signatureTails(text, found, sectors).map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    let residue = '';
    for (let i = start; i < end; i++) if (!found.some((f) => i >= f.start && i < f.end)) residue += text.charAt(i);
    const parts = residue.split(PART_SEPARATOR).filter((part) => part !== '');
    const hasPhone = found.some((f) => f.phone !== undefined && f.start < end && start < f.end);
    // "——文明 农工党 159……": on a line signed with a dash, beside a sector or phone, a name that is also a word.
    const signs = /^\s*[—–]/u.test(text.slice(start, end)) && (hasPhone || parts.some((part) => sectorPart(part, sectors)));
    const read = parts.map((part) => readPart(part, sectors) ?? (signs && isNameInFrame(part) ? { name: part } : null));
    const covered =
      (parts.length === 0 || (hasPhone && PHONE_WORDS.test(residue.replace(/\s+/gu, '')))) && found.some((f) => f.start < end && start < f.end);
    const contact = !covered && parts.length > 0 && read.every((r) => r !== null);
    const hasSpan = found.some((f) => f.start < end && start < f.end);
    const details = read.filter((r): r is Part => r !== null);
    const strong = covered || (contact && (hasSpan || details.some((d) => d.name)));
    return { start, end, covered, contact, strong, details };
  });
  const removed = clauses.map((c) => c.covered || c.strong);
  const all = clauses.every((c) => c.covered || c.contact);
  // A clause naming only a sector goes with the contact details beside it: "徐丽，民盟，138…".
  for (let changed = true; changed; ) {
    changed = false;
    clauses.forEach((c, i) => {
      // (What the member says they do, "我是镇上卫生院的医生", stays with the story.)
      if (removed[i] || !c.contact || saysOnlyTheirJob(text.slice(c.start, c.end), c.details)) return;
      if (all || removed[i - 1] || removed[i + 1]) changed = removed[i] = true;
    });
  }
  return clauses.flatMap((c, i) => {
    if (!removed[i]) return [];
    const name = c.details.find((d) => d.name)?.name;
    const sector = c.details.find((d) => d.sector)?.sector;
    const signed = c.details.filter((d) => d.signed !== undefined).at(-1)?.signed;
    return [{ start: c.start, end: c.end, ...(name && { name }), ...(sector && { sector }), ...(signed !== undefined && { signed }) }];
  });
}

/** Name, sector, phone and consent out of the text; `rest` is the story without them. */
export function extractContact(text: string, sectors: readonly Sector[] = defaultSectors()): ContactDetails {
  const message = withoutLatinNames(spokenForms(normalizeMessage(text)));
  const relayed = asSaidByTheMember(message);
  const introduced = introducedDetails(relayed, sectors);
  const found = [...introduced, ...contactClauses(relayed, introduced, sectors)].sort((a, b) => a.start - b.start);
  const details: ContactDetails = { rest: cutSpans(relayed, [...found, ...lineChoiceSpans(relayed)]) };
  for (const item of found) {
    if (item.name !== undefined) details.name ??= item.name;
    if (item.sector !== undefined) details.sector ??= item.sector;
    // A mobile and a landline given together: the one the member means.
    if (item.phone !== undefined && isBetterPhone(item.phone, details.phone, message)) details.phone = item.phone;
    // The last word on consent counts: "同意署名……算了还是匿名吧".
    if (item.signed !== undefined) details.signed = item.signed;
  }
  const read = withWhatIsLeft(details, message, found.map((item) => item.sector).filter((sector): sector is string => sector !== undefined), sectors);
  // "属于社会科学界" is read as written first; a name the list knows is stored as its canonical one.
  return read.sector === undefined ? read : { ...read, sector: canonicalSector(read.sector, sectors) };
}
