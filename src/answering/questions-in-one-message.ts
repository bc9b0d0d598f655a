import { ASKS as ASKS_SOMETHING, ASKS_HOW_MANY } from './question-words.ts';
import type { Answer, Citation } from './types.ts';

/**
 * Two questions sent in one message ("…形成了几篇调研报告？另外十堰电池产业一年产值多少"): when the
 * message as a whole finds no answer, each is answered on its own, and the member is told which
 * one the knowledge base does not answer.
 */

/** Where a second question starts: after a question mark, or at "另外", "还有", "顺便问一下". */
const SECOND_QUESTION = /(?<=[？?])|[，,。；;\s]*(?=(?:另外|还有就是|还有个|还想问|再问一下|顺便问一下|顺便问下|顺带问一下)[，,\s]?)/u;

/** Words asking something on their own. */
const ASKS = new RegExp(`${ASKS_SOMETHING.source}|怎么|如何|咋`, 'u');

/** A year as the reports write it. */
const A_YEAR = /(?:19|20)\d{2}年/u;

/** Least characters of a part that asks on its own (not "武汉呢？"). */
const OWN_QUESTION = 10;

/** The questions of a message that asks several, each with the place and year it said; else []. */
export function questionsInOneMessage(text: string, cities: readonly string[]): string[] {
  const marked = text
    .split(SECOND_QUESTION)
    .map((part) => part.replace(/^[，,。；;\s]*(?:另外|还有就是|还有个|还想问|再问一下|顺便问一下|顺便问下|顺带问一下)?[，,\s]*/u, '').trim())
    .filter(Boolean);
  const parts = marked.length > 1 ? marked : questionPerCity(text, cities);
  if (parts.length < 2 || !parts.every((part) => ASKS.test(part) && (part.match(/\p{Script=Han}/gu)?.length ?? 0) >= OWN_QUESTION)) return [];
  // A part naming no city or year asks of those the message named before it.
  let place = '';
  let year = '';
  return parts.map((part) => {
    const named = cities.filter((city) => part.includes(city));
    const years = part.match(A_YEAR)?.[0];
    const read = `${named.length === 0 ? place : ''}${years === undefined ? year : ''}${part}`;
    if (named.length > 0) place = named.join('、');
    if (years !== undefined) year = years;
    return read;
  });
}

/**
 * "头一回写社情民意 心里没底 想先看看人家咋弄 许昌政协24年社情民意一共收了多少篇": a figure of the
 * one city named, asked after the member's own scene, which names none; else undefined.
 */
export function fromTheCitysAsk(text: string, cities: readonly string[]): string | undefined {
  const named = cities.filter((city) => text.includes(city));
  if (named.length !== 1) return undefined;
  // The ask after the city's first mention ("想看看市里一年总共写多少篇…就是23年十堰报告里…是多少篇").
  const first = text.indexOf(named[0]!);
  const ask = text.slice(first).search(ASKS_HOW_MANY);
  if (ask < 0) return undefined;
  const at = text.lastIndexOf(named[0]!, first + ask);
  const pause = text.slice(0, at).search(/[，,。；;！!？?\s][^，,。；;！!？?\s]*$/u) + 1;
  // "我们小区老人多…先看看别人的做法十堰那边…装了多少部": by voice, with no pause, the city starts the ask.
  const start = pause <= 0 && /[我俺咱]/u.test(text.slice(0, at)) && at >= 8 ? at : pause;
  const rest = text.slice(start);
  if (start <= 0 || text.slice(0, start).includes(named[0]!) || !ASKS_HOW_MANY.test(rest) || (rest.match(/\p{Script=Han}/gu)?.length ?? 0) < OWN_QUESTION) return undefined;
  return rest.trim();
}

/** What the reports count in, as a member counts them too. */
const COUNTED_IN = '篇|件|次|个|人|场|期|项|家';
/** A figure the member states as known: "是78篇我知道", "廊坊是59次". */
const FIGURE_KNOWN = new RegExp(`\\d+(?:\\.\\d+)?\\s*(${COUNTED_IN}|万元|亿元|%)`, 'u');
/** The count asked: "几篇", "多少次". */
const COUNT_ASKED = new RegExp(`(?:几|多少)(?:${COUNTED_IN})?`, 'u');

/**
 * "廊坊23年征集社情民意是78篇我知道，十堰同一年委员写了几篇？": the figure the member knows, checked,
 * and the other city's, in the year the known one was of; else [].
 */
export function aFigureKnownAndOneAsked(text: string, cities: readonly string[]): string[] {
  const clauses = text.split(/(?<=[，,。；;！!\s])/u);
  const at = clauses.findIndex((clause) => ASKS.test(clause));
  if (at < 1) return [];
  const known = clauses.slice(0, at).join('');
  const asked = clauses.slice(at).join('').trim();
  const knownCity = cities.find((city) => known.includes(city));
  const askedCity = cities.find((city) => asked.includes(city));
  const figure = FIGURE_KNOWN.exec(known);
  if (!figure || !knownCity || !askedCity || askedCity === knownCity || cities.some((city) => city !== knownCity && known.includes(city))) return [];
  const year = known.match(A_YEAR)?.[0] ?? '';
  // What was counted, which the ask often names no more ("十堰同一年委员写了几篇").
  const counted = known
    .replace(knownCity, '')
    .replace(year, '')
    .replace(new RegExp(`(?:是|有|为)?${FIGURE_KNOWN.source}`, 'u'), '')
    .replace(/我(?:都|也)?(?:知道|晓得|了解|查到)|没错|对吧|是吧|[^\p{Script=Han}\d]/gu, '')
    .replace(/^(?:征集|提交|报送|撰写|收到|收集|办理|完成|开展|组织|召开|编发|形成|呈送)|了$/gu, '');
  const rest = asked.replace(askedCity, '').replace(/同一年|同年|那一年|那年|也是那年/u, '');
  const measure = COUNT_ASKED.exec(rest);
  const withCounted = measure && !rest.includes(counted) ? `${rest.slice(0, measure.index + measure[0].length)}${counted}${rest.slice(measure.index + measure[0].length)}` : rest;
  const askedYear = A_YEAR.test(rest) ? '' : year;
  return [`${knownCity}${year}${counted}多少${figure[1]}`, `${askedCity}${askedYear}${withCounted}`];
}

/**
 * The member's own talk after an ask ("我是农工党的", "都半个月了🙄", "…交的到现在还显示已提交": the day
 * is read away before this), and what narrows the ask instead ("不是民生类的那个").
 */
const MEMBERS_TALK = /^(?:我是|俺是|都|已经|到现在|现在还|上周|上个月|昨天|前天|这都)|到现在还|至今还|还显示|了[啊呀吧哈]?[\p{Extended_Pictographic}\ufe0f]*$/u;
const NARROWS = /我是说|我说的是|我问的是|我指的是|不是|不光|不只|不要|只要|总数|一共|还是|到底|能不能|可不可以|行不行|[吗？?]/u;

/**
 * "社情民意交上去以后一般几天有人受理啊 我是农工党的 上周五交的到现在还显示已提交": what the member
 * says after the last clause asking; the message up to that clause, else undefined.
 */
export function uptoTheLastAsk(text: string, cities: readonly string[]): string | undefined {
  if (cities.some((city) => text.includes(city))) return undefined;
  const clauses = text.split(/(?<=[\s，,])/u);
  const last = clauses.map((clause) => ASKS.test(clause)).lastIndexOf(true);
  if (last < 0 || last === clauses.length - 1) return undefined;
  // Only the member's own talk ("我是农工党的", "都半个月了🙄"), never what narrows the ask ("不是民生类的那个").
  if (!clauses.slice(last + 1).every((clause) => MEMBERS_TALK.test(clause.trim()) && !NARROWS.test(clause))) return undefined;
  const upto = clauses.slice(0, last + 1).join('').replace(/[\s，,]+$/u, '');
  return (upto.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 ? upto : undefined;
}

/** What the member will use the figure for: "明天座谈会要引用", "介个数儿我写材料要用". */
const PURPOSE = /(?:要|想|准备|得|好)(?:引用|用|参考|学学?|对比|汇报)|写材料|做材料|写稿|写报告|座谈会|发言稿|^(?:介|这)个数儿?/u;

/**
 * "十堰2023年提案立案是260件左右？明天座谈会要引用，…", "廊坊…请示报告了多少回啊 介个数儿我写材料要用":
 * a city's question, then only what the member wants the figure for; the question alone, else undefined.
 */
export function beforeThePurposeSaid(text: string, cities: readonly string[]): string | undefined {
  const clauses = text.split(/(?<=[\s，,。？?！!])/u);
  const last = clauses.map((clause) => ASKS.test(clause) || /[？?]\s*$/u.test(clause)).lastIndexOf(true);
  if (last < 0 || last === clauses.length - 1) return undefined;
  const asked = clauses.slice(0, last + 1).join('').trim();
  const after = clauses.slice(last + 1);
  if (!cities.some((city) => asked.includes(city)) || !after.some((clause) => PURPOSE.test(clause))) return undefined;
  // (Only talk: no other city, year, count or question in it.)
  if (after.some((clause) => cities.some((city) => clause.includes(city)) || /\d|[吗？?]|多少|几[^乎]/u.test(clause))) return undefined;
  return asked;
}

/**
 * "许昌民生类提案占比是多少，武汉党派团体交的提案占总数多少，我比较下": a clause naming a city starts a
 * question of its own when each city's clause asks its own figure.
 */
function questionPerCity(text: string, cities: readonly string[]): string[] {
  const parts: string[] = [];
  for (const clause of text.split(/(?<=[，,；;])/u)) {
    if (parts.length === 0 || cities.some((city) => clause.includes(city))) parts.push(clause);
    else parts[parts.length - 1] += clause;
  }
  const askingOfACity = parts.filter((part) => ASKS.test(part) && cities.some((city) => part.includes(city)));
  return askingOfACity.length > 1 && askingOfACity.length === parts.length ? parts.map((part) => part.replace(/[，,；;\s]+$/u, '')) : [];
}

/** Two places named together: "武汉跟许昌", "十堰和宜昌", "廊坊、常熟". */
const TWO_PLACES = /(\p{Script=Han}{2,3}?)市?(?:和|跟|与|及|同|、)(\p{Script=Han}{2,3}?)市?(?:两地|两市|两个(?:市|城市|地方)?)?(?=(?:\d{2,4}|[一二三四五六七八九零〇]{2,4})年|前年|去年|今年|的|政协|那边|[各都分])/u;
/** The ask as of each place: "各收了多少篇", "分别是多少". */
const OF_EACH = /各自|分别|各(?=\p{Script=Han})/u;

/**
 * "武汉跟许昌前年社情民意各收了多少篇啊 我在写个材料要对比一下", "十堰和宜昌二〇二三年提案立案各多少件": one
 * question asked of each place named together, one of ours at least, asked once per place without
 * the member's talk after it; else [].
 */
export function questionPerPlace(text: string, cities: readonly string[], namesAPlace: (word: string) => boolean): string[] {
  const pair = TWO_PLACES.exec(text);
  if (!pair || !OF_EACH.test(text.slice(pair.index))) return [];
  const isPlace = (word: string) => cities.includes(word) || namesAPlace(word);
  // "麻烦查一下十堰和宜昌…": the first place is the end of what runs into it.
  const first = [pair[1]!.slice(-2), pair[1]!].find(isPlace);
  const places = [first ?? '', pair[2]!];
  if (places[0] === places[1] || !places.some((place) => cities.includes(place)) || !places.every(isPlace)) return [];
  const start = pair.index + pair[1]!.length - places[0]!.length;
  const clauses = text.slice(start).split(/(?<=[，,。；;！!？?\s])/u);
  const ask = clauses.findIndex((clause) => ASKS.test(clause));
  if (ask < 0) return [];
  const asked = clauses.slice(0, ask + 1).join('').replace(/[，,。；;！!\s啊呀呢吧哈嘛]+$/u, '').split(OF_EACH).join('');
  const after = asked.slice(pair.index + pair[0].length - start);
  return places.map((place) => `${place}${after}`);
}

/** One answer for the parts: those answered, renumbered in order, then what none answered. */
export function answerForEach(parts: string[], answers: Answer[], cities: readonly string[]): Answer {
  // Parts about different cities say which city each answer is of.
  const named = parts.map((part) => cities.filter((city) => part.includes(city)).join('、'));
  const label = (i: number) => (new Set(named).size > 1 && named[i] && !answers[i]!.text.startsWith(named[i]!) ? `${named[i]}：` : '');
  const citations: Citation[] = [];
  const texts: string[] = [];
  const missing: string[] = [];
  answers.forEach((answer, i) => {
    if (!answer.answered) {
      missing.push(parts[i]!.replace(/[？?。！!\s]+$/u, ''));
      return;
    }
    const offset = citations.length;
    citations.push(...answer.citations.map((c) => ({ ...c, n: c.n + offset })));
    texts.push(label(i) + answer.text.replace(/\[(\d+)\]/gu, (_, n: string) => `[${Number(n) + offset}]`));
  });
  const notes = missing.map((part) => `关于“${part}”，知识库中没有找到相关内容。`);
  return { text: [...texts, ...notes].join('\n'), answered: true, citations, via: answers.find((a) => a.answered)!.via };
}
