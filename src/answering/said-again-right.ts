/**
 * What a member takes back and says again right within one question: a year, a word, a city, the
 * question itself or the thing it asks about ("…多少件集体提案，哦不对，不是集体提案，我要问的是大会发言…").
 */

/** A year as said: "24年", "2024年", "二〇二四年", "去年", "前年". */
const A_YEAR = '((?:(?:19|20)?\\d{2}|[一二][〇零○一二三四五六七八九]{1,3})年|大前年|前年|去年|今年)';

/**
 * "常熟市政协23年 哦不对 是24年，立案提案多少件", "…多少件就是正式立上的那种": a word taken back and
 * said again right counts as said right; a closing "就是…的那种" only says again what is asked.
 */
export function saidAgainRight(text: string): string {
  return wordSaidAgainRight(text)
    // ("去年……不对是前年": voice input's trailing dots are the pause.)
    .replace(new RegExp(`${A_YEAR}[\\s，,。…\\.]*(?:哦|噢|啊|呃)?[\\s，,…\\.]*(?:不对|说错了|打错了)[\\s，,。…\\.]*(?:是|应该是)?${A_YEAR}`, 'gu'), '$2')
    .replace(/[\s，,]*就是[^，,。？?\s]{1,12}的那种[啊呀哈吧]?(?=[？?。！!]*$)/u, '');
}

/** "打错了 是加装电梯": a slip owned up to, then the word meant. */
const SLIP_PUT_RIGHT = /[\s，,。…\.]*(?:哦|噢|啊|呃|哎)?[\s，,]*(?:打错了|说错了|写错了)[\s，,。]*(?:是|应该是)[\s]*(\p{Script=Han}{2,8})/u;

/**
 * "老旧小区加装管网…打错了 是加装电梯": the word meant replaces the word it begins like, said before
 * the slip (a year or a city taken back is read by saidAgainRight and cityTakenBack).
 */
function wordSaidAgainRight(text: string): string {
  const slip = SLIP_PUT_RIGHT.exec(text);
  if (!slip) return text;
  const meant = slip[1]!;
  const before = text.slice(0, slip.index);
  const at = before.lastIndexOf(meant.slice(0, 2));
  const wrong = at < 0 ? null : /^\p{Script=Han}+/u.exec(before.slice(at));
  if (!wrong || wrong[0] === meant) return text;
  return `${before.slice(0, at)}${meant}${before.slice(at + wrong[0].length)}${text.slice(slip.index + slip[0].length)}`;
}

/**
 * "十堰……不对 是武汉 武汉市政协前年开了几次党组会", "十堰…哦不对 我要问的是廊坊 廊坊23年…": a city
 * taken back; the question is what is asked of the city said after it.
 */
export function cityTakenBack(text: string, cities: readonly string[]): string {
  if (cities.length === 0) return text;
  const names = cities.join('|');
  const taken = new RegExp(`(${names})[^。？?！!]*?(?:哦|噢|啊|呃)?[\\s，,。…]*(?:不对|说错了|打错了)[\\s，,。]*(?:我要问的是|我问的是|我说的是|应该是|是)?[\\s，,]*(?=(${names}))`, 'u').exec(text);
  if (!taken || taken[1] === taken[2]) return text;
  // "是武汉 武汉市政协…": the city said again starts the question.
  return text.slice(taken.index + taken[0].length).replace(new RegExp(`^${taken[2]}[\\s，,]+(?=${taken[2]})`, 'u'), '').trim();
}

/**
 * "本来想问特邀监督是哪几家 算了不问了 就问…多少人": a question taken back before the one asked;
 * what is asked is what follows.
 */
export function questionTakenBack(text: string): string {
  const taken = /(?:本来|原来|本|刚才|刚)想问[^。？?！!]*?(?:算了|不问了|先不问了?)[\s，,。！!]*(?:不问了|不问这个了)?[\s，,。！!]*(?:那就问|就问|还是问|改问|我就问|先问)?[\s，,]*/u.exec(text);
  const rest = taken ? text.slice(taken.index + taken[0].length).trim() : '';
  return [...rest].length >= 4 ? rest : askPutRight(text);
}

/** "…多少篇……哦不对不对，我是想问学习体会，十堰委员一共交了多少篇学习体会": the ask said again, about what the member meant. */
function askPutRight(text: string): string {
  const meant = thingPutRight(text);
  if (meant) return meant;
  const put = /^[^。？?！!]*?(?:多少|几|哪|什么|啥)[^。？?！!]*?[…\.\s，,。]*(?:哦|噢|呃|哎)?[\s，,]*(?:不对不对|不对|说错了|问错了)[\s，,。！!]*(?:我)?(?:是)?想问([^，,。？?！!\s]{2,12})[，,。\s]+/u.exec(text);
  const rest = put ? text.slice(put[0].length) : '';
  return put && rest.includes(put[1]!) && /多少|几|哪|什么|啥|吗/u.test(rest) ? rest : text;
}

const THING_PUT_RIGHT = /^(?<first>[^。？?！!]*?(?:多少|几|哪|什么|啥)[^。？?！!]*?)[…\.\s，,。]*(?:哦|噢|呃|哎)?[\s，,]*(?:不对不对|不对|说错了|问错了)?[\s，,。！!]*不是(?<wrong>[^，,。？?！!\s]{2,12})[，,\s]+(?:我)?(?:要|想|是想)?问的是(?<meant>[^。？?！!]{2,30})/u;

/**
 * "常熟24年各党派团体交了多少件集体提案，哦不对，不是集体提案，我要问的是大会发言交了多少篇": what
 * was asked of the wrong thing keeps its city, year and who, and asks of the thing meant.
 */
function thingPutRight(text: string): string | null {
  const { first = '', wrong = '', meant = '' } = THING_PUT_RIGHT.exec(text)?.groups ?? {};
  const at = first.indexOf(wrong);
  if (!wrong || at < 0) return null;
  const ask = first.search(/多少|几|哪|什么|啥/u);
  let lead = first.slice(0, Math.min(at, ask));
  // ("…团体交了" + "大会发言交了多少篇": the verb said again once.)
  for (let size = 3; size >= 1; size--) {
    const tail = lead.slice(-size);
    if ([...tail].length === size && /^\p{Script=Han}+$/u.test(tail) && meant.includes(tail)) {
      lead = lead.slice(0, -size);
      break;
    }
  }
  return `${lead}${meant}`;
}
