import { normalizeMessage } from '../../shared/normalize-text.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import type { OpinionFields } from '../types.ts';
import { readConsent } from './consent.ts';
import { parseCategory } from './parse-answer.ts';
import { readPersonName } from './person-name.ts';
import { contactPhoneSpans, findPhone, isValidPhone, tidyPhone } from './phone.ts';
import { defaultSectors, readSector, type Sector } from './sectors.ts';

/**
 * Reading the answer to the question the dialog asked, in context: after "请问反映人的姓名是？"
 * the answer "我叫林晓东" is 林晓东, "我是民盟的" is no name at all. null means the answer does
 * not give the field: the dialog stores nothing and asks again (NAME_AGAIN, SECTOR_AGAIN, SIGNED_AGAIN).
 */

/** What to say when an answer gives nothing (the same wording parseFieldAnswer uses). */
export { NAME_ERROR as NAME_AGAIN, SECTOR_ERROR as SECTOR_AGAIN, SIGNED_ERROR as SIGNED_AGAIN } from './parse-answer.ts';

/** "标题：……", 《……》, “……”: the wrapping is not part of a title. */
function plainTitle(text: string): string {
  return text
    .replace(/^(?:标题|题目)[\s:：]*/u, '')
    .replace(/^[《“"「](.*)[》”"」]$/u, '$1')
    .trim();
}

/** Consent phrases first (不要写我名字), then an everyday yes or no (好的, 不用). */
/** Asked whether they agree to be named, "都行" / "随便" / "无所谓" means they do not mind: agreed. */
const DO_NOT_MIND = /^(?:署名|写名字|名字|写不写)?(?:都行|都可以|随便|无所谓|没关系|都ok)(?:吧|的|啊|呀)?(?:[，,。\s]*(?:写名字|署名)?(?:也行|也可以)?)?$/iu;

export function readSigned(text: string): boolean | null {
  const consent = readConsent(text);
  if (consent !== undefined) return consent;
  const yesNo = readYesNo(text);
  if (yesNo !== null) return yesNo === 'yes';
  return DO_NOT_MIND.test(text.trim().replace(/[。！!]+$/u, '')) ? true : null;
}

/** A phone number anywhere in the answer ("我的电话是138 1234 5678"), as written. */
export function readPhone(text: string): string | null {
  const message = normalizeMessage(text).trim();
  if (isValidPhone(message)) return tidyPhone(message);
  return findPhone(message) ?? contactPhoneSpans(message)[0]?.phone ?? null;
}

type Readers = { [K in keyof OpinionFields]: (text: string, sectors: readonly Sector[]) => OpinionFields[K] | null };

const READERS: Readers = {
  title: (text) => plainTitle(text) || null,
  situation: (text) => text || null,
  suggestion: (text) => text || null,
  category: (text) => parseCategory(text) ?? null,
  name: (text, sectors) => readPersonName(text, sectors),
  sector: (text, sectors) => readSector(text, sectors),
  phone: (text) => readPhone(text),
  signed: (text) => readSigned(text),
};

/** The value of `field` in an answer to the question about it, or null when the answer does not give it. */
export function readAnswerFor<K extends keyof OpinionFields>(
  field: K,
  text: string,
  sectors: readonly Sector[] = defaultSectors(),
): OpinionFields[K] | null {
  const answer = normalizeMessage(text).trim();
  if (answer === '') return null;
  const read: (text: string, sectors: readonly Sector[]) => OpinionFields[K] | null = READERS[field];
  return read(answer, sectors);
}
