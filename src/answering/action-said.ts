import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { termCredit, type Term } from './relevance.ts';

/** The action a member asks how to do, as a word of the text ("写" in "撰写提案", not in "写明"). */
export function saysAction(tokenizer: Pick<Tokenizer, 'tokens' | 'synonyms'>, action: Term, text: string, terms: Term[]): boolean {
  const words = new Set(tokenizer.tokens(text));
  return action.forms.some((form) => words.has(form)) || saysActionInLongerWord(tokenizer, action, text, terms);
}

/**
 * "咋看办理状态": a one-character verb said by a two-character one ending in it ("查看"), or by the
 * formal word it begins ("咋报" by "报送"), which its clause goes on to do to something the question
 * names; "应当" before other matters is no "当".
 */
function saysActionInLongerWord(tokenizer: Pick<Tokenizer, 'tokens' | 'synonyms'>, action: Term, text: string, terms: Term[]): boolean {
  const objects = terms.filter((t) => t.word !== action.word);
  return text.split(/[，,；;。]/u).some((clause) =>
    tokenizer.tokens(clause).some((word) => {
      if ([...word].length !== 2 || !action.forms.some((form) => [...form].length === 1 && (word.endsWith(form) || (word.startsWith(form) && tokenizer.synonyms(word).length > 1)))) return false;
      const rest = clause.slice(clause.indexOf(word) + word.length);
      return objects.some((t) => termCredit(t, rest) > 0);
    }),
  );
}
