/**
 * A name spelled out character by character, as members do on the phone: "弓长张 振兴的振 中华的华",
 * "耳东陈，晓得的晓，山峰的峰". It says how the name is written; it is never part of the story.
 */

/** How surnames are told apart by their parts: 弓长张, 立早章, 耳东陈, 木子李. */
const SURNAME_PARTS =
  /^(?:弓长|弯弓|立早|耳东|木子|口天|双木|文刀|古月|言午|禾呈|人可|三横|草头|双人|关耳|走肖|日羽|木易|子小|宝盖)(\p{Script=Han})$/u;
/** A character by a word that has it: 振兴的振, 中华的华, 是山峰的峰. */
const BY_A_WORD = /^(?:是)?(\p{Script=Han}{1,3})的(\p{Script=Han})(?:字)?$/u;

/** "欧阳是复姓", "复姓司马": a surname of two characters, said to be one. */
const COMPOUND = /^(?:\p{Script=Han}{2}(?:是|为)?复姓|复姓(?:是)?\p{Script=Han}{2})(?:哈|啊|的)?$/u;

/** "立早", "耳东", "欧阳是复姓": whether the text tells how a surname is written (章静（立早章）). */
export function spellsASurname(text: string): boolean {
  return SURNAME_PARTS.test(text) || COMPOUND.test(text);
}

function characterOf(clause: string): string | null {
  const parts = SURNAME_PARTS.exec(clause);
  if (parts) return parts[1]!;
  const word = BY_A_WORD.exec(clause);
  return word && word[1]!.includes(word[2]!) ? word[2]! : null;
}

/** The name the message spells out, or null when it is anything else. */
export function spelledName(text: string): string | null {
  const clauses = text.trim().replace(/[。！!～~]+$/u, '').split(/[\s，,、；;]+/u).filter(Boolean);
  if (clauses.length < 2 || clauses.length > 4) return null;
  const characters = clauses.map(characterOf);
  return characters.every((c): c is string => c !== null) ? characters.join('') : null;
}

/** A slip of voice input or of the keyboard, said before the name is put right. */
const SLIP = /输错|说错|写错|打错|听错|认错|不对|错了/u;

/**
 * "语音输错了，是弓长张，张伟": the reporter's surname told by its parts, with the name said again or
 * not ("名字写错了 是立早章"); the name as put right, or null.
 */
export function nameRespelled(name: string | undefined, text: string): string | null {
  if (!name || !SLIP.test(text)) return null;
  const clauses = text.trim().replace(/[。！!～~]+$/u, '').split(/[\s，,、；;]+/u).map((clause) => clause.replace(/^(?:是|应该是|我姓)/u, ''));
  const surname = clauses.map((clause) => SURNAME_PARTS.exec(clause)?.[1]).find(Boolean);
  if (!surname || name.startsWith(surname)) return null;
  const said = clauses.find((clause) => /^\p{Script=Han}{2,4}$/u.test(clause) && clause.startsWith(surname) && !SURNAME_PARTS.test(clause));
  return said ?? `${surname}${Array.from(name).slice(1).join('')}`;
}

/** "不是海洋 是海阳": part of a name, said wrong, then right. */
const PART_PUT_RIGHT = /不是(\p{Script=Han}{1,3})[，,\s]*(?:而)?是(\p{Script=Han}{1,3})(?=$|[，,。！!\s])/u;
/** "是张铭新", "应该叫刘海阳": the whole name said again. */
const WHOLE_SAID_AGAIN = /(?:^|[，,\s])(?:是|应该是|叫|应该叫)(\p{Script=Han}{2,4})(?=$|[，,。！!\s])/u;

/**
 * "名字打错了 不是海洋 是海阳 太阳的阳", "刚才名字打错了 是张铭新 金字旁的铭": the reporter's name put
 * right by the part said wrong, or said again whole with the same surname; null when it is not.
 */
export function namePutRight(name: string | undefined, text: string): string | null {
  if (!name) return null;
  const said = text.trim();
  const aboutTheName = /名字|姓名|名儿/u.test(said);
  const part = PART_PUT_RIGHT.exec(said);
  if (part && name.includes(part[1]!) && part[1]!.length === part[2]!.length && (aboutTheName || (SLIP.test(said) && part[1]!.length >= 2))) {
    return name.replace(part[1]!, part[2]!);
  }
  const whole = aboutTheName && SLIP.test(said) ? WHOLE_SAID_AGAIN.exec(said)?.[1] : undefined;
  return whole && whole !== name && whole.length === name.length && whole[0] === name[0] ? whole : null;
}
