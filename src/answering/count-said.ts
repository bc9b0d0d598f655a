/**
 * "那11篇得了批示的社情民意都是些啥题目": the member says a count and asks what the things counted
 * are. The sentence giving that count ("市领导批示11篇") only repeats what the member said; it answers
 * when it names the things too (a title the member did not say, a list), never with the figure alone.
 */
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|[两二三四五六七八九十百千]+)[余多]?`;
const UNIT = '名|人次|人|位|次|场|个|家|项|篇|条|件|期|部|本|册|批|份';

/** A count said, not asked ("哪三个", "第几期") nor set as a condition ("次数是3次的有哪几项"). */
const SAID = new RegExp(String.raw`(?<![哪几第\d两二三四五六七八九十百千.]|是|为|等于)${NUMBER}(?:${UNIT})`, 'gu');

const ASKS_WHAT = /啥|什么|哪些|哪几|哪个|哪一/u;
const ASKS_COUNT = /多少|(?<!哪)几/u;

/** The counts the member said, when the question asks what or which rather than how many. */
export function countsSaid(question: string): string[] {
  if (!ASKS_WHAT.test(question) || ASKS_COUNT.test(question)) return [];
  return [...question.matchAll(SAID)].map((m) => m[0]);
}

const QUOTED = /[《“"「]([^》”"」]{2,})[》”"」]/gu;
const LIST = /[^、，,。；;]{2,}、[^、，,。；;]{2,}、/u;
const CLAUSE_MARK = /[，,；;。]/gu;
const FIGURE = /\d|[一二两三四五六七八九十百千万]+[\p{Script=Han}]/u;

/**
 * The clause giving the count and, when it has no figure of its own, the one after ("…52期,编发
 * 《议政与建言》13期" goes on to another count). A comma inside a quoted title ends no clause.
 */
function clausesOfCount(sentence: string, count: string): string | undefined {
  const found = new RegExp(`(?<![\\d.])${count.replace('.', '\\.')}`, 'u').exec(sentence);
  if (!found) return undefined;
  const masked = sentence.replace(QUOTED, (quote) => quote.replace(CLAUSE_MARK, '·'));
  const ends = [...masked.matchAll(CLAUSE_MARK)].map((m) => m.index);
  const start = (ends.filter((i) => i < found.index).at(-1) ?? -1) + 1;
  const [end = sentence.length, nextEnd = sentence.length] = ends.filter((i) => i >= found.index + count.length);
  const next = sentence.slice(end + 1, nextEnd);
  return FIGURE.test(next) ? sentence.slice(start, end) : sentence.slice(start, nextEnd);
}

/** Whether the sentence gives a count the member said without naming what was counted. */
export function onlyRepeatsACount(sentence: string, said: string[], question: string): boolean {
  const around = said.map((count) => clausesOfCount(sentence, count)).filter((text) => text !== undefined);
  if (around.length === 0) return false;
  const names = (text: string) => LIST.test(text) || [...text.matchAll(QUOTED)].some((m) => !question.includes(m[1]!));
  return !around.some(names);
}
