import type { Term } from './relevance.ts';

/**
 * "廊坊的小微协商和常熟的基层协商议事活动，各搞了多少回": each city is asked about its own words.
 * The question is cut where a city is named; the words up to the next city are that city's. A part
 * that only joins two cities ("十堰和武汉都搞一线协商") makes what follows said of both.
 */
export function termsForCity(question: string, cities: readonly string[], city: string, terms: Term[]): Term[] {
  const split = partsOf(question, cities, city);
  if (!split) return terms;
  const mine = terms.filter((t) => split.own.includes(t.word) || !split.anyone.includes(t.word));
  return mine.length > 0 ? mine : terms;
}

/** The words said of one city ("许昌的文史资料出到第几辑了"), or undefined when one city is asked about. */
export function partForCity(question: string, cities: readonly string[], city: string): string | undefined {
  return partsOf(question, cities, city)?.own;
}

function partsOf(question: string, cities: readonly string[], city: string): { own: string; anyone: string } | undefined {
  const mentions = cities
    .flatMap((name) => [...question.matchAll(new RegExp(name, 'gu'))].map((m) => ({ name, at: m.index })))
    .sort((a, b) => a.at - b.at);
  if (new Set(mentions.map((m) => m.name)).size < 2) return undefined;
  const parts = mentions.map((m, i) => ({ name: m.name, text: question.slice(m.at + m.name.length, mentions[i + 1]?.at ?? question.length), shared: false }));
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    // ("十堰23年跟常熟24年比": each city with its own year.)
    if (next && /^(?:(?:19|20)\d{2}年)?(?:市)?(?:政协)?(?:的)?(?:(?:19|20)\d{2}年)?(?:的)?[和与跟及、]?$/u.test(part.text)) next.shared = true;
    // "常熟的民生类提案比武汉多": what is compared is said of the city before 比, and is the other's too.
    if (next && /比(?:起)?$/u.test(part.text)) part.shared = true;
  });
  const lead = question.slice(0, mentions[0]?.at ?? 0);
  const own = [lead, ...parts.filter((p) => p.name === city || p.shared).map((p) => p.text)].join('，');
  const anyone = [lead, ...parts.map((p) => p.text)].join('，');
  return { own, anyone };
}
