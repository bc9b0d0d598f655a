import { sectorMentions, type Sector } from './sectors.ts';

/**
 * "原来是共青团界别的，这届换到新闻出版界了", "界别写的农业界是上一届的，这届我是无党派人士": the
 * registry may still hold last term's sector; the one said for this term is the member's now.
 */
const THEN = /原来|以前|之前|过去|上一?届|上个?任期/u;
const NOW = /这一?届|本届|新一届|现在|今年/gu;
/** "名单可能还没改过来": a remark about the registry, no part of the story. */
const REGISTRY_LAGS = /[，,]?[^，,。！!？?\n]{0,6}(?:名单|系统|登记)[^，,。！!？?\n]{0,4}还没(?:改|更新|调整|变)(?:过来)?[^，,。！!？?\n]{0,3}/u;

export interface SectorChange {
  sector: string;
  /** The words that said it, to be cut from the story. */
  start: number;
  end: number;
}

export function changedSector(text: string, sectors: readonly Sector[]): SectorChange | null {
  const mentions = sectorMentions(text, sectors);
  for (const now of text.matchAll(NOW)) {
    const before = text.slice(Math.max(0, now.index - 30), now.index);
    if (!THEN.test(before)) continue;
    const after = mentions.find((m) => m.start >= now.index && m.start - now.index <= 12);
    const earlier = mentions.filter((m) => m.end <= now.index && now.index - m.start <= 30);
    if (!after || earlier.length === 0 || earlier.some((m) => m.name === after.name)) continue;
    const start = clauseStart(text, Math.min(earlier[0]!.start, now.index - before.length + before.search(THEN)));
    let end = clauseEnd(text, after.end);
    const lag = REGISTRY_LAGS.exec(text.slice(end));
    if (lag && lag.index <= 1) end += lag.index + lag[0].length;
    return { sector: after.name, start, end };
  }
  return null;
}

/** Where the clause holding `at` starts, with the comma before it, so no stray comma is left. */
function clauseStart(text: string, at: number): number {
  const cut = Math.max(...['，', ',', '。', '！', '!', '\n', '；'].map((mark) => text.lastIndexOf(mark, at - 1)));
  return cut >= 0 && /[，,]/u.test(text.charAt(cut)) ? cut : cut + 1;
}

function clauseEnd(text: string, at: number): number {
  const next = /[，,。！!？?\n；]/u.exec(text.slice(at));
  return next ? at + next.index : text.length;
}
