import { normalizeMessage } from '../../shared/normalize-text.ts';
import { contactPieces } from './contact-line.ts';
import { cutSpans } from './cut-spans.ts';
import { isPersonName } from './person-name.ts';
import { withSpokenLastDigitCorrected } from './phone.ts';
import { isBetterPhone, lineChoiceSpans } from './chosen-line.ts';
import { canonicalSector, defaultSectors, type Sector } from './sectors.ts';
import { asSaidByTheMember, spokenForms, withWhatIsLeft } from './contact-leftovers.ts';
import { withoutLatinNames } from './latin-names.ts';
import { contactClauses, type Found } from './signature-clauses.ts';
import { withoutRemarksOnTheTelling } from './remarks-on-the-telling.ts';
import { introducedDetails } from './introduced-details.ts';
import { signatureBeforeThePhone } from './signature-before-the-phone.ts';

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

// ("先说我的信息吧，…": the details announced before they are given.)
const LEAD_IN_LEFT = /(?<=^|\n)[ \t]*(?:(?:先|再)?(?:说明|声明|交代|补充|说)一下|(?:我)?(?:先|再)(?:说|报|留)(?:一下|下)?(?:我的|我)?(?:信息|个人信息|联系方式|身份|情况)(?:吧|哈|啊)?)[：:，,。.！!\s]*(?=$|\n)/gu;

/** "反映人：贾文娟老师，民进": the title after a labelled name is how colleagues call the member, not the name. */
const TITLED_AFTER_LABEL = /((?:联系人|反映人|姓名|提交人|报送人)[:：][ \t]*)(\p{Script=Han}{2,3}?)(?:老师|主任|医生|大夫|书记|校长|院长|主席|经理|同志|女士|先生)(?=[，,、；;\s]|$)/gu;

/** "…老师何秀英今年七十一了": the age said right after the name goes with the introduction. */
const AGE_SAID = /^[，,\s]*今年(?:已经)?[一二三四五六七八九十\d]{1,3}(?:岁)?了?/u;

function withAgeSaid(item: Found, text: string): Found {
  const age = item.name === undefined ? null : AGE_SAID.exec(text.slice(item.end));
  return age ? { ...item, end: item.end + age[0].length } : item;
}

/**
 * "…可以引进餐饮企业来承包我是周国强 民进的": voice input runs the introduction on from the story;
 * a comma sets it apart where what follows 我是 / 我叫 names the member.
 */
function introductionsSetApart(spoken: string, sectors: readonly Sector[]): string {
  // ("我是市工商联副主席、鑫源建材公司的刘洪波": the roles listed before the name are one introduction.)
  const said = spoken.replace(/(?<=我是|本人是)((?:\p{Script=Han}{2,12}、){1,3}\p{Script=Han}{2,20}的)(\p{Script=Han}{2,3})(?=[，,。；;\s]|$)/u, (whole, roles: string, name: string) =>
    isPersonName(name) ? `${roles.replace(/、/gu, '')}${name}` : whole,
  );
  // ("…的蔡明农工党的电话…": a sector said as 的-phrase right after the name is a piece of its own.)
  const text = said.replace(/(?<=我是|我叫|本人是)\p{Script=Han}{0,16}/u, (intro) =>
    sectorRunOn(intro, sectors) ?? intro,
  );
  const at = [...text.matchAll(/(?<=\p{Script=Han})(?:我是|我叫|本人是)(?=\p{Script=Han})/gu)].map((m) => m.index).find((i) => extractContact(text.slice(i), sectors).name !== undefined);
  return at === undefined ? text : `${text.slice(0, at)}，${text.slice(at)}`;
}

/** "蔡明农工党的": a sector's name of three characters or more, run on after a name and said as 的-phrase, set apart. */
function sectorRunOn(intro: string, sectors: readonly Sector[]): string | undefined {
  const nameBefore = (at: number) => [2, 3].some((n) => at >= n && isPersonName(intro.slice(at - n, at)));
  const alias = sectors
    .flatMap((s) => s.aliases)
    .filter((a) => [...a].length >= 3)
    .find((a) => nameBefore(intro.indexOf(`${a}的`)));
  if (!alias) return undefined;
  const at = intro.indexOf(`${alias}的`);
  return `${intro.slice(0, at)}，${intro.slice(at)}`;
}

/** "…排查一下下面是不是有管道漏水。我叫" (the name sent next): an introduction cut off by the send button. */
const CUT_OFF_INTRODUCTION = /(?<=[。！!？?；;，,\s])[ \t]*(?:我叫|我是|我的名字(?:是|叫)|本人(?:是|叫)?|联系人|反映人|姓名|联系电话|电话)[ \t:：]*$/u;

/** Name, sector, phone and consent out of the text; `rest` is the story without them. */
export function extractContact(text: string, sectors: readonly Sector[] = defaultSectors()): ContactDetails {
  // "I'm 张艾米, 经济界": an English introduction before a Chinese name.
  // "…同意署名 thx": an English courtesy closing the line is no part of a name.
  const inEnglish = normalizeMessage(text)
    .replace(/\b(?:I'?m|I am|My name is|This is)\s+(?=\p{Script=Han})/giu, '我叫')
    .replace(/[\s,，]*\b(?:thx|thanks|thank you|tks|ty|3q)\b[!！.。~～]*\s*$/iu, '');
  const said = withoutRemarksOnTheTelling(withoutLatinNames(spokenForms(withSpokenLastDigitCorrected(inEnglish)))).replace(TITLED_AFTER_LABEL, '$1$2');
  const read = contactIn(said, sectors);
  if (read.name !== undefined) return read;
  // Only where the introduction is not read as run on: a comma set in would stay in the story.
  const apart = introductionsSetApart(said, sectors);
  return apart === said ? read : contactIn(apart, sectors);
}

function contactIn(message: string, sectors: readonly Sector[]): ContactDetails {
  const relayed = asSaidByTheMember(message);
  const introduced = introducedDetails(relayed, sectors);
  const said = [...introduced, ...contactClauses(relayed, introduced, sectors)];
  const runOn = said.some((item) => item.name !== undefined) ? [] : signatureBeforeThePhone(relayed, sectors).filter((item) => !said.some((f) => item.start < f.end && f.start < item.end));
  const clauses = [...said, ...runOn];
  // "名字写周德贵 农工党的 电话188…", "…电话158… 下午五点以后打": details as a run of pieces, and when to call.
  const found = [...clauses, ...contactPieces(relayed, sectors)].sort((a, b) => a.start - b.start).map((item) => withAgeSaid(item, relayed));
  // "先说明一下：同意署名，……": the lead-in to the details goes with them.
  const details: ContactDetails = { rest: cutSpans(relayed, [...found, ...lineChoiceSpans(relayed)]).replace(LEAD_IN_LEFT, '').replace(CUT_OFF_INTRODUCTION, '') };
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
