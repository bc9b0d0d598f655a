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

/** "武当山那个市", "虞山脚下那个县级市", "北三县归它管的那个市": a city told by a place in it. */
const THE_CITY_OF_IT = /^[^，,。？?！!\s]{0,6}?(?:的)?(?:那个|这个|那座|这座)(?:县级|地级)?(?:市|城市)/u;

/**
 * "武当山那个市的政协…", "胖东来老家那个市 政协前年…": the city named for the place that tells it, the
 * place itself being no part of what is asked. Read before the question's fillers (那个) are dropped.
 */
export function withTheCityDescribed(text: string, cities: readonly string[], tokenizer: Pick<Tokenizer, 'placesIn'>): string {
  if (cities.some((city) => text.includes(city))) return text;
  const places = tokenizer.placesIn(text);
  for (const { place, city } of places) {
    const at = text.indexOf(place);
    const described = THE_CITY_OF_IT.exec(text.slice(at + place.length));
    if (!described || !cities.includes(city)) continue;
    // "三河大厂香河这北三县归它管的那个市": the places listed before it tell the same city.
    let from = at;
    for (let before = -1; before !== from; ) {
      before = from;
      const lead = text.slice(0, from).replace(/[这那和、跟及与]$/u, '');
      const listed = places.find((other) => other.city === city && lead.endsWith(other.place));
      if (listed) from = lead.length - listed.place.length;
    }
    return `${text.slice(0, from)}${city}${text.slice(at + place.length + described[0].length)}`;
  }
  return text;
}
