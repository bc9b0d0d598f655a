import { isPersonName } from './person-name.ts';
import { sectorAt, type Sector } from './sectors.ts';
import { PART_SEPARATOR, readPart, type Found } from './signature-clauses.ts';

/**
 * A report sent in by a party's or a sector's body names it, and often the member who wrote it:
 * "九三学社十堰市委会医卫支社 报送", "受民进市委会文化支部委托报送", "（民进市委会 孙丽 报送）",
 * "（本信息由民建常熟市委员会 沈佳琪 提供）".
 */

const FROM_BODY = /(?<=^|\n)[ \t]*[（(]?(?:(?:报送单位|报送)[ \t:：]+([^\n（）()]{2,24}?)|(?:受)?([^\n：:，,。（）()]{2,24}?)[ \t]*(?:委托)?报送)[）)]?[ \t]*(?=$|\n)/gu;
const SOURCE_NOTE = /[（(]?\s*本(?:信息|条信息|材料|文)由\s*([^（）()\n]{2,30}?)\s*(?:提供|报送|撰写|反映)[）)]?/gu;
/** "……共享车位以上是民革贾云龙的意见": whose the words above are, said where they end. */
const CLOSING_NOTE = /以上(?:是|为|系|就是)\s*([^，,。；;！!？?\n]{2,16}?)(?:的|之)?(?:意见|建议|反映|想法|看法)(?:和建议)?[。！!]?/gu;

export function bodiesReportingIt(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(FROM_BODY)) {
    const at = match.index + match[0].indexOf((match[1] ?? match[2])!);
    const hit = sectorAt(text, at, sectors, true);
    // "（民进市委会 孙丽 报送）": the member who signs it, after the body.
    const name = hit ? (match[1] ?? match[2])!.split(PART_SEPARATOR).slice(1).find((part) => isPersonName(part)) : undefined;
    if (hit) found.push({ start: match.index, end: match.index + match[0].length, sector: hit.name, ...(name && { name }) });
  }
  // "（本信息由民建常熟市委员会 沈佳琪 提供）", "以上是民革贾云龙的意见": who the note says it comes from.
  for (const match of [...text.matchAll(SOURCE_NOTE), ...text.matchAll(CLOSING_NOTE)]) {
    const parts = (match[1] ?? '').split(PART_SEPARATOR).filter(Boolean).map((part) => readPart(part, sectors));
    if (parts.some((part) => part === null)) continue;
    const name = parts.find((part) => part?.name)?.name;
    const sector = parts.find((part) => part?.sector)?.sector;
    if (name) found.push({ start: match.index, end: match.index + match[0].length, name, ...(sector && { sector }) });
  }
  return found;
}
