import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { termCredit, type Term } from './relevance.ts';

/**
 * "被采用了有没有奖励", "开会有没有补贴": the member asks whether a thing exists. The rest of the
 * question only sets the scene; a sentence that holds the scene but never names the thing (a rule
 * on what "不予采用" means) does not answer, however much of the question it covers.
 */
const HAS_OR_NOT = /有没有(?:啥|什么|个|点)?/gu;

/** Stop before words that turn the clause into something else ("有没有破百万" asks of a figure). */
const CLAUSE_END = /[，,。？?；;！!\s]|或者|或是|还是|能|吗|呢|啊|呀/u;

/**
 * "请假有没有什么要求": a rule is a requirement whether or not it says the word, so these ask of the
 * rules in general rather than of a thing that may not exist.
 */
const RULE_WORDS = new Set('要求 规定 限制 条件 规矩 讲究 说法 办法 流程 程序 标准 手续 注意事项 讲法'.split(' '));

/** The thing whose existence is asked, as one of the question's terms, if the question asks so. */
export function thingAskedToExist(question: string, terms: Term[], tokenizer: Pick<Tokenizer, 'words'>): Term | undefined {
  for (const match of question.matchAll(HAS_OR_NOT)) {
    const rest = question.slice(match.index + match[0].length);
    const end = rest.search(CLAUSE_END);
    const clause = end < 0 ? rest : rest.slice(0, end);
    // "有没有不用手机号的绑法": the thing is the noun the 的-phrase describes.
    const object = clause.slice(clause.lastIndexOf('的') + 1);
    const first = tokenizer.words(object)[0];
    // A one-character word after 有没有 is a verb ("有没有破百万", "有没有说"), not a thing.
    if (!first || [...first].length < 2 || RULE_WORDS.has(first)) continue;
    const term = terms.find((t) => t.word === first);
    if (term) return term;
  }
  return undefined;
}

/** Whether the sentence (with its headings) names the thing asked about, in any of its forms. */
export function namesThingAsked(thing: Term | undefined, text: string): boolean {
  return !thing || termCredit(thing, text) > 0;
}
