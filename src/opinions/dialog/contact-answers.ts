import { extractContact } from '../intake/contact.ts';
import { looksLikeUnlistedName } from '../intake/person-name.ts';
import { readSector } from '../intake/sectors.ts';
import type { OpinionFields } from '../types.ts';
import { readYesNo } from '../../shared/yes-no.ts';

/** Answers to "who reports it": the details a message gives, and a name no list holds. */

/** "对了我是民革的…": words that go on talking, never a name. */
const DISCOURSE = /^(?:哦|噢|啊)?(?:对了|对啦|还有|另外|补充一下|顺便说一下|忘了说)$/u;

type Fields = Partial<OpinionFields>;

/**
 * Asked for the name, "农业界 言春林 180……": what is left once the sector and phone are read is
 * the name, even with a surname no list holds (the question said what to send).
 */
export function withUnlistedName(read: { given: Fields; rest: string }): { given: Fields; rest: string } {
  if (read.given.name) return read;
  // "德庆卓嘎，德国的德，庆祝的庆", "我的名字有点长": how it is written, and remarks about it, are no name.
  const all = read.rest
    .split(/[\s，,、。]+/u)
    .map((part) => part.replace(/^(?:我叫|我是|名字是|名字叫|姓名是?)/u, '').replace(/(?<=\p{Script=Han}{2})[嘛噻哦啊呀哈吧呢撒哟]+$/u, ''))
    .filter((part) => part !== '' && !DISCOURSE.test(part));
  const parts = all.filter((part) => !/^\p{Script=Han}{1,4}的\p{Script=Han}$/u.test(part) && !/名字|姓名/u.test(part));
  // Spelling a name out says the part left is the name.
  const spelled = parts.length < all.length ? 1 : 0;
  const sectors = parts.map((part) => readSector(part));
  const others = parts.filter((_, i) => !sectors[i]);
  const said = others[0] ?? '';
  const name = others.length === 1 && looksLikeUnlistedName(said) && parts.length + spelled + Object.keys(read.given).length >= 2 ? said : undefined;
  const sector = sectors.find(Boolean) ?? undefined;
  // "农工党嘛": only a sector, said with a particle.
  if (!name && !(sector && others.length === 0)) return read;
  return { given: { ...read.given, ...(name && { name }), ...(sector && !read.given.sector ? { sector } : {}) }, rest: '' };
}

/** The contact details a message gives (only those it gives), and the rest of it. */
export function contactIn(text: string): { given: Fields; rest: string } {
  const { rest, ...contact } = extractContact(text);
  return { given: Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined && v !== '')) as Fields, rest };
}

/**
 * "江海 民建 没错": at the preview, the member's details said back as they stand, to confirm them.
 * 'confirmed' when a yes goes with them, 'same' when nothing else is said, null otherwise.
 */
export function restatesContact(fields: Fields, text: string): 'confirmed' | 'same' | null {
  const parts = text.split(/[\s，,。！!~～、]+/u).filter(Boolean);
  const digits = (value: string | undefined) => (value ?? '').replace(/\D/gu, '');
  const restated = (part: string) =>
    part === fields.name || (fields.sector !== undefined && readSector(part) === (readSector(fields.sector) ?? fields.sector)) || (digits(part).length >= 7 && digits(part) === digits(fields.phone));
  const yes = (part: string) => readYesNo(part) === 'yes' || /^(?:没错|对的?|是的|正确|没问题|对着呢)(?:的|了|哈|啊)?$/u.test(part);
  if (!parts.some(restated) || !parts.every((part) => restated(part) || yes(part))) return null;
  return parts.some(yes) ? 'confirmed' : 'same';
}
