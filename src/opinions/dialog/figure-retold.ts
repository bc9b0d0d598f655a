import type { OpinionFields } from '../types.ts';

/**
 * A figure of the story misremembered and told again with its measure: "……是70多人次 我记错了",
 * "困人次数写错了，是9回", "平均年龄写错了 是58岁 我打成48了", "不对，15台吧", "是862份，我打反了". Of the figures of the
 * draft with that measure, the one meant is the one the member names the old value of, or the one
 * whose words before it the member repeats (困人, 平均年龄); failing both, the one said last.
 */

type Fields = Partial<OpinionFields>;

const NUMBER = String.raw`\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+`;
// Longer measures first: 人次 before 人, 个月 before 个.
const MEASURE = '人次|个月|公里|千米|公斤|分钟|小时|万元|亿元|平方米|人|户|家|个|次|回|趟|遍|起|件|名|位|栋|幢|部|层|条|项|场|辆|台|所|座|处|张|间|只|头|亩|吨|斤|元|块|米|天|年|岁|倍|份|%';
export const FIGURE = new RegExp(`(${NUMBER})(多|余|来)?(${MEASURE})`, 'gu');
// ("问卷是862份，我打反了": two digits typed the wrong way round.)
const MISREMEMBERED = /记错|说错|搞错|写错|打错|弄错|不对|更正|[打写弄输]反了|颠倒了/u;
/** "我打成48了", "不是8回": the old value, said. */
const OLD_SAID = new RegExp(`(?:打成|写成|说成|记成|不是)\\s*(${NUMBER})`, 'u');

const TEXT_FIELDS = ['situation', 'suggestion'] as const;

interface Spot {
  key: (typeof TEXT_FIELDS)[number];
  found: string;
  number: string;
  before: string;
}

function spots(fields: Fields, measure: string, said: string): Spot[] {
  return TEXT_FIELDS.flatMap((key) => {
    const value = fields[key] ?? '';
    return [...value.matchAll(FIGURE)]
      .filter((m) => m[3] === measure && m[0] !== said)
      .map((m) => ({ key, found: m[0], number: m[1]!, before: /\p{Script=Han}{2}$/u.exec(value.slice(0, m.index))?.[0] ?? '' }));
  });
}

function meant(candidates: Spot[], text: string, oldSaid: string | undefined): Spot | undefined {
  if (oldSaid !== undefined) {
    const named = candidates.filter((spot) => spot.number === oldSaid);
    return named.length === 1 ? named[0] : undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const echoed = candidates.filter((spot) => spot.before && text.includes(spot.before));
  if (echoed.length === 1) return echoed[0];
  // Nothing tells them apart but the order: the figure said last, when it stands alone in its field.
  const last = candidates.at(-1)!;
  return echoed.length === 0 && candidates.filter((spot) => spot.key === last.key).length === 1 && last.key !== candidates[0]!.key ? last : undefined;
}

export function figureRetold(fields: Fields, text: string): Fields | null {
  if (!MISREMEMBERED.test(text)) return null;
  const oldSaid = OLD_SAID.exec(text)?.[1];
  const told = [...text.matchAll(FIGURE)].filter((m) => m[1] !== oldSaid);
  let next: Fields | null = null;
  for (const measure of new Set(told.map((m) => m[3]!))) {
    const same = told.filter((m) => m[3] === measure);
    if (same.length !== 1) continue;
    const said = same[0]![0];
    const spot = meant(spots(next ?? fields, measure, said), text, oldSaid);
    if (!spot) continue;
    const base: Fields = next ?? fields;
    const value = base[spot.key] ?? '';
    next = { ...base, [spot.key]: value.replace(`${spot.before}${spot.found}`, `${spot.before}${said}`) };
  }
  return next;
}
