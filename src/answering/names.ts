import { NOT_IN_NAMES } from '../retrieval/tokenizer.ts';
import { surnameOf } from '../shared/surnames.ts';
import type { Term } from './relevance.ts';

/**
 * Names the reports put in quotes or title marks ("“知地情·爱常熟”读书分享会", "《政协往事》"),
 * as members say them: without the marks, and often knowing only part of the name.
 */

const QUOTED = /[“"「《]([^”"」》]{2,40})[”"」》]/gu;

/** "问品牌叫什么": a name is asked for. */
export function asksName(question: string): boolean {
  return /叫什么|什么名|名字|名称|称号|品牌是什么/u.test(question);
}

export function quotedNames(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1]!);
}

/** The name as said aloud: letters and digits only ("知地情·爱常熟" → "知地情爱常熟"). */
function spoken(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Words of the question that spell out, unquoted, a name the sentence quotes: jieba splits such a
 * name at random ("常熟知地情爱常熟" → 常|熟知|地|情爱|常熟), so its words count as said when the
 * sentence holds the name. `words` are the question's words with their offsets in `question`.
 */
export function wordsSpellingNames(sentence: string, question: string, words: Array<{ word: string; at: number }>): string[] {
  const spelled: string[] = [];
  for (const name of quotedNames(sentence)) {
    const said = spoken(name);
    if ([...said].length < 4) continue;
    for (let at = question.indexOf(said); at >= 0; at = question.indexOf(said, at + 1)) {
      const end = at + said.length;
      for (const w of words) if (w.at < end && w.at + w.word.length > at) spelled.push(w.word);
    }
  }
  return spelled;
}

/** Where each word stands in the text it was cut from (words are cut in order). */
export function wordOffsets(text: string, words: string[]): Array<{ word: string; at: number }> {
  const lower = text.toLowerCase();
  const out: Array<{ word: string; at: number }> = [];
  let from = 0;
  for (const word of words) {
    const at = lower.indexOf(word, from);
    if (at < 0) continue;
    out.push({ word, at });
    from = at + word.length;
  }
  return out;
}

/**
 * Whether the sentence quotes a name holding one of the question's words and more ("悦读虞城·书香政协"
 * for "书香政协的品牌叫什么"): the name the member asks for. A quote that is just the word names the
 * thing asked about and gives no name.
 */
export function quotesFullerName(sentence: string, terms: Term[]): boolean {
  return quotedNames(sentence).some((name) => terms.some((t) => t.forms.some((f) => [...f].length >= 2 && name.includes(f) && name !== f)));
}

/**
 * "品牌全称叫啥？悦读什么来着": the member remembers how the name begins. Whether the sentence
 * quotes a name beginning with the two to four characters said right before 什么/啥.
 */
export function quotesNameBegun(sentence: string, question: string): boolean {
  const begun = [...question.matchAll(/(\p{Script=Han}{2,4})(?:什么|啥)/gu)].map((m) => m[1]!);
  if (begun.length === 0) return false;
  const names = quotedNames(sentence).map(spoken);
  return begun.some((run) => [4, 3, 2].some((n) => n <= [...run].length && names.some((name) => name.startsWith([...run].slice(-n).join('')))));
}

/** A title someone holds ("主席", "副市长"). */
const ROLE = /副?(?:主席|书记|主任|秘书长|部长|市长|县长|区长|院长|校长|局长)/u;

/** The title whose holder a "who" question asks for ("十堰市政协主席叫什么" → 主席), if it names one. */
export function roleAsked(question: string): string | undefined {
  return ROLE.exec(question)?.[0];
}

/**
 * Whether the sentence names the title asked as held in the body asked about: "台盟中央主席苏辉"
 * does not answer "十堰市政协主席叫什么", nor a 副主席 "主席是谁". A title with no body before it
 * ("市委副书记、市长王永辉") is the one asked; "市政协" and "政协" are one body.
 */
export function holdsRoleAsked(sentence: string, role: string, question: string, words: (text: string) => string[]): boolean {
  const asking = question.slice(0, question.indexOf(role));
  const said = words(asking).map(sameBody);
  // "哪位书记批示的": no body asked, so a name right before the title ("李国勇书记") is its holder.
  const anyBody = /(?:哪位|哪个|哪一位|什么|啥)$/u.test(asking.trim());
  for (let at = sentence.indexOf(role); at >= 0; at = sentence.indexOf(role, at + 1)) {
    if (!role.startsWith('副') && sentence[at - 1] === '副') continue;
    const lead = sentence.slice(0, at);
    if (lead === '' || /[，,、。；;：:\s]$/u.test(lead)) return true;
    const body = words(lead).at(-1);
    if (body !== undefined && said.includes(sameBody(body))) return true;
    const name = NAME_BEFORE_TITLE.exec(lead)?.[1];
    if (anyBody && name !== undefined && surnameOf(name) !== undefined && !NOT_IN_NAMES.test(name)) return true;
  }
  return false;
}

/** A name opening its clause right before a title ("，李国勇书记"); jieba cuts such names into characters. */
const NAME_BEFORE_TITLE = /(?:^|[，,、。；;：:\s])(\p{Script=Han}{2,3})$/u;

function sameBody(word: string): string {
  return word === '市政协' ? '政协' : word;
}
