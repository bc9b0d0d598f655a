import { isSurname } from '../../shared/surnames.ts';
import { isFormOfAddress } from './person-name.ts';
import { sectorAt, type Sector } from './sectors.ts';

/**
 * Who the member is, said in the story without the full name ("我老黄，科技界的", "我是小刘，
 * 民盟的", "我姓雷，雷声的雷"): the full name comes later or is asked for. Such an introduction
 * is no part of the story, and a sector said in it is kept.
 */

export interface PartialIntroduction {
  start: number;
  end: number;
  sector?: string;
}

const CLAUSE_START = String.raw`(?<=^|[，,。；;！!？?\s])`;
const CLAUSE_END = /^(?:$|[，,。；;！!？?\s])/u;
/** 我老黄, 我是小刘, 本人老周: the member by the surname colleagues call them by. */
const CALLED = new RegExp(`${CLAUSE_START}(?:我是|我|本人)([老小阿]\\p{Script=Han})`, 'gu');
/** 我姓雷, then maybe how it is written: 雷声的雷, 弓长张. */
const SURNAME_ONLY = new RegExp(`${CLAUSE_START}(?:我|本人)姓(\\p{Script=Han})(?:[，,\\s]*\\p{Script=Han}{1,3}?的?\\1字?)?(?=$|[，,。；;！!？?\\s])`, 'gu');

/** "，科技界的", "民盟的委员": a sector said right after, closing its clause; where it ends. */
function sectorClosing(text: string, at: number, sectors: readonly Sector[]): { sector: string; end: number } | null {
  const lead = /^[，,\s]*(?:是|系)?/u.exec(text.slice(at))?.[0].length ?? 0;
  const hit = sectorAt(text, at + lead, sectors);
  if (!hit) return null;
  const close = /^(?:界)?(?:的)?(?:政协)?(?:委员|常委)?/u.exec(text.slice(hit.end))?.[0].length ?? 0;
  return CLAUSE_END.test(text.slice(hit.end + close)) ? { sector: hit.name, end: hit.end + close } : null;
}

/** "我是民建的老张": the length of what colleagues call the member, right at `at`, or 0. */
export function calledAt(text: string, at: number): number {
  const called = /^(?:的)?(\p{Script=Han}{2,3})(?=$|[，,。！!\s])/u.exec(text.slice(at));
  return called && isFormOfAddress(called[1]!) ? called[0].length : 0;
}

export function partialIntroductions(text: string, sectors: readonly Sector[]): PartialIntroduction[] {
  const found: PartialIntroduction[] = [];
  for (const match of text.matchAll(CALLED)) {
    // Only with the sector beside it: 我老家, 我小时候 are no introduction.
    const said = isFormOfAddress(match[1]!) ? sectorClosing(text, match.index + match[0].length, sectors) : null;
    if (said) found.push({ start: match.index, end: said.end, sector: said.sector });
  }
  for (const match of text.matchAll(SURNAME_ONLY)) {
    if (isSurname(match[1]!)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
