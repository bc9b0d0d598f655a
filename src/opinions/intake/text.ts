/** Small text helpers shared by the offline reading of an opinion message; all pure. */

/** Characters as members count them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export { clauses } from '../../shared/clauses.ts';

const SEPARATOR = /[\s，,；;、|｜]/;

/** Trims the separators members put between fields on one line (a loop: a regex would be quadratic). */
export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text.charAt(start))) start++;
  while (end > start && SEPARATOR.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Words that end a place: 路口, 小区, 村 … (longer first so 交叉口 wins over 路). */
export const PLACE_WORD =
  /交叉口|路口|门口|门前|小区|社区|街道|公园|广场|小学|中学|学校|幼儿园|医院|车站|地铁站|市场|商场|园区|景区|附近|周边|一带|沿线|辖区|河|湖|江|桥|路|街|巷|村|镇|乡|县|区/g;
