/**
 * Members give one 情况与问题 text; the 社情民意信息 layout has 基本情况 and 存在问题. The split is
 * deliberately simple and deterministic: sentences that name a problem go under 存在问题, the rest
 * under 基本情况, each keeping its paragraph and order. When either side would be empty the whole
 * text stays under 基本情况. No text is ever dropped or rewritten: staff edit the document anyway.
 */

const PROBLEM_WORDS = /问题|隐患|困难|不足|难|缺|短板|风险|矛盾|不便|无法|不能|不到位|滞后|薄弱|投诉/;

/** A sentence runs to its closing mark (and any closing quote or bracket after it). */
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*)?|[。！？!?；;]+[”’」』）)]*/g;

export interface SituationSections {
  /** Paragraphs for 基本情况; never empty when the text is not. */
  basic: string[];
  /** Paragraphs for 存在问题; empty when the text could not be split. */
  problems: string[];
}

export function splitSentences(paragraph: string): string[] {
  return paragraph.match(SENTENCE) ?? [];
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function splitSituation(text: string): SituationSections {
  const paragraphs = paragraphsOf(text);
  const basic: string[] = [];
  const problems: string[] = [];
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph);
    const plain = sentences.filter((sentence) => !PROBLEM_WORDS.test(sentence)).join('');
    const problem = sentences.filter((sentence) => PROBLEM_WORDS.test(sentence)).join('');
    if (plain) basic.push(plain);
    if (problem) problems.push(problem);
  }
  if (basic.length === 0 || problems.length === 0) return { basic: paragraphs, problems: [] };
  return { basic, problems };
}
