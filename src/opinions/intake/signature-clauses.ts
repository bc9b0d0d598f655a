import { spellsASurname } from './name-spelling.ts';
import { readConsent } from './consent.ts';
import { isFormOfAddress, isNameInFrame, isPersonName, nameAt, skipRoleWords } from './person-name.ts';
import { looksLikeSectorName, sectorAt, type Sector } from './sectors.ts';
import { STAFF_ONLY_REMARK } from './staff-only.ts';
import { MEMBER_NAMED, POST } from './others-numbers.ts';
import type { Span } from './cut-spans.ts';
import { TENURE_ALONE } from './who-they-are.ts';

/**
 * Signature lines and the clauses of a message that hold nothing but who reports it
 * ("——民建 王建华 13907191234", "朱丽 民盟", "退休教练卢振华"), read part by part.
 */

/** A detail found in the text, with where it stands. */
export interface Found extends Span {
  name?: string;
  sector?: string;
  phone?: string;
  signed?: boolean;
}

/** Words of a signature line that are neither name, sector nor phone. */
const ROLE_PART =
  /^(?:反映人|联系人|姓名|界别|所在界别|电话|联系电话|手机|联系方式|报送人|提交人|署名|委员|政协委员|市政协委员|区政协委员|常委|此致|敬礼|特此反映|微信同号|手机同号|同微信|微信|座机|tel|mob|mobile|phone|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/iu;
/** What the reporter does or where, in a signature: 退休教师, 律师, 主任医师, 市疾控中心, 县医院内科的, 单位 (not "我们赶到疾控中心", a step of the story). */
const OCCUPATION_PART =
  /^(?:单位|工作单位|职务|职业|退休|在职)$|^\p{Script=Han}{1,8}(?:省|市|县|区|镇|乡|村|街道|社区)的$|^(?:退休|原|现任)?\p{Script=Han}{0,8}(?:教师|老师|教练|律师|医生|医师|村医|护士|干部|职工|工程师|会计师|会计|教授|研究员|院长|校长|经理|总监|董事长|负责人|农民|个体户)$|^(?![我俺咱他她])(?!\p{Script=Han}*[了到去过在])\p{Script=Han}{1,12}(?:中心|医院|卫生院|学校|中学|小学|大学|学院|公司|事务所|律所|研究所|研究院|银行|合作社|报社|晚报|日报|电视台|广播电视台|杂志社|出版社)(?:\p{Script=Han}{1,4}?(?:科|部|处|室|所|系|办))?的?$/u;
const OCCUPATION_BEFORE_NAME = /^(?:退休|原|现任)?\p{Script=Han}{0,2}?(?:教师|老师|教练|律师|医生|医师|村医|护士|干部|职工|工程师|会计|教授|院长|校长|经理|支书|农民|记者|编辑|主持人|演员|民警|法官|检察官)(\p{Script=Han}{2,3})$/u;
const NAME_THEN_PROFESSION = /^(\p{Script=Han}{2,3})(?:律师|医生|医师|大夫|老师|教授|研究员|工程师|会计师|记者)$/u;
/** After a sector in a signature: 民盟的, 民盟委员, 民盟十堰市委. */
const SECTOR_TAIL = '(?:\\p{Script=Han}{0,8}?(?:市委会|区委会|县委会|省委会|[市区县省]委(?!员)|委员会|支部|支社|总支|基层委员会))?(?:的|界|界别|口的?|[个嘞哩](?=$|[，,。\\s]))?(?:政协)?(?:老)?(?:委员|常委|会员|盟员|社员|党员|执委|副主席|主席|副会长|会长|秘书长)?了?';
const SECTOR_PART_TAIL = new RegExp(`^${SECTOR_TAIL}$`, 'u');
/** The organisation words after a sector under a label: "单位：致公党十堰市委会". */
export const SECTOR_TAIL_RUN = new RegExp(`^${SECTOR_TAIL}`, 'u');
/** What surrounds a phone number in a clause of its own: 有事请打……联系, 欢迎随时致电. */
const PHONE_WORDS =
  /^(?:有事|如有疑问|如需核实|如需了解|如需|欢迎|随时)*(?:请|可|可以|欢迎)?(?:随时)?(?:打|拨打|致电|联系|电联)?(?:我|本人)?(?:的)?(?:电话|手机)?(?:联系|咨询|沟通|核实|了解)?(?:我)?$/u;
export const PART_SEPARATOR = /[\s、|｜/（）()【】[\]—–\-~～:：，,]+/u;
// A bracketed header ("【何丽萍 妇联】我们市……") is a clause of its own.
const CLAUSE = /【[^】\n]*】|（[^）\n]{2,30}）|[^，,。；;！!？?\n【（]+/gu;

const POST_BEFORE = new RegExp(`${POST}$`, 'u');

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
export type Part = { name?: string; sector?: string; signed?: boolean };

export function readPart(said: string, sectors: readonly Sector[]): Part | null {
  // "我民革的王兴福": 是 left out by voice input.
  const part = said.startsWith('我') && sectorAt(said, 1, sectors, true) ? said.slice(1) : said;
  // "农工": a sector's short name, before it is read as a surname and a title (like 王工).
  const listed = part === '' || ROLE_PART.test(part) ? null : sectorAt(part, 0, sectors);
  if (listed && SECTOR_PART_TAIL.test(part.slice(listed.end))) return { sector: listed.name };
  // "张玮律师": a full name with the member's profession after it (张律师 alone is no name).
  const professional = NAME_THEN_PROFESSION.exec(part)?.[1];
  if (professional && isPersonName(professional)) return { name: professional };
  // 王老师 stands for the reporter but is no name: it goes, and the name is asked for.
  if (part === '' || ROLE_PART.test(part) || OCCUPATION_PART.test(part) || STAFF_ONLY_REMARK.test(part) || isFormOfAddress(part)) return {};
  // "退休好几年了", "在这边生活八年了": what the member says of themself beside the signature.
  if (TENURE_ALONE.test(part)) return {};
  // "我是市中心医院儿科的李医生", "张主任": how the member is known at work, said beside their name.
  const role = /^(?:我是|本人是?|我叫|叫我|是)(?:[^，,。]{0,16}的)?(\p{Script=Han}{2,4})$/u.exec(part)?.[1];
  if (role && isFormOfAddress(role)) return {};
  const signed = readConsent(part);
  if (signed !== undefined) return { signed };
  // "方向的方", "正确的正": how a character of the name is written; "电话189": a number still being typed.
  if (/^(\p{Script=Han}{1,3})的(\p{Script=Han})$/u.test(part) && part.slice(0, -2).includes(part.slice(-1))) return {};
  // "弓长张", "耳东陈": how the surname is written.
  if (spellsASurname(part)) return {};
  if (/^(?:电话|手机|号码)\d{1,10}$/u.test(part)) return {};
  // "退休教练卢振华": what the reporter does, written straight before the name.
  // ("我是日报社的记者吴畅": where they work may come first.)
  const job = OCCUPATION_BEFORE_NAME.exec(part.replace(/^(?:我是|本人是?)(?:[^，,。]{0,16}的)?/u, ''))?.[1];
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
  // ("郑雅琪（新闻出版界）电话：133…": a signature goes on with the phone.)
  const goesOn = (match: RegExpMatchArray) => /^[（(][^）)\n]*[）)](?!电话|手机|联系|同意|署名|匿名|不署名)\p{Script=Han}/u.test(text.slice((match.index ?? 0) + match[0].length));
  return [...text.matchAll(CLAUSE)].filter((match) => !/^（[^）]*、/u.test(match[0]) && !goesOn(match) && !afterSomebody(match)).flatMap((match) => {
    const space = /\s(?=[^\s]{2,}(?:\s[^\s]+){0,3}$)/u.exec(match[0]);
    const from = match.index + (space?.index ?? 0) + 1;
    // What the phone numbers and consent already read leave of the tail.
    let tail = '';
    for (let i = from; i < match.index + match[0].length; i++) tail += found.some((f) => i >= f.start && i < f.end) ? ' ' : text.charAt(i);
    const parts = tail.split(PART_SEPARATOR).filter(Boolean).map((part) => readPart(part.replace(/^我是/u, ''), sectors));
    // "……我叫欧阳晨 欧阳是复姓 共青团界别的": right after an introduction, a sector alone goes on with it.
    const goesOnFromIntroduction = found.some((f) => f.name !== undefined && f.end >= from - 2 && f.start < match.index + match[0].length) && parts.some((p) => p?.sector);
    if (!space || space.index < 6 || tail.trim().length > 16 || parts.length === 0 || parts.some((p) => p === null) || !(parts.some((p) => p?.name) || goesOnFromIntroduction)) return [match];
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
export function contactClauses(text: string, found: readonly Found[], sectors: readonly Sector[]): Found[] {
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

