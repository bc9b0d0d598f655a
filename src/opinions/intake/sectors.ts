import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeMessage } from '../../shared/normalize-text.ts';

/**
 * The committee's 界别, read from knowledge/sectors.txt (canonical name, then aliases), and
 * finding the one a member names: "我是民盟的", "九三的委员", "教育界的", "无党派".
 */

export interface Sector {
  /** What is stored: 民盟, 九三学社, 教育. */
  name: string;
  /** Other ways members write it, canonical name included: 中国民主同盟, 民主同盟. */
  aliases: readonly string[];
}

/** The list shipped with the bot, next to the knowledge documents. */
export const SECTORS_FILE = fileURLToPath(new URL('../../../knowledge/sectors.txt', import.meta.url));

/** One sector a line: canonical name then aliases separated by spaces; `#` starts a comment line. */
export function parseSectors(text: string): Sector[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', ...aliases] = line.split(/\s+/).map((word) => normalizeMessage(word));
      return { name, aliases: [name, ...aliases.filter((alias) => alias !== name)] };
    });
}

export function loadSectors(file: string): Sector[] {
  return parseSectors(readFileSync(file, 'utf8'));
}

let bundled: Sector[] | undefined;

/** knowledge/sectors.txt as shipped, read once; an empty list when the file was removed. */
export function defaultSectors(): Sector[] {
  bundled ??= existsSync(SECTORS_FILE) ? loadSectors(SECTORS_FILE) : [];
  return bundled;
}

const HAN = /\p{Script=Han}/u;
/** What may stand before a sector name: 我是民盟, 属于民盟, 来自教育界, 十堰市民盟, 界别：民盟, 搞教育的, 从事经济, 那就写农工党. */
const MAY_PRECEDE = /[是的于自为属在个名位市区县省和与及、到搞干做事写填选]/u;
/** What may follow it: 民盟的, 民盟委员, 民建会员, 九三学社社员, 民盟十堰市委, 九三学社竹溪支社, 教育界, 工商联副主席, 侨联推荐, Wu 民进个 and Henan 民建嘞 (的), 教育口 (the line of work). */
const MAY_FOLLOW =
  /^(?:$|[^\p{Script=Han}]|的|界|委|人士|人|会员|成员|党员|盟员|社员|员|市|区|县|省|支部|总支|基层|和|与|及|、|执委|副主席|主席|副会长|会长|秘书长|推荐|[个嘞哩](?:$|[^\p{Script=Han}])|口(?:$|[^\p{Script=Han}]|的|嘞|委员)|[\p{Script=Han}]{0,8}?(?:市委|区委|县委|省委|委员会|委会|支部|支社|总支))/u;
/** "医卫界别": 别 closes a name written with 界. */
function follows(alias: string, rest: string): boolean {
  return MAY_FOLLOW.test(rest) || (alias.endsWith('界') && /^别(?:$|[^\p{Script=Han}]|的)/u.test(rest));
}

/** Running text names a sector only where the member introduces themself, or says where they moved ("我这届换到新闻出版界了"). */
const CUE_BEFORE = /(?:我是|我属于|属于|来自|界别|本人是|作为|身为|所在|我们|我[^，。,.；;！!？?\n]{0,4}(?:换到|调到|改到|转到|分到))[^，。,.；;！!？?\n]{0,8}$/u;
const CUE_AFTER = /^(?:界|口)?(?:的)?(?:政协|市政协|区政协)?(?:委员|界别)/u;
/** An answer this short (without punctuation and spaces) is about the sector as a whole. */
const SHORT_ANSWER = 16;

export interface SectorMention {
  /** The canonical name. */
  name: string;
  start: number;
  end: number;
}

const sortedAliases = new WeakMap<readonly Sector[], Array<{ alias: string; name: string }>>();

function aliasesLongestFirst(sectors: readonly Sector[]): Array<{ alias: string; name: string }> {
  let sorted = sortedAliases.get(sectors);
  if (!sorted) {
    sorted = sectors.flatMap(({ name, aliases }) => aliases.map((alias) => ({ alias, name }))).sort((a, b) => b.alias.length - a.alias.length);
    sortedAliases.set(sectors, sorted);
  }
  return sorted;
}

/** Every sector name in the text that stands as a word (民建 in 居民建议 does not), in reading order. */
export function sectorMentions(text: string, sectors: readonly Sector[]): SectorMention[] {
  const aliases = aliasesLongestFirst(sectors);
  const found: SectorMention[] = [];
  for (let at = 0; at < text.length; ) {
    const before = text.charAt(at - 1);
    const fits = at === 0 || !HAN.test(before) || MAY_PRECEDE.test(before);
    const hit = fits ? aliases.find(({ alias }) => text.startsWith(alias, at) && follows(alias, text.slice(at + alias.length))) : undefined;
    if (!hit) {
      at++;
      continue;
    }
    found.push({ name: hit.name, start: at, end: at + hit.alias.length });
    at += hit.alias.length;
  }
  return found;
}

/**
 * The sector whose name starts exactly at `at`, with where its name ends. `beforeName` allows a
 * name straight after it, as in a signature: 民盟徐丽.
 */
const LINE_OF_WORK = /^口(?:的|$|[，,\s])/u;

export function sectorAt(text: string, at: number, sectors: readonly Sector[], beforeName = false): SectorMention | null {
  const fits = (end: number, alias: string) => beforeName || follows(alias, text.slice(end));
  const hit = aliasesLongestFirst(sectors).find(({ alias }) => text.startsWith(alias, at) && fits(at + alias.length, alias));
  // "共青团界别": the 别 of 界别 belongs to the sector named; so does the 口 of "教育口的" (the education line).
  const close = hit ? text.slice(at + hit.alias.length) : '';
  const end = hit ? at + hit.alias.length + ((hit.alias.endsWith('界') && close.startsWith('别')) || (beforeName && LINE_OF_WORK.test(close)) ? 1 : 0) : 0;
  return hit ? { name: hit.name, start: at, end } : null;
}

/** Whether a mention in running text is the member introducing themself. */
export function isSelfIntroduction(text: string, mention: SectorMention): boolean {
  return CUE_BEFORE.test(text.slice(0, mention.start)) || CUE_AFTER.test(text.slice(mention.end));
}

/**
 * The canonical name of the sector the text names, or null. A short answer ("教育界的", "九三")
 * may name it anywhere; in a longer text only a self-introduction counts, so 经济 in
 * "经济发展很慢" or 教育 in a story about a school is not taken for the member's sector.
 */
export function matchSector(text: string, sectors: readonly Sector[]): string | null {
  const message = normalizeMessage(text).trim();
  const mentions = sectorMentions(message, sectors);
  const short = Array.from(message.replace(/[\s\p{P}]/gu, '')).length <= SHORT_ANSWER;
  const mention = short ? mentions[0] : mentions.find((m) => isSelfIntroduction(message, m));
  return mention?.name ?? null;
}

/** Words around a sector in an answer: 我是……的委员, 属于……. */
const ANSWER_WRAPPING =
  /^(?:我|本人)?(?:也|还)?(?:是|属于|来自|在)?(?:(?:省|市|区|县)?政协)?(?:委员|常委)?|(?:的)?(?:政协)?(?:委员)?(?:吧|啊|呀|哈)?$|^(?:所在)?界别(?:是|为)?[:：]?/gu;

/**
 * A sector not in the list that is plainly written as one ("港澳台侨界", "归侨侨眷界",
 * "新的社会阶层人士"): the words as written, else null. Accepted so a committee's own 界别
 * is not refused; staff can add it to knowledge/sectors.txt.
 */
export function looksLikeSectorName(text: string): string | null {
  const answer = normalizeMessage(text).trim().replace(/[\s。.！!，,]+$/u, '');
  const core = answer.replace(ANSWER_WRAPPING, '').replace(ANSWER_WRAPPING, '');
  if (!/^\p{Script=Han}{2,10}$/u.test(core)) return null;
  return /(?:界|党|学社|联合会|同盟|人士)$/u.test(core) ? core : null;
}

/** The canonical name when the words are exactly one of a sector's names ("社会科学界" → 社会科学), else them as written. */
export function canonicalSector(written: string, sectors: readonly Sector[]): string {
  return sectors.find(({ aliases }) => aliases.includes(written))?.name ?? written;
}

/** A sector the list knows (its canonical name), else one plainly written as a sector (港澳台侨界, as written). */
export function readSector(text: string, sectors: readonly Sector[] = defaultSectors()): string | null {
  return matchSector(text, sectors) ?? looksLikeSectorName(text);
}
