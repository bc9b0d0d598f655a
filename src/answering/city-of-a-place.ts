import type { Tokenizer } from '../retrieval/tokenizer.ts';

/**
 * "霸州的委员 问下我们市政协…", "武昌这边的委员问一哈 市政协前年…": a member who names only their
 * district or county asks about its city's committee. With no city of ours named, where the member
 * is from is read as the city; a place said otherwise keeps its name, the city said before it.
 * Places of two cities leave the question as it is.
 */
const FROM_THERE = /^(?:区|县|市)?(?:这边|那边|这里|那里)?(?:的)?(?:委员|人)?(?:哈|啊|呀|哦)?(?=[\s，,。]|问|想问|请问)/u;

export function withTheCityOfAPlace(text: string, cities: readonly string[], tokenizer: Pick<Tokenizer, 'words' | 'cityOfPlace'>): string {
  const places = tokenizer.words(text).filter((word) => tokenizer.cityOfPlace(word) !== undefined);
  // "长葛的 问下许昌编的那本…": the city is named; where in it the member is from says nothing more.
  if (cities.some((city) => text.includes(city))) return withoutWhereFrom(text, places, cities, tokenizer);
  const named = new Set(places.map((place) => tokenizer.cityOfPlace(place)!));
  const city = [...named][0];
  if (named.size !== 1 || !city || !cities.includes(city)) return text;
  const place = places[0]!;
  const at = text.indexOf(place);
  const from = FROM_THERE.exec(text.slice(at + place.length));
  return from ? `${text.slice(0, at)}${city}，${text.slice(at + place.length + from[0].length)}` : `${text.slice(0, at)}${city}${text.slice(at)}`;
}

function withoutWhereFrom(text: string, places: string[], cities: readonly string[], tokenizer: Pick<Tokenizer, 'cityOfPlace'>): string {
  const place = places[0];
  if (!place || !cities.some((city) => city === tokenizer.cityOfPlace(place) && text.includes(city))) return text;
  const at = text.indexOf(place);
  const from = FROM_THERE.exec(text.slice(at + place.length));
  return from && at === 0 ? text.slice(place.length + from[0].length).replace(/^[\s，,。]+/u, '') : text;
}
