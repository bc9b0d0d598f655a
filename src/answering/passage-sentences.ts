import { splitSentences } from '../knowledge/chunker.ts';
import { withBylinesJoined } from '../shared/byline.ts';
import { introducesList, isListItem, summarizeList } from './enumeration.ts';
import type { Passage } from './types.ts';

/**
 * The sentences of a passage as answers: what a report or rule says in one breath, whatever its
 * punctuation, and nothing that only names a heading or quotes an example question.
 */
export function passageSentences(passage: Passage, wantsList: boolean): string[] {
  // Lines are paragraphs or list items: a sentence never spans two of them.
  const lines = withBylinesJoined(passage.chunk.text.split('\n'));
  return lines.flatMap((line, l) => {
    const own = withContinuationsJoined(splitSentences(line), passage.doc.kind === 'rule');
    const last = own[own.length - 1];
    // A list's intro stands for the whole list, summarized by its item names.
    const list = last && introducesList(last) ? summarizeList(last, lines.slice(l + 1)) : null;
    if (list) return [...own.slice(0, -1), list];
    // "有哪些…" is answered by the intro's summary, not by one item of the list.
    return isListItem(line) && wantsList ? [] : own;
  });
}

/**
 * "例如先回复“参加”、后回复“请假”的，以请假为准": an example answers only with the rule it
 * illustrates. In a rule, clauses joined by "；" are one provision ("会议变更后，原来的回执继续有效；
 * 因变更不能参会的，……改回复“请假”"); in a report they are separate items of the year's work.
 */
function withContinuationsJoined(sentences: string[], rule: boolean): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    if (previous !== undefined && (/^(?:例如|比如|譬如)/u.test(sentence.trim()) || (rule && /[；;]\s*$/u.test(previous)))) out[out.length - 1] += sentence;
    else out.push(sentence);
  }
  return out;
}

/** A lead phrase repeating the heading ("扎实开展主题教育。") names the topic, it does not answer. */
export function isHeadingEcho(sentence: string, section: string): boolean {
  const bare = sentence.trim().replace(/[。！？；!?;]+$/u, '');
  return bare.length > 0 && bare.length <= 20 && section.includes(bare);
}

/** An example question quoted in a sentence ("例如“提案怎么写？”") is not what the sentence says. */
export function withoutQuotedQuestions(sentence: string): string {
  return sentence.replace(/[“"「][^”"」]*[？?][”"」]/gu, ' ');
}

/** Whether `earlier` comes right before `later` in one paragraph of the text (one article of a rule). */
export function inOneParagraph(text: string, earlier: string, later: string): boolean {
  const at = text.indexOf(later.trim());
  const from = text.lastIndexOf(earlier.trim(), at);
  return at > 0 && from >= 0 && !text.slice(from, at).includes('\n');
}

/**
 * "（二）“修改 <字段> <内容>”：…" is one of the commands its intro ("填写社情民意信息的过程中，可以随时
 * 使用以下命令：") speaks of: the intro line before a list item, or '' for any other sentence.
 */
export function listIntro(text: string, sentence: string): string {
  if (!isListItem(sentence)) return '';
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(sentence.trim()));
  for (let l = at - 1; l >= 0; l--) {
    if (introducesList(lines[l]!)) return lines[l]!;
    if (lines[l]!.trim() !== '' && !isListItem(lines[l]!)) return '';
  }
  return '';
}
