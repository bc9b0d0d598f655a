import type { DocumentMeta } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { Passage } from './types.ts';

/**
 * A figure is given only for the year asked. A report speaks of its work year unless a sentence
 * names another; so a passage fits a question naming a year when its document covers that year or
 * its text names it, and a sentence fits when it names the year, or names no year at all in a
 * document of that work year. Rules hold for any year.
 */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

export function passageFitsYears(passage: Passage, years: number[]): boolean {
  if (years.length === 0 || timeless(passage.doc)) return true;
  if (passage.doc.year !== undefined && years.includes(passage.doc.year)) return true;
  return yearsIn(`${passage.chunk.section} ${passage.chunk.text}`).some((y) => years.includes(y));
}

/**
 * A sentence under a heading that names a year ("2024年工作安排" in the report on 2023) speaks of
 * that year, not of the report's work year.
 */
export function sentenceFitsYears(sentence: string, doc: DocumentMeta, years: number[], section = ''): boolean {
  if (years.length === 0 || timeless(doc)) return true;
  const named = yearsIn(sentence);
  if (named.length > 0) return named.some((y) => years.includes(y));
  const headed = yearsIn(section);
  if (headed.length > 0) return headed.some((y) => years.includes(y));
  return doc.year !== undefined && years.includes(doc.year);
}

function timeless(doc: DocumentMeta): boolean {
  return doc.kind === 'rule';
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/**
 * "十堰市政协2024年的相关资料（知识库中是十堰市政协2023年的工作报告）": what was asked for and
 * what the knowledge base holds instead, for the decline.
 */
export function missingYearReason(kb: KnowledgeBase, year: number, cities: string[]): string {
  const place = cities.length > 0 ? `${cities.join('、')}市政协` : '';
  const held = [...kb.docs.values()]
    .filter((d) => d.kind === 'report' && d.year !== undefined && (cities.length === 0 || (d.city !== undefined && cities.includes(d.city))))
    .map((d) => d.year!);
  const years = [...new Set(held)].sort();
  const instead = years.length > 0 ? `（知识库中是${place}${years.join('、')}年的工作报告）` : '';
  return `${place}${year}年的相关资料${instead}`;
}

/** A year named that no report (of the cities named) covers as its work year, if any. */
export function uncoveredYear(kb: KnowledgeBase, years: number[], cities: string[]): number | undefined {
  const reports = [...kb.docs.values()].filter((d) => d.kind === 'report' && (cities.length === 0 || (d.city !== undefined && cities.includes(d.city))));
  return years.find((y) => !reports.some((d) => d.year === y));
}
