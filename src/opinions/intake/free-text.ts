import { charCount, clauses, PLACE_WORD, trimSeparators } from './text.ts';

/** Reading a message written without labels: which part is the problem, which the suggestion. */

/** Where clauses start: after a run of punctuation and spaces. */
const CLAUSE_START = /(?:^|[，。；！？,;!?\n])[\s，。；！？,;!?]*/g;
/** A clause that opens a suggestion; a short lead (因此、我们、政府) may come before the word. */
const SUGGESTION_OPENING = /^[^，。；！？,;!?\n]{0,4}?(?:建议|希望|应当|应该|请求|恳请|呼吁|请有关部门|请相关部门|能否|可否)/;
/** Lead plus the longest opening word: all SUGGESTION_OPENING can look at. */
const OPENING_SPAN = 9;
/** Phrases that only start the conversation: 我想反映个社情民意、提个建议. */
const OPENER = /^(?:\/opinion\b)?\s*(?:我)?(?:想|要)?(?:反映|提)(?:一?个|一下|一条|一点)?(?:社情民意(?:信息)?|情况|问题|建议)[：:，,。！!\s]*/;
/** What opens a suggestion's first clause and says nothing about the ask: 因此建议、一是. */
const SUGGESTION_LEAD = /^[^，。]{0,4}?(?:建议|希望|应当|应该|请求|恳请|呼吁|请|能否|可否)|^(?:[一二三四五六七八九十\d]+[是、.．)]|[（(][一二三四五六七八九十\d]+[）)])/;
const WHO = /^[^，。在对将把]{0,8}?(?:部门|单位|政府)/;
const ADVERBS = /^(?:尽快|尽早|及时|早日|抓紧|加快|能够|能|可以)+/;
/** Where the place at the start of a problem clause ends: a demonstrative or the predicate. */
const PLACE_END = /那个|这个|那条|这条|这段|那段|没有|没|有|是|很|经常|一直|每天|存在|长期|常年/;
const SPEAKER = /^(?:我们|我家|我所在的|我住的|本|在|位于)/;
const TITLE_LIMIT = 30;

/** The problem is what comes before the first clause opening a suggestion; the suggestion is the rest. */
export function splitFreeText(text: string): { situation?: string; suggestion?: string } {
  const body = text.trim().replace(OPENER, '');
  const start = [...body.matchAll(CLAUSE_START)]
    .map((match) => match.index + match[0].length)
    .find((at) => SUGGESTION_OPENING.test(body.slice(at, at + OPENING_SPAN)));
  const situation = trimSeparators(start === undefined ? body : body.slice(0, start));
  const suggestion = start === undefined ? '' : body.slice(start).trim();
  return { ...(situation && { situation }), ...(suggestion && { suggestion }) };
}

/** What the suggestion asks for: its first clause without 建议 and who should do it. */
function actionOf(suggestion: string): string {
  const first = clauses(suggestion)[0] ?? '';
  return first.replace(SUGGESTION_LEAD, '').replace(WHO, '').replace(ADVERBS, '').replace(/^[：:\s]+/, '');
}

/** The place the problem starts with (学校门口、城南路与学府街交叉口), when it names one. */
function placeOf(situation: string): string | undefined {
  const first = (clauses(situation)[0] ?? '').replace(SPEAKER, '');
  const end = first.search(PLACE_END);
  const head = end < 0 ? first.slice(0, 14) : first.slice(0, end);
  const last = [...head.matchAll(PLACE_WORD)].at(-1);
  const place = last ? head.slice(0, last.index + last[0].length) : '';
  // A bare 小区 or 路 says nothing about where.
  return charCount(place) >= 3 ? place : undefined;
}

/** Cuts at the last 和/及/并/与/、 that fits, so a long ask keeps whole words. */
function shorten(core: string, room: number): string {
  const chars = Array.from(core);
  if (chars.length <= room) return core;
  const head = chars.slice(0, room).join('');
  const cut = Math.max(...['和', '及', '并', '与', '、'].map((word) => head.lastIndexOf(word)));
  return cut > room / 2 ? head.slice(0, cut) : head;
}

/** A title in the usual form 关于……的建议, at most 30 characters. */
export function composeTitle(situation?: string, suggestion?: string): string | undefined {
  const action = suggestion ? actionOf(suggestion) : '';
  const place = situation ? placeOf(situation) : undefined;
  if (action) {
    const withPlace = place && !/^[在于对为将把从]/.test(action) && !action.includes(place) ? `关于在${place}${action}的建议` : '';
    return withPlace && charCount(withPlace) <= TITLE_LIMIT ? withPlace : `关于${shorten(action, TITLE_LIMIT - 5)}的建议`;
  }
  if (!situation) return undefined;
  const problem = (clauses(situation)[0] ?? '').replace(SPEAKER, '');
  const solve = `关于解决${problem}问题的建议`;
  return charCount(solve) <= TITLE_LIMIT ? solve : `关于${shorten(problem, TITLE_LIMIT - 5)}的建议`;
}
