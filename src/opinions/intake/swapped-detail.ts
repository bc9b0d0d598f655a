import type { OpinionFields } from '../types.ts';
import { readPersonName } from './person-name.ts';
import { readSector, type Sector } from './sectors.ts';

/**
 * "是民进不是民建", "不是民革，是民建", "电话后面是6254不是6245", "是欧阳明 不是欧明": a detail of
 * the draft said wrong, named by its wrong value, and the right one. Only a wrong value the draft
 * holds (or a sector beside a sector) makes it a correction: "不是不想署名，是怕麻烦" changes nothing.
 */

/** The field put right, its right value, and the words that said so. */
export interface SwappedDetail {
  field: 'sector' | 'name' | 'phone';
  value: string;
  said: string;
}

const PIECE = String.raw`([^\s，,。；;！!？?、]{2,12}?)`;
const RIGHT_THEN_WRONG = new RegExp(String.raw`(?:应该是|应为|是)\s*${PIECE}\s*[，,]?\s*(?:而)?不是\s*${PIECE}(?=$|[\s，,。；;！!？?、]|的|那个)`, 'u');
const WRONG_THEN_RIGHT = new RegExp(String.raw`不是\s*${PIECE}\s*(?:的)?\s*[，,]?\s*(?:而)?(?:应该是|应为|是)\s*${PIECE}(?=$|[\s，,。；;！!？?、]|的|那个)`, 'u');

export function swappedDetail(message: string, sectors: readonly Sector[], current: Partial<OpinionFields>): SwappedDetail | null {
  for (const [pattern, wrongAt, rightAt] of [[RIGHT_THEN_WRONG, 2, 1], [WRONG_THEN_RIGHT, 1, 2]] as const) {
    const said = pattern.exec(message);
    if (!said) continue;
    const wrong = said[wrongAt]!.replace(/的$/u, '');
    const right = said[rightAt]!.replace(/的$/u, '');
    const detail = detailPutRight(wrong, right, sectors, current);
    if (detail) return { ...detail, said: said[0] };
  }
  return null;
}

function detailPutRight(wrong: string, right: string, sectors: readonly Sector[], current: Partial<OpinionFields>): Omit<SwappedDetail, 'said'> | null {
  const sector = readSector(right, sectors);
  if (sector && (readSector(wrong, sectors) !== null || wrong === current.sector)) return { field: 'sector', value: sector };
  if (current.name && wrong === current.name && readPersonName(right) === right) return { field: 'name', value: right };
  // "后面是6254不是6245": the digits said wrong, in the number the draft holds.
  const [wrongDigits, rightDigits] = [wrong, right].map((piece) => /^(?:尾号|后四位|后面)?(\d{3,11})(?:号)?$/u.exec(piece)?.[1]);
  if (current.phone && wrongDigits && rightDigits) {
    if (rightDigits.length === 11) return { field: 'phone', value: rightDigits };
    const at = current.phone.lastIndexOf(wrongDigits);
    if (at >= 0 && rightDigits.length === wrongDigits.length) return { field: 'phone', value: `${current.phone.slice(0, at)}${rightDigits}${current.phone.slice(at + wrongDigits.length)}` };
  }
  return null;
}
