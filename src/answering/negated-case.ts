import type { Tokenizer } from '../retrieval/tokenizer.ts';

/**
 * "没绑定聊天账号的委员，开会通知还能收到吗", "不会弄微信绑定": the member's case is a thing not done. The provision for
 * that case ("尚未绑定聊天账号的委员……由工作人员另行电话通知") answers it, over one on the opposite
 * case that holds the same words ("绑定后，才能在私聊中收到会议通知").
 */

/** What the provision for the case gains over one merely holding the question's words. */
export const NEGATED_CASE_BONUS = 0.25;

const SAID_NOT = /(?:没有|没|未|尚未|还没有|还没|还未|不曾|从未)$/u;
/** "不会弄微信绑定", "搞不来绑定": not able to do it leaves it not done (the thing done to may stand between). */
const CANNOT = /(?:不会|不太会|不懂|弄不来|搞不来|不知道怎么)(?:弄|搞|用|做|操作)?\p{Script=Han}{0,3}$/u;

/** The verbs the question says were not done ("没绑定" → 绑定), in all their forms. */
export function verbsNegated(question: string, tokenizer: Pick<Tokenizer, 'words' | 'synonyms'>): string[][] {
  const negated: string[][] = [];
  let from = 0;
  for (const word of tokenizer.words(question)) {
    const at = question.indexOf(word, from);
    if (at < 0) continue;
    from = at + word.length;
    if ([...word].length >= 2 && (SAID_NOT.test(question.slice(Math.max(0, at - 3), at)) || CANNOT.test(question.slice(Math.max(0, at - 9), at)))) negated.push(tokenizer.synonyms(word));
  }
  return negated;
}

/** Whether the sentence speaks of one of those verbs not done ("尚未绑定", "未经绑定", "没有绑定"). */
export function speaksOfTheCaseNotDone(sentence: string, negated: string[][]): boolean {
  return negated.some((forms) => forms.some((verb) => new RegExp(`(?:没有?|未经?|不)${verb}`, 'u').test(sentence)));
}

/** A provision for something that failed or was not done ("绑定不成功的", "尚未提交的"). */
const FOR_A_FAILURE = /(?:不成功|未成功|失败|出错)的/u;
/** The member's words for something going wrong ("不成功", "提示不对", "绑不上"). */
const SAYS_IT_FAILED = /不成功|没成功|未成功|失败|不对|不行|不上|不了|出错|报错|错误|不一致|没反应/u;

/**
 * "怎么把微信跟名册绑定": how it is done, which the provision for when it fails ("绑定不成功的，…")
 * does not answer unless the member says it went wrong.
 */
export function forAFailureNotSaid(sentence: string, question: string): boolean {
  return FOR_A_FAILURE.test(sentence) && !SAYS_IT_FAILED.test(question);
}

/** "有没有不用手机号的绑法", "不通过微信能报吗": the means the member wants to do without. */
const WITHOUT = /(?:不用|不通过|不靠|不经过|不需要)(\p{Script=Han}{2,5}?)(?=的|也|还|能|可以|怎么|咋)/gu;

export function meansSetAside(question: string): string[] {
  return [...question.matchAll(WITHOUT)].map((m) => m[1]!);
}

/** The question's terms without the means it would do without: no answer need hold them. */
export function withoutMeansSetAside<T extends { word: string }>(terms: T[], question: string): T[] {
  const setAside = meansSetAside(question);
  return terms.filter((term) => !setAside.includes(term.word));
}

/** Whether the sentence does it by the means the member asks to do without ("…手机号后四位核对一致后，完成绑定"). */
export function usesTheMeansSetAside(sentence: string, question: string): boolean {
  return meansSetAside(question).some((means) => sentence.includes(means));
}
