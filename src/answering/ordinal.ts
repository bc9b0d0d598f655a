import { splitSentences } from '../knowledge/chunker.ts';
import type { Chunk, DocumentMeta } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { buildCitations } from './compose.ts';
import { introducesList, isListItem } from './enumeration.ts';
import { coverage, type Term } from './relevance.ts';
import type { Answer, Passage } from './types.ts';
import { passageFitsYears } from './year-fit.ts';

/**
 * "武汉那份报告第二大块讲的是啥", "工作安排第一条是坚持以啥": the question names a place in the
 * order of a report's parts, which no sentence says. It is answered from the report's structure:
 * the parts under a heading, or the paragraphs a line announces ("全面做到四个“深刻把握”:").
 */

export interface OrdinalAsk {
  /** 1-based; -1 for the last. */
  n: number;
  /** The measure word asked with ("条", "大块"), to answer in the member's words. */
  unit: string;
  /** A count the member states ("那四个深刻把握"): a list of another length is another list. */
  count?: number;
}

const NUMBER = '一二三四五六七八九十';
const ORDINAL = /(?:第([一二三四五六七八九十\d]{1,3})|头一|最后一)(大块|大部分|部分|板块|方面|大项|个|条|项|块|点|段)/u;
/** The ordinal must be what is asked: "第一条是坚持以啥", not "第一个提出的是哪个市". */
const ASKED_AFTER = /^[^，,。？?！!]{0,6}(?:什么|啥|哪)/u;
const COUNT = /([两二三四五六七八九十])(?:个|条|项|大|方面|部分)/u;
/** Least share of the question the list's heading and the item must hold. */
const MIN_LIST_COVERAGE = 0.3;

export function ordinalAsked(text: string): OrdinalAsk | undefined {
  const m = ORDINAL.exec(text);
  if (!m || !ASKED_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  const n = m[1] ? toNumber(m[1]) : m[0].startsWith('头') ? 1 : -1;
  const stated = COUNT.exec(text.slice(0, m.index));
  return { n, unit: m[2]!, count: stated ? toNumber(stated[1]!) : undefined };
}

/** The question without its ordinal ("第二大块"), whose words no passage holds. */
export function withoutOrdinal(text: string): string {
  return ordinalAsked(text) ? text.replace(ORDINAL, ' ') : text;
}

interface Item {
  text: string;
  chunk: Chunk;
}

interface ItemList {
  /** The heading path (or announcing line) the items stand under. */
  context: string;
  items: Item[];
  depth: number;
}

/** The asked item of the best-fitting list of the passages' documents, or undefined. */
export function answerOrdinal(kb: KnowledgeBase, ask: OrdinalAsk, terms: Term[], passages: Passage[], years: number[]): Answer | undefined {
  const docs = [...new Set(passages.map((p) => p.doc))].slice(0, 3);
  let best: { list: ItemList; item: Item; doc: DocumentMeta; score: number } | undefined;
  for (const doc of docs) {
    for (const list of listsOf(kb.chunksOf(doc.id))) {
      if (ask.count !== undefined && list.items.length !== ask.count) continue;
      // A heading with one part under it ("展望 › 2024年履职关键词") wraps a list; it is none.
      if (list.items.length < 2) continue;
      const item = ask.n === -1 ? list.items.at(-1) : list.items[ask.n - 1];
      if (!item || !passageFitsYears({ chunk: item.chunk, doc, score: 0 }, years)) continue;
      // The title and heading say which list; the item itself may hold the words asked ("第一条是坚持以啥").
      const score = coverage(terms, `${doc.title} ${list.context} ${item.text}`);
      if (score < MIN_LIST_COVERAGE) continue;
      // Of equal fits, the report's own parts before the parts of a part.
      if (!best || score > best.score || (score === best.score && list.depth < best.list.depth)) best = { list, item, doc, score };
    }
  }
  if (!best) return undefined;
  const { list, item, doc } = best;
  const used = passages.find((p) => p.chunk.id === item.chunk.id) ?? { chunk: item.chunk, doc, score: 0 };
  const name = (list.context.split(' › ').at(-1) || doc.title).replace(/[：:]\s*$/u, '');
  const place = ask.n === -1 ? `最后一${ask.unit}` : `第${toChinese(ask.n)}${ask.unit}`;
  const text = `${name}共${list.items.length}${ask.unit}，${place}是：${item.text.replace(/[。；;，,]$/u, '')}。[1]`;
  return { text, answered: true, citations: buildCitations([used], passages), via: 'extractive' };
}

/** The lists a document's structure holds: the parts under each heading, and announced paragraphs. */
function listsOf(chunks: Chunk[]): ItemList[] {
  const byParent = new Map<string, ItemList>();
  const lists: ItemList[] = [];
  for (const chunk of chunks) {
    const path = chunk.section ? chunk.section.split(' › ') : [];
    path.forEach((heading, depth) => {
      const parent = path.slice(0, depth).join(' › ');
      let list = byParent.get(parent);
      if (!list) byParent.set(parent, (list = { context: parent, items: [], depth }));
      if (!list.items.some((i) => i.text === bare(heading))) list.items.push({ text: bare(heading), chunk });
    });
  }
  lists.push(...byParent.values());
  // A section's lines, across its chunks, with the chunk each comes from.
  const lines = chunks.flatMap((chunk) => chunk.text.split('\n').filter((l) => l.trim()).map((line) => ({ line: line.trim(), chunk })));
  lines.forEach(({ line, chunk }, i) => {
    if (!introducesList(line)) return;
    const announced = COUNT.exec(line);
    const limit = announced ? toNumber(announced[1]!) : Infinity;
    const items: Item[] = [];
    const numbered = isListItem(lines[i + 1]?.line ?? '');
    for (const next of lines.slice(i + 1)) {
      if (items.length >= limit || next.chunk.section !== chunk.section || introducesList(next.line) || isListItem(next.line) !== numbered) break;
      items.push({ text: bare(splitSentences(next.line)[0] ?? next.line), chunk: next.chunk });
    }
    if (items.length >= 2) lists.push({ context: `${chunk.section} › ${line}`, items, depth: chunk.section.split(' › ').length });
  });
  return lists;
}

/** An item without its number ("(一)坚持以…" → "坚持以…"). */
function bare(text: string): string {
  return text.replace(/^[（(][一二三四五六七八九十\d]+[)）]\s*|^[一二三四五六七八九十]+、\s*|^\d+[.、]\s*/u, '').trim();
}

function toNumber(numeral: string): number {
  if (/^\d+$/u.test(numeral)) return Number(numeral);
  if (numeral === '两') return 2;
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const digit = (c: string | undefined) => NUMBER.indexOf(c ?? '') + 1;
  return numeral.includes('十') ? (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0) : digit(ones);
}

function toChinese(n: number): string {
  if (n <= 10) return NUMBER[n - 1]!;
  if (n < 20) return `十${NUMBER[n - 11] ?? ''}`;
  return String(n);
}
