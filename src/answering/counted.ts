import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { escapeRegExp } from '../shared/escape-regexp.ts';
import { hasFigure } from './question-shape.ts';
import { isFrameWord, saidAsAVerb, termCredit, type Term } from './relevance.ts';

/**
 * What a count question counts and the act it counts, so that a figure said of something else
 * ("召开党组会议26次" for "请示报告了多少次") does not answer it.
 */

/**
 * In "…的办复率是多少？" the word before "是多少" names what is counted: a figure in a sentence
 * that does not mention it answers a different question.
 */
export function measuredTerm(text: string, terms: Term[], tokenizer: Tokenizer): Term | undefined {
  const match = /^(.*?)(?:一共|总共|共)?(?:是|有|为|达到)?多少[？?。！!]*$/u.exec(text);
  if (!match) return undefined;
  const words = tokenizer.words(match[1]!);
  // A word jieba does not know ("办复率") arrives as single characters: join them back.
  let tail = words.length;
  while (tail > 0 && [...words[tail - 1]!].length === 1) tail--;
  // …but only characters written together: "民生类的占比" is 占比, not 类占比 (的 is no word).
  while (tail < words.length - 1 && !match[1]!.includes(words.slice(tail).join(''))) tail++;
  const word = tail < words.length - 1 ? words.slice(tail).join('') : words[words.length - 1];
  // "…上千件了吧 具体多少": a frame word before 多少 names nothing measured.
  if (!word || [...word].length < 2 || isFrameWord(word)) return undefined;
  // "占提案总数的比例是多少": a share is measured by the percentage asked for, however it is worded.
  if (/^(?:比例|占比|百分比|比重)$/u.test(word)) return undefined;
  return terms.find((t) => t.word === word) ?? { word, weight: 1, forms: [word], parts: [] };
}

/** What a count question counts, and the act said right before the count, if any. */
export interface Counted {
  thing: Term;
  /**
   * "市委主要领导一年批示了几回": the act counted. A figure said of it may have the thing (here who
   * acted) further back in its clause ("市委主要领导对政协履职成果作出批示14次").
   */
  act?: Term;
  /**
   * "多少篇联动调研报告": the noun heading the phrase counted (报告). A figure said of it counts the
   * thing when its sentence says which kind elsewhere ("开展联动调研,向省政协提交调研报告28篇").
   */
  head?: Term;
  /** "一共培训了多少人次": no thing named, only what was done; its sentence must say it was done. */
  doneOnly?: boolean;
}

/**
 * What "多少次/几场" counts: the word right after the measure word ("几场推进会"), else the last
 * thing named before it in its clause ("请示报告了多少次"). Undefined when it is no word of the question's.
 */
export function countedTerm(text: string, terms: Term[], tokenizer: Tokenizer, known: (word: string) => boolean): Counted | undefined {
  // A space ends the clause as a comma does: "编了几期 急" counts 期 of what came before, not 急;
  // so does 、 ("投资多少钱、落在哪个地方"). "前几年发大水那次" is when, not a count.
  const match = /^(.*?)(?:了|过)?(?:一共|总共|共|总计)?(?:有|是|为)?(?:多少|几)(?![年天月日周岁号])\p{Script=Han}?([^，,、。？?！!；;\s]*)/u.exec(text);
  if (!match) return undefined;
  // "写几条比较好": what follows is a judgement of the count, not a thing counted.
  // "几次啊就是23年那个报告里说的": a voice pause ends the clause as a space does.
  const counts = match[2]!.split(VOICE_PAUSE)[0]!;
  const after = tokenizer.words(counts.replace(/[《》“”"]/gu, '')).filter((w) => terms.some((t) => t.word === w) && !JUDGED.test(w) && !SAYS_THE_MEASURE.test(w));
  // Before the question, the thing counted is a noun ("社情民意信息各写了多少篇": 信息, not 写), in
  // the clause that asks: "…去北戴河基地还有浙大培训，一共去了多少人" counts the people, not 浙大;
  // a time ("现在种了多少亩") is when, not what.
  // "领导批示以后新装了多少部": what happened before (…以后) is when, the thing counted comes after it.
  const clauses = match[1]!.split(/[，,；;。？?！!\s]/u);
  const asking = clauses.at(-1)!.split(/以后|之后|过后/u).at(-1)!;
  // "就是社情民意联络站、委员工作室那些，十堰一线协商整合了多少个": things listed in the clause before, as
  // "那些", are what a count without its noun counts.
  const listed = clauses.length > 1 && LISTED_AS_THOSE.test(clauses.at(-2)!) ? clauses.at(-2)!.replace(LISTED_AS_THOSE, '') : '';
  // "意见建议部分写几条": 部分 says which part of the text, the thing counted is named before it.
  // "新装了多少部": a word the reports never use, said as a verb, is the member's act, not the thing.
  const before = tokenizer
    .words(asking)
    .filter((w) => terms.some((t) => t.word === w) && tokenizer.namesAThing(w) && !tokenizer.namesATime(w) && !PART_OF.test(w) && !SAYS_THE_MEASURE.test(w) && !STANDS_FOR_NAMED.test(w) && (known(w) || !saidAsAVerb(w, text)));
  // "批了几回字", "开了几次会": one character closing the clause is the object of the verb before
  // the count (批字, 开会), not a thing counted; nor is a noun before it then.
  if (after.length === 1 && [...after[0]!].length === 1 && tokenizer.words(counts).length === 1) return undefined;
  // "民生类提案办理了多少件": a word said as the member's verb is the act, the noun before it the
  // thing; "报道了几次" though counts the times it was done.
  const times = /(?:多少|几)(?:次|回|遍|趟)/u.test(text);
  const named = tokenizer.words(listed).filter((w) => terms.some((t) => t.word === w) && tokenizer.namesAThing(w));
  // "武汉一共培训了多少人次": with no thing named, what was done is what the figure must count.
  // (A verb of one character, 出 or 立, says too little to hold a sentence to.)
  const done = times ? undefined : tokenizer.words(asking).filter((w) => [...w].length >= 2 && terms.some((t) => t.word === w) && known(w) && saidAsAVerb(w, text) && !tokenizer.namesATime(w)).at(-1);
  const word = after[0] ?? (times ? undefined : named.at(-1) ?? before.filter((w) => !saidAsAVerb(w, text)).at(-1)) ?? before.at(-1) ?? done;
  const thing = word === undefined ? undefined : terms.find((t) => t.word === word);
  if (!thing) return undefined;
  if (word === done && before.length === 0 && after.length === 0) return { thing, doneOnly: true };
  // A verb of the reports' right before the count is the act counted.
  const last = tokenizer.words(asking).at(-1);
  const act = after.length === 0 && last !== undefined && last !== word && !tokenizer.namesAThing(last) && known(last) ? terms.find((t) => t.word === last) : undefined;
  // Only a phrase written as one noun: in "多少家企业的问题" 家 measures 企业, and 问题 is theirs;
  // the all-purpose 个 though may measure either ("多少个乡村社区的协商平台").
  const oneNoun = !counts.includes('的') || /(?:多少|几)个/u.test(text);
  const head = after.length > 1 && oneNoun ? terms.find((t) => t.word === after.at(-1) && t !== thing) : undefined;
  return { thing, act, head };
}

/** Where a member talking runs on past the count: "几回啊就是…", "几次然后…". */
const VOICE_PAUSE = /[啊呀哈嗯呢哦噢]|就是|然后|反正/u;

/** Words judging a count ("比较好", "为宜", "合适"), said after it in place of a noun. */
const JUDGED = /^(?:好|比较|比较好|为宜|适宜|合适|最好|为好|够|足够|算多|算少|正常)$/u;

/**
 * Words saying what the count measures, not what is counted: "占总数的比例", "办理件数", "多少篇文章"
 * (篇 already says articles).
 */
const SAYS_THE_MEASURE = /^(?:比例|占比|百分比|比重|件数|篇数|次数|期数|个数|场次|数量|总数|数目|文章|稿子)$/u;

/**
 * Words standing for things named before them ("联络站、恳谈会这些大家商量事的地方全部整合了多少个"):
 * the things named are what is counted.
 */
const STANDS_FOR_NAMED = /^(?:全部|所有|一切|全体|整个|这些|那些|大家|地方|东西|事|事情|事儿|玩意儿?)$/u;

/** A list closed by "那些", "之类的": the things it names. */
const LISTED_AS_THOSE = /(?:那些|这些|之类的?|什么的|等等)$/u;

/** Words naming a part of a text or a topic ("意见建议部分", "标题这块"), not a thing counted. */
const PART_OF = /^(?:部分|栏目|方面|一栏|这栏|那栏)$/u;

/** A rule's list item opening with what it is about: "（三）意见建议：…一般 2 至 4 条". */
const ITEM_LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*([^，,。；;：:]{1,12})[：:]/u;

const KINDS = /^(?:类别|种类|类型|门类|类)$/u;

/** Whether a clause carrying the asked-for figure also names what is counted. */
export function countsTheSubject(sentence: string, units: string[], counted: Counted | undefined): boolean {
  if (!counted) return true;
  const { thing, act, head, doneOnly } = counted;
  if (doneOnly) return hasFigure(sentence, units) && termCredit(thing, sentence) >= 0.5;
  // "类别有几种": kinds are what "八类" counts, the measure word naming them.
  if (KINDS.test(thing.word) && hasFigure(sentence, units)) return true;
  // The item's label is said of every figure in it.
  const label = ITEM_LABEL.exec(sentence)?.[1];
  if (label !== undefined && hasFigure(sentence, units) && termCredit(thing, label) >= 0.5) return true;
  const clauses = sentence.split(/[，,；;。：:]/u).filter((c) => hasFigure(c, units));
  return clauses.some((clause) =>
    listedBeforeTheFigure(clause, units, thing) ||
    figureReaches(clause, units).some(
      (near) =>
        termCredit(thing, near) >= 0.5 ||
        (act !== undefined && termCredit(act, near) >= 0.5 && termCredit(thing, clause) >= 0.5) ||
        (head !== undefined && termCredit(head, near) >= 0.5 && termCredit(thing, sentence) >= 0.5),
    ),
  );
}

/**
 * How far from its figure the thing counted is named ("企事业单位500多家", "500多家企业"); further
 * back the clause names what was done for it ("协调解决企业……等领域问题80多个" counts 问题).
 */
const COUNTED_BEFORE = 12;
const COUNTED_AFTER = 8;
/** How far after its figure a 的-phrase may run before the thing it describes. */
const DESCRIBED_UP_TO = 12;

/**
 * "联络站、民意恳谈会、委员工作室等协商平台1274个": the figure counts every item listed before its 等,
 * however far back; an item ends with the thing it names ("…企业增资扩产、技术改造等领域问题" lists no 企业).
 */
function listedBeforeTheFigure(clause: string, units: string[], thing: Term): boolean {
  return figuresOf(clause, units).some((m) => {
    const etc = clause.lastIndexOf('等', m.index);
    if (etc < 0 || m.index - etc > COUNTED_BEFORE) return false;
    const items = clause.slice(0, etc).split('、');
    return items.length > 1 && items.some((item) => thing.forms.some((form) => item.endsWith(form)));
  });
}

function figuresOf(clause: string, units: string[]): RegExpExecArray[] {
  // Measure words hold no regex syntax ("家", "%", "人次").
  return [...clause.matchAll(new RegExp(`(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)[余多]?\\s*(?:${units.join('|')})`, 'gu'))];
}

/** The text around each figure of the clause carrying one of the units. */
function figureReaches(clause: string, units: string[]): string[] {
  return figuresOf(clause, units).map((m) => {
    const end = m.index + m[0].length;
    // "21件市领导领办督办的重点提案": the thing counted follows the 的-phrase describing it.
    const described = clause.slice(end, end + DESCRIBED_UP_TO).indexOf('的');
    const reach = described < 0 ? COUNTED_AFTER : Math.max(COUNTED_AFTER, described + 1 + COUNTED_AFTER);
    return clause.slice(Math.max(0, m.index - COUNTED_BEFORE), end + reach);
  });
}

/**
 * Acts that tell figures of one report apart (采用 32篇 vs 转送 125篇), each with the words the
 * reports use for it. A count question naming one is answered only by a figure said of it.
 */
const COUNTED_ACTS: ReadonlyArray<[asked: RegExp, said: RegExp, handling?: true]> = [
  // ("被全国政协用了几篇": used by them is adopted.)
  [/采用|采纳|(?<=被[^，,。？?！!]{0,8})用(?=了|过)/u, /采用|采纳|录用/u],
  [/转送|转交|转报/u, /转送|转交|转报|报送/u],
  [/立案/u, /立案/u],
  [/批示/u, /批示|圈阅/u],
  // "提案办了多少件" (办理 282件), not "被列为72件重点提案"; but "沙龙办了几次" holds an event,
  // which the reports say with 开展, 举行, 组织.
  // "处理了多少份提案" is the member's word for the same handling.
  [/(?<![督领承协主])办(?:理|复|结)?|处理/u, /(?<![督领承协主])办/u, true],
];

/** Measure words of events held ("几次", "几场", "轮训办了几批"), not of things handled. */
const EVENT_UNITS = new Set(['次', '场', '轮', '批', '期']);

export function saysTheCountedAct(sentence: string, units: string[], question: string): boolean {
  // Only the act right before the count ("采用的社情民意有几篇"), not one qualifying something else
  // nor one of a clause asking its own question ("哪位书记批示的 划了多少处").
  const events = units.some((u) => EVENT_UNITS.has(u));
  const acts = COUNTED_ACTS.filter(([asked, , handling]) =>
    !(events && handling) &&
    // "领导批示后新装了多少部": an act said as the time of another ("…后") is not the one counted.
    [...question.matchAll(new RegExp(`(?:${asked.source})(?![了过]?[以之]?后)(?:了|过)?[^，,。？?！!]{0,8}?(?:多少|几)`, 'gu'))].some((m) => !asksOwnQuestion(question, m.index)),
  );
  // Two counts asked in one breath ("批示了多少次，媒体报道了多少次") each count their own act.
  if (acts.length !== 1 || (question.match(/多少|几[^乎]/gu)?.length ?? 0) > 1) return true;
  const [, said] = acts[0]!;
  return sentence.split(/[，,；;。：:]/u).some((clause) => hasFigure(clause, units) && said.test(clause));
}

/** Whether the space-delimited clause holding this point asks a question other than a count. */
function asksOwnQuestion(question: string, at: number): boolean {
  const start = question.slice(0, at).search(/\s\S*$/u) + 1;
  const clause = question.slice(start, at + question.slice(at).search(/\s|$/u));
  return /哪|谁|什么|啥/u.test(clause) && !/多少|几/u.test(clause);
}

/** A body qualified by its level of government ("省领导", "市委", "全国政协"); not "城市" or "社区". */
const LEVEL_BODY = /(?<![城都超社地景园街])(中央|全国|国家|省|市|县|区)(领导|委|政府|政协|人大|有关部门|部门)/gu;

/**
 * "几篇得到省领导批示" is not answered by "市领导批示11篇": where the sentence's figures name a body
 * asked with a level, one of them names it at a level asked. 市政协 is the reporting body itself.
 */
export function namesTheLevelAsked(sentence: string, units: string[], question: string): boolean {
  const asked = [...question.matchAll(LEVEL_BODY)].filter(([whole]) => whole !== '市政协');
  const said = sentence.split(/[，,；;。：:]/u).filter((c) => hasFigure(c, units)).flatMap((c) => [...c.matchAll(LEVEL_BODY)]);
  return asked.every(([, , body]) => {
    const levelled = said.filter((m) => m[2] === body);
    return levelled.length === 0 || levelled.some((m) => asked.some((a) => a[0] === m[0]));
  });
}

/**
 * "有多少粉丝", "几个粉丝": the count asked, an optional measure word, then the thing counted.
 * ("那几年老小区…", "多少天": a span of time counts no thing.)
 */
const COUNT_THEN_THING = /(?:多少|几)(?![年天月日周岁号])[个件条项名位家所场次篇期本部座批种类]?(\p{Script=Han}{2,})/gu;

/**
 * The thing a count question counts, when the knowledge base never names it ("公众号有多少粉丝"):
 * no figure there counts it, and one counting something near it ("推送1460余篇") would be a
 * wrong answer. `known` says whether the knowledge base uses a word or one of its equivalents.
 */
export function countsAThingNeverNamed(text: string, tokenizer: Pick<Tokenizer, 'words' | 'tokens' | 'namesAThing'>, known: (word: string) => boolean): string | undefined {
  return thingNeverNamed(text.matchAll(COUNT_THEN_THING), tokenizer, known);
}

/** The first thing the matches name (their first group) that the knowledge base never names. */
function thingNeverNamed(matches: Iterable<RegExpMatchArray>, tokenizer: Pick<Tokenizer, 'words' | 'tokens' | 'namesAThing'>, known: (word: string) => boolean): string | undefined {
  for (const m of matches) {
    const word = tokenizer.words(m[1]!)[0];
    if (!word || [...word].length < 2 || isFrameWord(word) || !tokenizer.namesAThing(word)) continue;
    // "几个政府部门" for 政府职能部门: a part the reports use ("部门") is a thing they count.
    const parts = [word, ...tokenizer.tokens(word).filter((p) => [...p].length >= 2)];
    if (!parts.some(known)) return word;
  }
  return undefined;
}

/** "能附照片吗", "可以上传视频不": sending along a thing, asked as may or how. */
const SENDS_ALONG = /(?:附上?|附带|上传|传|配上?|带上|插入?|贴|发)(?:几张|几个|一些|些|个|张|段|条)?(\p{Script=Han}{2,})/gu;
const MAY_OR_HOW = /能不能|可不可以|能|可以|行不行|怎么|咋|如何/u;

/**
 * The thing a member asks to send along with a report, when the knowledge base never names it
 * ("社情民意能附照片吗"): the rules say nothing of it, and the rule on how to start a report is no answer.
 */
export function sendsAThingNeverNamed(text: string, tokenizer: Pick<Tokenizer, 'words' | 'tokens' | 'namesAThing'>, known: (word: string) => boolean): string | undefined {
  return MAY_OR_HOW.test(text) ? thingNeverNamed(text.matchAll(SENDS_ALONG), tokenizer, known) : undefined;
}

/**
 * "确定了…等20件重点提案" for "办理了多少件提案": every figure of the thing counts a kind of it the
 * question does not name (重点), so the sentence gives a part of what is asked.
 */
export function countsOnlyAKindOf(sentence: string, units: string[], counted: Counted | undefined, question: string): boolean {
  if (!counted || units.length === 0) return false;
  const unit = units.map(escapeRegExp).join('|');
  const forms = counted.thing.forms.map(escapeRegExp).join('|');
  const kinds = [...sentence.matchAll(new RegExp(String.raw`(?:\d+|[一二两三四五六七八九十百千万]+)[余多]?(?:${unit})(\p{Script=Han}{1,6}?)(?:${forms})`, 'gu'))].map((m) => m[1]!);
  const direct = new RegExp(String.raw`(?:\d+|[一二两三四五六七八九十百千万]+)[余多]?(?:${unit})(?:${forms})|(?:${forms})[^，,。；;\d]{0,4}?\d`, 'u').test(sentence);
  return kinds.length > 0 && !direct && kinds.every((kind) => kind !== '的' && !question.includes(kind.replace(/的$/u, '')));
}
