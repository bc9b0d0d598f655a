import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { syllablesOf } from '../shared/sound-of.ts';

/**
 * "武汗市政协", "廓坊政协": a city of the knowledge base typed with one wrong character, as input
 * methods slip (the same sound, a similar shape). In a city's place (before 市, 县 or 政协), a name
 * of the same length that is one character off exactly one known city, and that the dictionary does
 * not hold as a word, is read as that city. A real place ("襄阳", "常州", one character off 常熟)
 * is a word of the dictionary and stays what it is, so the knowledge base still says it lacks it,
 * unless it sounds just as the city does.
 * A two-character city cut to its last character is read too (withFirstCharacterRestored).
 */
const CITY_PLACE = /^(?:市|县|政协)/u;

export function withCitiesSpelledRight(text: string, cities: readonly string[], tokenizer: Pick<Tokenizer, 'words' | 'namesAPlace'>): string {
  let out = text;
  for (const city of cities) {
    const length = city.length;
    for (let at = 0; at + length <= out.length; at++) {
      const said = out.slice(at, at + length);
      if (!/^\p{Script=Han}+$/u.test(said) || !CITY_PLACE.test(out.slice(at + length))) continue;
      if (cities.includes(said) || cities.filter((c) => oneCharacterOff(said, c)).join() !== city) continue;
      // Each character on its own: no word of the dictionary, no place it knows ("石堰", a word, yet
      // said just as 十堰 is: the input method's homophone).
      const aWord = tokenizer.namesAPlace(said) || tokenizer.words(said).length !== length;
      if (aWord && syllablesOf(said).join(' ') !== syllablesOf(city).join(' ')) continue;
      out = `${out.slice(0, at)}${city}${out.slice(at + length)}`;
    }
  }
  return withFirstCharacterRestored(out, cities);
}

/**
 * "堰政协去年…": a city whose first character was lost, opening the question or a clause in a city's
 * place. Read as the city only when it is the end of exactly one known city's name.
 */
function withFirstCharacterRestored(text: string, cities: readonly string[]): string {
  return text.replace(/(?<![\p{Script=Han}])(\p{Script=Han})(?=市|县|政协)/gu, (said) => {
    const owners = cities.filter((city) => city.length === 2 && city.endsWith(said));
    return owners.length === 1 ? owners[0]! : said;
  });
}

function oneCharacterOff(said: string, city: string): boolean {
  const a = [...said];
  const b = [...city];
  return a.length === b.length && a.filter((ch, i) => ch !== b[i]).length === 1;
}
