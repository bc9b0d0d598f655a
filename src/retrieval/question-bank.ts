import { existsSync, readFileSync } from 'node:fs';
import type { Tokenizer } from './tokenizer.ts';

/**
 * How members ask what a sentence of the rules answers (`knowledge/rule-questions.txt`), as an
 * office's FAQ lists them: questions are matched against them, and the nearest are offered when one
 * is declined (answering/near-questions.ts). A block names its sentence by a piece of it copied word
 * for word ("> 会议取消后，该会议的回执不再统计"), then one question a line. A block headed
 * "> （规程未作规定）" lists what members ask that no rule says.
 */
/** A sentence's piece and the questions it answers. */
export interface AskedAbout {
  anchor: string;
  asks: readonly string[];
}

export interface QuestionBank {
  entries: readonly AskedAbout[];
  /** Questions members ask that no rule answers ("回执截止一般定在开会前几天"): declined, not guessed at. */
  unsaid: readonly string[];
}

/** The anchor of the block listing what the rules leave open. */
export const UNSAID = '（规程未作规定）';

export const NO_QUESTIONS: QuestionBank = { entries: [], unsaid: [] };

/** Parses the file; a missing file means no bank. */
export function loadQuestionBank(file: string | undefined): QuestionBank {
  if (!file || !existsSync(file)) return NO_QUESTIONS;
  return parseQuestionBank(readFileSync(file, 'utf8'));
}

export function parseQuestionBank(text: string): QuestionBank {
  const entries: Array<{ anchor: string; asks: string[] }> = [];
  let current: { anchor: string; asks: string[] } | undefined;
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const anchor = /^[>＞]\s*(.+)$/u.exec(line)?.[1]?.trim();
    if (anchor) entries.push((current = { anchor, asks: [] }));
    else current?.asks.push(line);
  }
  return { entries: entries.filter((e) => e.asks.length > 0 && e.anchor !== UNSAID), unsaid: entries.filter((e) => e.anchor === UNSAID).flatMap((e) => e.asks) };
}

/** One way of asking a sentence (named by its anchor), with its content words weighted by how much each says. */
export interface AskPrint {
  anchor: string;
  text: string;
  words: ReadonlyArray<{ forms: readonly string[]; weight: number }>;
}

/** The words of a way of asking, in the forms a question's terms are read in. */
export function askPrint(anchor: string, text: string, tokenizer: Pick<Tokenizer, 'rephrase' | 'words' | 'synonyms' | 'informativeness'>): AskPrint {
  const seen = new Set<string>();
  const words: Array<{ forms: readonly string[]; weight: number }> = [];
  for (const word of tokenizer.words(tokenizer.rephrase(text))) {
    if (seen.has(word)) continue;
    seen.add(word);
    words.push({ forms: tokenizer.synonyms(word), weight: tokenizer.informativeness(word) * ([...word].length === 1 ? 0.4 : 1) });
  }
  return { anchor, text, words };
}

/** The bank's entries whose sentence the text (a passage of the rules) holds. */
export function askedIn(bank: QuestionBank, text: string): AskedAbout[] {
  return bank.entries.filter((e) => text.includes(e.anchor));
}
