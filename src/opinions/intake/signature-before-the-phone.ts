import { isPersonName } from './person-name.ts';
import { sectorAt, type Sector } from './sectors.ts';
import type { Found } from './signature-clauses.ts';

/**
 * "…早高峰安排两个人在路口疏导民盟张湾支部的杨振华手机号一八六七…", "…区域公用品牌工商联的卢金山电话号码…":
 * voice input runs the signature into the story's last sentence; a sector, maybe its branch, then a
 * name, said straight before the phone's cue, are who reports it.
 */
const PHONE_CUE = /(?:手机号码?|手机|电话号码|联系电话|电话)(?=(?:是|为)?[:：]?\s*[\d一幺])/gu;
const BRANCH_AND_OF = /^(?:界别?)?(?:\p{Script=Han}{0,6}?(?:支部|总支|支社|基层委员会|小组))?(?:的)?(?:委员|会员)?$/u;
/** How far before the name its sector may begin: the longest name of a sector and its branch. */
const REACH = 16;

export function signatureBeforeThePhone(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = [];
  for (const cue of text.matchAll(PHONE_CUE)) {
    const size = [3, 2].find((n) => cue.index >= n && !text.slice(cue.index - n, cue.index).includes('的') && isPersonName(text.slice(cue.index - n, cue.index)));
    if (size === undefined) continue;
    const nameStart = cue.index - size;
    for (let at = Math.max(0, nameStart - REACH); at < nameStart; at++) {
      const sector = sectorAt(text, at, sectors, true);
      if (!sector || sector.end > nameStart || !BRANCH_AND_OF.test(text.slice(sector.end, nameStart))) continue;
      found.push({ start: at, end: cue.index, name: text.slice(nameStart, cue.index), sector: sector.name });
      break;
    }
  }
  return found;
}
