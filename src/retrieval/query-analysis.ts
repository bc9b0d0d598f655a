import type { KnowledgeBase } from './knowledge-base.ts';

export interface QueryAnalysis {
  /** Normalized question text. */
  text: string;
  /** Cities the knowledge base knows and the question names, in order of mention. */
  cities: string[];
  /**
   * "我记得是许昌还是常熟": the member is unsure which city it was, so the cities are alternatives
   * to answer from, not a comparison to answer for each.
   */
  eitherCity: boolean;
  /** Places named as "X市政协" / "X县政协" that the knowledge base holds nothing about. */
  unknownPlaces: string[];
  years: number[];
  /** "怎么…", "如何…": the question asks for a procedure. */
  asksHow: boolean;
  /** Documents whose title the question names. */
  docIds: string[];
}

const PLACE_PATTERN = /([\p{Script=Han}]{2,4}?)(?:市|县|区)政协/gu;
const LEAD_PLACE = /^(?:咱们|我们|俺们|咱|俺)?(\p{Script=Han}{2,3}?)市?(?=(?:\d{2,4}|[一二三四五六七八九零〇]{2,4})年|去年|前年|今年|那边|那儿|那里|这边)/u;
const GENERIC_PLACES = new Set(['哪个', '哪些', '这个', '那个', '每个', '各个', '各级', '我们', '你们', '本地', '当地', '基层', '全国']);

export function analyzeQuery(text: string, kb: KnowledgeBase): QueryAnalysis {
  const known = kb.cities();
  const cities: string[] = [];
  let rest = text;
  for (const city of known) {
    if (rest.includes(city)) {
      cities.push(city);
      rest = rest.split(city).join(' ');
    }
  }
  cities.sort((a, b) => text.indexOf(a) - text.indexOf(b));

  const unknownPlaces: string[] = [];
  for (const match of rest.matchAll(PLACE_PATTERN)) {
    // "有个市政协作为…": some committee, not one named 有个.
    const place = match[1]!.replace(/^(在|请问|去年|今年|我们|你们|咱们|俺们|有一个|有个|某个|某|一个)/, '');
    // "有哪些市政协来过" asks which; "汉江流域城市政协" is a body the reports name, not a place they
    // lack (a real place, "北京市政协", stays unknown however often the reports mention it).
    // "……能不能当市政协的正式答复用": words of a question run into 市, no place.
    if (place.length < 2 || GENERIC_PLACES.has(place) || /[的和与及哪几啥我你他她咱]|什么|多少|能不能|可不可以|是不是|能否|可否|当作|作为|算是|给|跟/u.test(place)) continue;
    if (!kb.tokenizer.namesAPlace(place) && kb.mentions(match[0])) continue;
    // "…媒体报道了市政协几次": words run into 市政协 are no place; a place not in the dictionary is one word at least.
    if (!kb.tokenizer.namesAPlace(place) && kb.tokenizer.words(place).length > 1) continue;
    // "收到市政协发的通知": a verb run into 市政协 is no place either.
    if (!kb.tokenizer.namesAPlace(place) && !kb.tokenizer.namesAThing(place)) continue;
    unknownPlaces.push(place);
  }
  // "郑州政协": a place name right before 政协 without 市 (a province's committee is no city's);
  // "十堰…在湖北政协好新闻评奖里": nor is the province the named city's reports place it in ("湖北省").
  const words = kb.tokenizer.words(rest);
  const provinceOfCityNamed = (place: string) => cities.some((city) => kb.mentions(`${place}省`, city));
  // "《幸福家园…》在湖北政协好新闻里评了几等奖": with no city named, what the reports say the province's
  // committee gave or published ("许昌的报道在湖北政协好新闻…" names a city of another province).
  const reportsSpeakOf = (place: string) => {
    if (cities.length > 0) return false;
    const after = rest.slice(rest.indexOf(`${place}政协`) + place.length + 2).match(/^\p{Script=Han}{2,3}/u)?.[0];
    return after !== undefined && kb.mentions(`${place}省`) && kb.mentions(`政协${after}`);
  };
  words.forEach((word, i) => {
    const place = word.replace(/市$/u, '');
    // A single character ("堰政协") is a name cut short, not a place the member names.
    // ("…没轮上去北戴河😂 十堰政协组织…": a place ending one sentence is not the next one's 政协.)
    if (words[i + 1]?.startsWith('政协') && (rest.includes(`${word}政协`) || rest.includes(`${word}市政协`)) && [...place].length > 1 && !place.endsWith('省') && kb.tokenizer.namesAPlace(word) && !unknownPlaces.includes(place) && !provinceOfCityNamed(place) && !reportsSpeakOf(place)) unknownPlaces.push(place);
  });

  // "襄阳23年提案立案多少件": with no city of ours named, a place the reports never mention, opening
  // the question before its year or 那边, is the committee asked about.
  const opening = cities.length === 0 && unknownPlaces.length === 0 ? LEAD_PLACE.exec(rest.trim())?.[1] : undefined;
  if (opening && kb.tokenizer.namesAPlace(opening) && !kb.mentions(opening)) unknownPlaces.push(opening);

  // "SQMY-2026-0003": digits in a code name no year.
  // ("已经打了快2000字了": a count with its measure word is no year.)
  const years = [...text.matchAll(/(?<![\d\-A-Za-z])((?:19|20)\d{2})(?![\d\-])(?!\s*(?:多|余|来)?(?:字|元|万|人|个|篇|件|次|名|户|份|条|项|米|亩|吨|公里|平方))/gu)].map((m) => Number(m[1]));
  const docIds = [...kb.docs.values()]
    .filter((doc) => {
      const title = doc.title.replace(/[（(].*?[)）]/g, '');
      return title.length >= 4 && text.includes(title);
    })
    .map((doc) => doc.id);

  const either = cities.length === 2 && new RegExp(`(?:记得|好像|似乎|印象中|不知道|不确定|忘了)是?${cities[0]}(?:市|政协)*(?:还是|或者|或是)${cities[1]}`, 'u').test(text.replace(/\s+/gu, ''));
  return { text, cities, eitherCity: either, unknownPlaces, years, docIds, asksHow: /怎么|怎样|如何|流程|步骤|办理程序/.test(text) };
}
