import { isSurname, surnameOf } from '../../shared/surnames.ts';

/**
 * A surname corrected by how it is written or said: "三点水的汪", "耳东陈", "立早章，不是弓长张",
 * "是“萧”不是“肖”". A description ends with the character it describes, so the last surname of
 * the first clause that has one, once the "不是……" parts are dropped, is the one meant.
 */
export function readSaidSurname(text: string): string | undefined {
  for (const clause of withoutDenials(text).split(/[，,。；;\s]+/u)) {
    const surname = Array.from(clause).filter(isSurname).at(-1);
    if (surname) return surname;
  }
  return undefined;
}

/** "弓长张", "我是草头黄", "姓蒲": a clause that only says how the surname of `name` is written. */
export function describesSurname(clause: string, name: string): boolean {
  const surname = surnameOf(name);
  const said = clause.trim().replace(/^(?:我是|我姓|姓)/u, '');
  return surname !== undefined && clause.trim() !== name && /^\p{Script=Han}{1,6}$/u.test(said) && said.endsWith(surname);
}

/** The text without its "不是……" clauses: "是李明不是李敏" → "是李明". */
export function withoutDenials(text: string): string {
  return text.replace(/(?:而)?不是[^，,。；;\s]*/gu, '');
}

/** The name with its surname replaced: 王建明 + 汪 → 汪建明. */
export function withSurname(name: string, surname: string): string {
  const old = surnameOf(name) ?? Array.from(name)[0] ?? '';
  return `${surname}${name.slice(old.length)}`;
}

/** "桂花的桂", "健康的健": a clause that says how one character of `name` is written. */
function describesCharacter(clause: string, name: string): boolean {
  const said = /^\p{Script=Han}{1,4}的(\p{Script=Han})(?:字)?$/u.exec(clause.trim());
  return said?.[1] !== undefined && name.includes(said[1]);
}

/** The text without the clauses that only spell out `name` ("姓蒲", "耳东陈", "桂花的桂"). */
export function withoutNameSpelledOut(text: string, name: string): string {
  return text
    .replace(/(^|[，,。；;\s]+)([^，,。；;\s]+)(?=[，,。；;\s]|$)/gu, (all, _before: string, clause: string) =>
      describesSurname(clause, name) || describesCharacter(clause, name) ? '' : all,
    )
    .replace(/^[，,。；;\s]+/u, '');
}
