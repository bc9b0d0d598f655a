import { isSurname } from '../../shared/surnames.ts';
import { isPersonName } from './person-name.ts';
import { sectorAt, sectorMentions, type Sector } from './sectors.ts';
import type { Found } from './signature-clauses.ts';

/**
 * What members say of themselves in the middle of the story: "……。我是东风公司技术中心的黄工，科协界别的。……",
 * "……我作为住在这个小区的委员，天天看着着急", "我原来是乡镇的党委书记，现在是中共界别的委员". Such
 * clauses say who reports, not what happened: they go from the story, a sector named in them is kept.
 */

const FIRST_PERSON = '(?:我|本人|俺)';
const NOW = '(?:现在|目前|如今|同时|也|还|本身)?';
/** "我作为住在这个小区的委员", "现在是特邀界的委员": being a member of the committee. */
const MEMBER = new RegExp(`^(?:${FIRST_PERSON}${NOW}|(?:现在|目前|如今)(?=是))(?:是|作为|身为|属于)[^，,。；;！!？?\\n]{0,18}?(?:的)?(?:政协)?(?:委员|常委)$`, 'u');
/** "我在对外友好界", "科协界别的", "我在团市委推荐进的青联界别": the sector alone. */
// ("雷春华 环资界的": a name before it makes a signature, read elsewhere.)
const SECTOR = new RegExp(`^(?:${FIRST_PERSON}${NOW}(?:是|在|属于)|(?:现在|目前)(?:是|在)|是)[^，,。；;！!？?\\n]{0,14}?界别?(?:的)?(?:委员)?$`, 'u');
// (A sector word alone is not one: "市场监管、教育、消防等部门" lists offices.)
const SECTOR_ALONE = /^[^，,。；;！!？?\n\s]{1,8}?(?:界别?的?(?:委员|会员|盟员|社员|党员)?|的?(?:委员|会员|盟员|社员|党员))$/u;
/** "我是民建会员": a party's member, said with the party. */
const PARTY_MEMBER = new RegExp(`^${FIRST_PERSON}${NOW}是[^，,。；;！!？?\\n、]{1,10}?(?:会员|盟员|社员|党员)$`, 'u');
/** "、本市一家物流企业负责人": what they do, set beside who they are. */
const ROLE = /^(?![我俺]|本人)(?:也是|还是|同时是|同时也是)?[^，,。；;！!？?\n、]{0,16}?(?:负责人|总经理|经理|董事长|医生|老师|教师|律师|院长|校长|园长|主任|工程师|会计|教授|店主|老板|站长|所长|厂长)(\p{Script=Han}{2,3})?$/u;
/** Other committees' members, who are part of a story: 业委会委员, 村委委员, 人大代表. */
const OTHER_BODY = /业委会|业主委员会|居委|村委|人大|党委委员|纪委|监委|支委|代表/u;
/** "我是东风公司技术中心的黄工", "我是市体校的高教练": where they work and how colleagues call them. */
const CALLED = new RegExp(`^${FIRST_PERSON}(?:是|叫)(?:[^，,。；;！!？?\\n]{0,16}?的)?(\\p{Script=Han})(?:工|老师|主任|教练|医生|大夫|律师|书记|校长|院长|所长|经理|总|局长|科长|站长|馆长|会计|工程师)$`, 'u');
/** "本职在一家做电商的公司": the day job. */
const DAY_JOB = /^(?:我的?)?(?:本职|本职工作|主业|正式工作)(?:是|在)/u;
/** "我原来是郧阳区一个乡镇的党委书记": a former post, said beside being a member. */
// ("我是民革的，原来在城建局": the 我 of the clause before.)
const FORMER_POST = new RegExp(`^${FIRST_PERSON}?(?:原来|以前|之前|原先|退休前)(?:是|在|当)`, 'u');
/** "大家还叫我刘局": what people call the writer, which no story says. */
const CALLED_BY_OTHERS = /^(?:大家|别人|人家|同事们?|他们)(?:都|还|也)?(?:叫|喊|称呼)(?:我|俺)\p{Script=Han}{1,4}$/u;

const CLAUSE = /[^，,。；;！!？?\n、]+[，,。；;！!？?\n、]?/gu;
const PARTICLE = /[啊呀哈嘛哦呢]+$/u;

type Kind = 'member' | 'former';

function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/[“「『]/gu)?.length ?? 0) > (before.match(/[”」』]/gu)?.length ?? 0);
}

function kindOf(clause: string, sectors: readonly Sector[]): { kind: Kind; sector?: string; name?: string } | null {
  // "我是在三医院当护士的民进会员周敏": the name after the membership it is introduced with.
  const called = /(?<=委员|常委|会员|盟员|社员|党员)(\p{Script=Han}{2,3})$/u.exec(clause.replace(PARTICLE, ''));
  if (called && isPersonName(called[1]!)) {
    const read = kindOf(clause.slice(0, called.index), sectors);
    return read?.kind === 'member' && read.sector ? { ...read, name: called[1]! } : null;
  }
  const said = clause.replace(PARTICLE, '');
  const sector = sectorMentions(said, sectors)[0]?.name;
  if (OTHER_BODY.test(said)) return null;
  if (MEMBER.test(said) && (sector || /政协|作为|身为|现在|目前|如今/u.test(said))) return { kind: 'member', ...(sector && { sector }) };
  if (PARTY_MEMBER.test(said) && sector) return { kind: 'member', sector };
  if ((SECTOR.test(said) || (SECTOR_ALONE.test(said) && sectorMentions(said, sectors)[0]?.start === 0)) && sector) return { kind: 'member', sector };
  const surname = CALLED.exec(said)?.[1];
  if (surname && isSurname(surname)) return { kind: 'member' };
  if (DAY_JOB.test(said) || CALLED_BY_OTHERS.test(said)) return { kind: 'member' };
  // "市职业技术学院的老师梅晓燕": the role, and the name after it.
  const role = ROLE.exec(said);
  const named = role?.[1] !== undefined && isPersonName(role[1]) ? role[1] : undefined;
  if (role && (role[1] === undefined || named)) return { kind: 'former', ...(named && { name: named }) };
  if (FORMER_POST.test(said)) return { kind: 'former' };
  return null;
}

/**
 * Said without a pause by voice input: "我原来是……中心学校的校长现在退休了民进会员叫邓承志我们那里……",
 * up to the name; "……我本人张一鸣也陪着跑了三家": the name beside 本人; "as a member of 致公党".
 */
const RUN_ON_INTRO = new RegExp(`(?<=^|[，,。；;！!？?\\n])${FIRST_PERSON}(?:原来|以前|现在)?(?:是|在)[^，,。；;！!？?\\n]{2,40}?(?:叫|名叫)(\\p{Script=Han}{2,3})`, 'gu');
const NAMED_BESIDE_SELF = /(?:我本人|本人)(\p{Script=Han}{2,3}?)(?=也|就|亲自|专门|还|都|曾|去|陪|多次|几次)/gu;
const AS_A_MEMBER = /\bas an? (?:member|committee member|CPPCC member) of\s*([^，,。；;！!？?\n\s]{2,8})\s*/giu;

function membershipIn(said: string, sectors: readonly Sector[]): string | undefined {
  for (let at = 0; at < said.length; at++) {
    const hit = sectorAt(said, at, sectors);
    if (hit && /^(?:的)?(?:会员|盟员|社员|党员|界|委员)/u.test(said.slice(hit.end))) return hit.name;
  }
  return undefined;
}

function unpaused(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(RUN_ON_INTRO)) {
    // "叫王芳我们小区…": the story's 我 after a two-character name is no part of it.
    const name = /[我你他她俺咱]$/u.test(match[1]!) ? match[1]!.slice(0, 2) : match[1]!;
    if (!isPersonName(name) || quoted(text, match.index)) continue;
    // ("…退休了民进会员叫…": without a pause the sector is known by the membership said after it.)
    const sector = sectorMentions(match[0], sectors)[0]?.name ?? membershipIn(match[0], sectors);
    found.push({ start: match.index, end: match.index + match[0].indexOf(name, match[0].length - 3) + name.length, name, ...(sector && { sector }) });
  }
  for (const match of text.matchAll(NAMED_BESIDE_SELF)) {
    if (isPersonName(match[1]!) && !quoted(text, match.index)) found.push({ start: match.index, end: match.index + match[0].length, name: match[1]! });
  }
  for (const match of text.matchAll(AS_A_MEMBER)) {
    const sector = sectorMentions(match[1]!, sectors)[0]?.name;
    if (sector) found.push({ start: match.index, end: match.index + match[0].length, sector });
  }
  return found;
}

/** The clauses of the text that describe the writer, with the sector they name. */
export function selfDescriptions(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = unpaused(text, sectors);
  let sentence: Array<Found & { kind: Kind }> = [];
  const close = () => {
    // A former post is said of oneself only beside being a member ("我原来是……，现在是……的委员").
    if (sentence.some((clause) => clause.kind === 'member')) found.push(...sentence.map(({ kind: _kind, ...span }) => span));
    sentence = [];
  };
  for (const match of text.matchAll(CLAUSE)) {
    // "转一段群众的话：“……我是海虞镇的刘阿姨……”": who speaks in a quote is somebody else.
    if (quoted(text, match.index)) continue;
    const words = match[0].replace(/[，,。；;！!？?\n、]$/u, '');
    const lead = /^\s*/u.exec(words)![0].length;
    const read = kindOf(words.trim(), sectors);
    if (read) sentence.push({ start: match.index + lead, end: match.index + match[0].length, ...read });
    if (!read || /[。；;！!？?\n]$/u.test(match[0])) close();
  }
  close();
  return found;
}
