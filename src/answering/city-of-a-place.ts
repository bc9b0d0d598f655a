import type { Tokenizer } from '../retrieval/tokenizer.ts';

/**
 * "霸州的委员 问下我们市政协…", "武昌这边的委员问一哈 市政协前年…": a member who names only their
 * district or county asks about its city's committee. With no city of ours named, where the member
 * is from is read as the city; a place said otherwise keeps its name, the city said before it. With
 * the city named ("长葛的 问下许昌编的那本…"), where in it the member is from says nothing more.
 * Places of two cities leave the question as it is.
 */
const FROM_THERE = /^(?:区|县|市)?(?:这边|那边|这里|那里)?(?:的)?(?:委员|人)?(?:哈|啊|呀|哦)?(?=[\s，,。]|问|想问|请问)/u;

export function withTheCityOfAPlace(text: string, cities: readonly string[], tokenizer: Pick<Tokenizer, 'placesIn'>): string {
  const places = tokenizer.placesIn(text);
  const named = new Set(places.map(({ city }) => city));
  const city = places[0]?.city;
  if (named.size !== 1 || !city || !cities.includes(city)) return text;
  const { place } = places[0]!;
  const at = text.indexOf(place);
  const from = FROM_THERE.exec(text.slice(at + place.length));
  const rest = from ? text.slice(at + place.length + from[0].length) : undefined;
  if (text.includes(city)) return rest !== undefined && at === 0 ? rest.replace(/^[\s，,。]+/u, '') : text;
  if (cities.some((other) => text.includes(other))) return text;
  return rest !== undefined ? `${text.slice(0, at)}${city}，${rest}` : `${text.slice(0, at)}${city}${text.slice(at)}`;
}
