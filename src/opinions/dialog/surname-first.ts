import { isSurname } from '../../shared/surnames.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { isNameInFrame, isPersonName } from '../intake/person-name.ts';
import { describesSurname } from '../intake/said-surname.ts';

/**
 * Asked for the name, some members give the surname first and the given name in the next message:
 * "我姓汪 三点水的汪", then "丽萍". The surname is kept until the given name comes.
 */

const SURNAME_ALONE = /^(?:我|本人)?(?:免贵)?姓(\p{Script=Han})(?:[，,\s]+([^，,\s]{1,6}))?[。！!～~]*$/u;

/** The surname a message says and nothing else (its spelling may follow), or undefined. */
function surnameAlone(text: string): string | undefined {
  const said = SURNAME_ALONE.exec(text.trim());
  const surname = said?.[1];
  if (!surname || !isSurname(surname)) return undefined;
  return said[2] === undefined || describesSurname(said[2], `${surname}某`) ? surname : undefined;
}

/** "丽萍" after "我姓汪": the whole name; undefined when the message is no given name. */
function nameAfterSurname(surname: string, text: string): string | undefined {
  const given = /^(?:名字?(?:是|叫)?|叫)?(\p{Script=Han}{1,2})[。！!～~]*$/u.exec(text.trim())?.[1];
  // "好的", "可以": a yes is no given name.
  if (!given || readYesNo(given) !== null || /^(?:嗯|哦|啊|是|对|不|没|行|好)/u.test(given)) return undefined;
  const name = given.startsWith(surname) ? given : `${surname}${given}`;
  return isPersonName(name) || isNameInFrame(name) ? name : undefined;
}

/** Asked for the name: the surname said alone (to ask for the given name), or the whole name once it comes. */
export function surnameFirst(text: string, held: unknown): { surname: string; ask: string } | { name: string } | null {
  const surname = surnameAlone(text);
  if (surname) return { surname, ask: `好的，姓${surname}。请问名字是？` };
  const name = typeof held === 'string' ? nameAfterSurname(held, text) : undefined;
  return name ? { name } : null;
}
