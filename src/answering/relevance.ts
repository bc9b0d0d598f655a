import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import type { QueryAnalysis } from '../retrieval/query-analysis.ts';
import { withoutOrdinal } from './ordinal.ts';
import { ASKS_HOW_MANY, NOT_THIS_ONE } from './question-words.ts';
import { asksMembersHowTo } from './question-kind.ts';
import { caseToldBeforeTheAsk, storyBeforeAPlainAsk } from './told-case.ts';

export interface Term {
  word: string;
  weight: number;
  /** The word and its declared synonyms: any of them counts as the word. */
  forms: string[];
  /** Shorter words inside a long one, for partial credit ("汉味汉产" → 汉味, 汉产). */
  parts: string[];
  /** Only the member's case told before their ask says it: it tells answers apart, never is required. */
  told?: boolean;
}

/** Words that only shape a question ("哪个", "召开了") and say nothing about its subject. */
const FRAME_WORDS = new Set(
  '下来 一年下来 以后 之后 一般 通常 能 能够 可以 们 给 被 但 但是 去 来 要 想 我 我们 还 还想 多久 多长时间 多长 哪里 哪儿 在哪 在哪里 谁 是谁 哪位 何时 为何 是不是 能否 可以 需要 应该 主题 题目 内容 情况 工作 方面 活动 组织 哪一年 哪年 那年 比较 大概 一般来说 啥 呗 情况下 怎么办 咋办 开展 举办 召开 推进 推动 进行 相关 具体 主要 哪些 什么 怎么样 怎样 如何 为什么 时候 什么时候 名字 全称 全名 叫 叫什么 获得 得到 荣誉 一共 总共 多大 各 各是 各自 更 最 后来 要是 好像 有事 年 月 日 市政协 政协 多 次 件 期 篇 名 场 条 个 项 份 本 讲 说 谈 刚好 正好 才能 里面 一起 可不可以 能不能 行不行 或者 或是 以及 就行 就行了 行了 就可以 就可以了 就够了 就好 当 东西 玩意 玩意儿'.split(' '),
);

/** Whether the word only shapes a question ("具体", "哪个") and says nothing about its subject. */
export function isFrameWord(word: string): boolean {
  return FRAME_WORDS.has(word);
}

const MEASURE_AFTER_COUNT = /(?:多少|几)[篇个件条项场次期名位家部本份](?=\p{Script=Han})/gu;

/** "多大面积": the size asked stays apart from what is measured, or jieba reads 大面积 ("a large area"). */
const SIZE_ASKED = /多大(?=\p{Script=Han})/gu;

/** "几次", "多少件": the shape of the answer, not its subject. */
const QUANTITY_ASK = /^(?:几|多少)\p{Script=Han}?$/u;

/** "哪家", "哪三个": which one is asked, not what about. */
const WHICH = /^哪/u;

/** A Han numeral ("三", "二十多万"), maybe with a measure word ("三个", "两项"). */
const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]+(?:[多余来])?[十百千万亿]?(\p{Script=Han})?$/u;
const NUMERAL_MEASURE = /^[个大项条件类种批位名家所场次篇期本部座]$/u;

/**
 * A count the member says in passing ("那三大中心", "二十多万字的书", "哪三个地方") describes the
 * thing, often roughly ("二十多万" for 27万余): it must not have to appear. "十四五" stays a name:
 * only a numeral with a measure word, an approximation, or a one-character word after it counts.
 */
function countsInPassing(words: string[]): Set<number> {
  const skipped = new Set<number>();
  words.forEach((word, i) => {
    // "20|多万", "500|来|家": digits and the approximation after them are one figure.
    const last = /^\d+$/u.test(word) && /^[多余来]/u.test(words[i + 1] ?? '') ? i + 1 : i;
    const numeral = last > i ? undefined : NUMERAL.exec(word);
    if (last === i && !numeral) return;
    // "一起", "一直": a numeral running into a word that is no measure is no count.
    if (numeral?.[1] !== undefined && !NUMERAL_MEASURE.test(numeral[1]) && !/[十百千万亿]$/u.test(word)) return;
    const figure = words.slice(i, last + 1).join('');
    const approximate = /[多余来]/u.test(figure);
    const measured = numeral?.[1] !== undefined && NUMERAL_MEASURE.test(numeral[1]);
    const short = [...(words[last + 1] ?? '')].length === 1;
    if (!(approximate || measured || short || [...word].length === 1)) return;
    // "十大啥来着": the count names what is asked about.
    if (/^(?:什么|啥)/u.test(words[last + 1] ?? '')) return;
    for (let k = i; k <= last + (short ? 1 : 0); k++) skipped.add(k);
  });
  return skipped;
}

/** A declared synonym is nearly, not quite, the word asked about. */
export const SYNONYM_CREDIT = 0.8;

/** Share of a long word's weight that its parts earn when the word itself is absent. */
const PART_CREDIT = 0.8;

/**
 * A word the knowledge base never uses (nor any of its equivalents) that does not name a thing
 * weighs this share of its rarest word. Members say things the reports do not ("几回", "不想",
 * "合适"): such a word must not sink a question. A thing the reports never name ("天气",
 * "上证指数") still weighs in full: the question is about something else.
 */
const UNKNOWN_SHARE = 0.35;

/** Credit of a word of the member's told case no rule says, against one of their ask. */
const TOLD_SHARE = 0.3;
/** Weight of a word of the member's told story that the rules say, against one of their ask. */
const RULES_CASE_SHARE = 0.5;
/** Things for keeping time ("同步到我手机日历里"), which jieba tags as times. */
const TIME_THINGS = /^(?:日历|台历|挂历|日程|日程表|时间表|课表|钟|闹钟)$/u;
/** Words for now, which ask how things stand rather than when something happened. */
const NOW = /^(?:现在|目前|当前|如今|眼下)$/u;

/** A clause telling what happened ("…打电话说…", "…回了句参加"). */
const TOLD_AFTER = /了|过(?![去来])|说/u;

/** The rest of the clause after a word. */
function clauseAfter(text: string, word: string): string {
  const at = text.indexOf(word);
  return at < 0 ? '' : (/^[^，,。；;！!？?\s]*/u.exec(text.slice(at + word.length))?.[0] ?? '');
}

/** "现在还能请假不", "现在想请个假": the member's own moment, before what they would do in it. */
function nowOfTheMember(word: string, text: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && /^(?:还|想|要|再|才|能|可以|该|得|就|又|也)/u.test(text.slice(at + word.length));
}

/** Who told the member something ("办公室小刘说", "秘书打电话说", "领导说"), with how they told it. */
const TELLER =
  /(?:市政协)?(?:办公室(?:的)?(?:同志|小姑娘|小伙子|工作人员|人|[小老][\u4e00-\u9fff])?|秘书长?|领导|主任|同事|工作人员|别人|人家|[小老][\u4e00-\u9fff])(?:打电话来?|发消息|发微信|跟我|给我|对我)?(?=说|讲)/gu;

/** "我是我们界别的召集人，…行不行": who the member is tells which provision applies, as a story does. */
const WHO_THEY_ARE = /^(?:我|本人|俺)是/u;

const LATIN_WORD = /^[A-Za-z]+$/u;

/** A case told in more characters is a story, where the rules' words come in passing. */
const STORY_LENGTH = 20;
const UNKNOWN_THING_INFORMATIVENESS = 0.6;

/** "新装了多少部": a word followed by an aspect particle is the member's verb, whatever jieba tags it ("新装", clothes). */
export function saidAsAVerb(word: string, text: string): boolean {
  return text.includes(`${word}了`) || text.includes(`${word}过`);
}

/**
 * The question's content words weighted by rarity in the knowledge base, times how much the word
 * says in general language. A word the knowledge base never uses weighs a share of its rarest.
 */
export function questionTerms(analysis: QueryAnalysis, kb: KnowledgeBase): Term[] {
  const maxIdf = Math.log(1 + kb.bm25.size);
  // A member's verb the reports put otherwise ("新装了" for 新加装) is no thing they lack; nor, in
  // their own how-to, is when they did their part ("上个月交的那篇…怎么查"): the rules date nothing.
  const howTo = asksMembersHowTo(analysis.text, analysis.cities.length);
  // An English word among Chinese ("新型电池 industry", "thx") glosses or greets; the Chinese words say the thing.
  const namesAThing = (word: string) =>
    kb.tokenizer.namesAThing(word) && !LATIN_WORD.test(word) && !saidAsAVerb(word, analysis.text) && !(howTo && whenTheyDidIt(word, analysis.text, kb));
  const weightOf = (word: string, forms: string[]) => {
    const known = forms.filter((f) => kb.bm25.documentFrequency(f) > 0);
    if (known.length > 0) return Math.min(...known.map((f) => kb.bm25.idf(f)));
    // A thing the knowledge base never names ("天气", "七言诗") is what the question is about.
    return namesAThing(word) ? maxIdf : maxIdf * UNKNOWN_SHARE;
  };
  // An unknown thing counts even when general language uses it a lot ("国际新闻").
  const informativeness = (word: string, forms: string[]) =>
    forms.some((f) => kb.bm25.documentFrequency(f) > 0) || !namesAThing(word)
      ? kb.tokenizer.informativeness(word)
      : Math.max(UNKNOWN_THING_INFORMATIVENESS, kb.tokenizer.informativeness(word));
  const terms = new Map<string, Term>();
  // "多少篇文章", "几个人": the measure word stays with the count, or jieba reads 篇文章, 个人.
  const words = kb.tokenizer.words(withoutOrdinal(analysis.text).replace(MEASURE_AFTER_COUNT, '$& ').replace(SIZE_ASKED, '$& '));
  const counts = countsInPassing(words);
  const notThisOne = ASKS_HOW_MANY.test(analysis.text) ? analysis.text.replace(NOT_THIS_ONE, ' ') : analysis.text;
  for (const [i, word] of words.entries()) {
    if (!notThisOne.includes(word)) continue;
    // A count the staff gave equivalents ("俩 = 两个 多个") is meant.
    if ((counts.has(i) && kb.tokenizer.synonyms(word).length === 1) || WHICH.test(word)) continue;
    // "能不能", "可不可以": the negative half of a yes-or-no question says nothing.
    if (word.startsWith('不') && words[i - 1]?.endsWith(word.slice(1))) continue;
    if (terms.has(word) || FRAME_WORDS.has(word) || QUANTITY_ASK.test(word) || analysis.cities.some((c) => word.startsWith(c) || c.startsWith(word))) continue;
    if (/^\d+$/.test(word) && (analysis.years.includes(Number(word)) || inACode(word, analysis.text))) continue;
    const forms = kb.tokenizer.synonyms(word);
    const weight = weightOf(word, forms) * informativeness(word, forms) * ([...word].length === 1 ? 0.4 : 1);
    // A word listed with its equivalents counts only as one of them: "党组" of 党组会 is not 党组会议.
    const parts = [...word].length > 2 && !kb.tokenizer.isDeclared(word) ? kb.tokenizer.tokens(word).filter((p) => p !== word && [...p].length >= 2) : [];
    terms.set(word, { word, weight, forms, parts });
  }
  // "今天", "周三", "前两天" in a question of no city and no year: when it happened to the member,
  // which no rule says and which picks no provision ("现在" though asks the state things are in).
  const timeOfTheThing = (word: string) => {
    // "开会当天早上还会再提醒吗": the day of the meeting, which the rules may or may not speak of.
    if (/(?:开会|会议)的?$/u.test(analysis.text.slice(0, analysis.text.indexOf(word)))) return true;
    const next = words[words.indexOf(word) + 1] ?? '';
    // "今天秘书打电话说我没回执", "刚才办公室小刘说": what happened to the member then, told.
    if (TOLD_AFTER.test(clauseAfter(analysis.text, word))) return false;
    // ("上个月报的那条": a verb of one character after it is what the member did then.)
    return analysis.text.includes(`${word}的`) || ([...next].length >= 2 && kb.tokenizer.namesAThing(next) && !kb.tokenizer.namesATime(next));
  };
  const ownTime = (t: Term) =>
    !TIME_THINGS.test(t.word) &&
    analysis.cities.length === 0 &&
    analysis.years.length === 0 &&
    kb.tokenizer.namesATime(t.word) &&
    (!NOW.test(t.word) || nowOfTheMember(t.word, analysis.text)) &&
    // "明天的天气", "明天天气": the time of the thing asked about.
    !timeOfTheThing(t.word) &&
    // ("上午在群里回了个参加": when something happened to the member, whatever hours the rules give.)
    (!t.forms.some((f) => kb.rulesSay(f)) || TOLD_AFTER.test(clauseAfter(analysis.text, t.word)));
  // "刚才办公室小刘说群里回的不算数": who told the member is no part of what they ask.
  const heard = analysis.cities.length === 0 && analysis.years.length === 0 ? analysis.text.replace(TELLER, '\u0000') : analysis.text;
  const teller = (t: Term) => heard !== analysis.text && !heard.includes(t.word) && analysis.text.includes(t.word);
  const ownTimeOrTeller = (t: Term) => ownTime(t) || teller(t);
  const told = analysis.cities.length === 0 ? caseToldBeforeTheAsk(analysis.text) : undefined;
  const story = !told && analysis.cities.length === 0 && analysis.years.length === 0 ? storyBeforeAPlainAsk(analysis.text) : undefined;
  if (story) {
    return [...terms.values()].map((t) =>
      ownTimeOrTeller(t) || (!t.forms.some((f) => story.ask.includes(f)) && !t.forms.some((f) => kb.rulesSay(f))) ? { ...t, weight: t.weight * TOLD_SHARE, told: true } : t,
    );
  }
  if (!told) return [...terms.values()].map((t) => (ownTimeOrTeller(t) ? { ...t, weight: t.weight * TOLD_SHARE, told: true } : t));
  // The member's case in their own words ("我们小区又是停车难…") is no provision's: what the rules
  // speak of is asked ("回执截止时间过后"), in a long story less than the ask ("…安全隐患…"); the
  // rest only tells answers apart.
  // "是算民生保障还是社会治理啊，选错了咋办": the options the member hesitates between, before the last
  // clause asking, only tell answers apart.
  const lastClause = /[^，,。；;！!？?\s]+[，,。；;！!？?\s]*$/u.exec(analysis.text.trim())?.[0] ?? '';
  const options = [...analysis.text.trim().slice(0, -lastClause.length || undefined).matchAll(OPTIONS)].map((m) => `${m[1]} ${m[2]}`).join(' ');
  return [...terms.values()].map((t) => {
    if (teller(t)) return { ...t, weight: t.weight * TOLD_SHARE, told: true };
    if (options && !lastClause.includes(t.word) && t.forms.some((f) => options.includes(f))) return { ...t, weight: t.weight * TOLD_SHARE, told: true };
    if (t.forms.some((f) => told.ask.includes(f)) && !ownTime(t)) return t;
    if (!t.forms.some((f) => kb.rulesSay(f))) return { ...t, weight: t.weight * TOLD_SHARE, told: true };
    return [...told.told].length >= STORY_LENGTH || WHO_THEY_ARE.test(told.told) ? { ...t, weight: t.weight * RULES_CASE_SHARE } : t;
  });
}

/** "是算A还是B", "选A还是选B": two options set against each other in the member's case. */
const OPTIONS = /([^，,。？?！!\s还]{2,8})还是(?:算|选|归|属于)?([^，,。？?！!\s啊呀吧呢]{2,8})/gu;

/** "SQMY-2025-0008": digits of a code the member quotes, which no passage need say. */
function inACode(digits: string, text: string): boolean {
  // ("这个0158…是我第158条吗": the serial said again without its zeros.)
  return new RegExp(`[A-Za-z]+-?(?:\\d+-)*0*${digits}(?!\\d)|${digits}-\\d`, 'u').test(text);
}

/** "上个月交的那篇", "昨天提交的": a time right before what the member did. */
function whenTheyDidIt(word: string, text: string, kb: KnowledgeBase): boolean {
  if (!kb.tokenizer.namesATime(word)) return false;
  const at = text.indexOf(word) + word.length;
  return /^[^，,。？?！!\s的]{1,4}的/u.test(text.slice(at));
}

/** How much of one term the text holds: 1, a share through its parts, or 0. */
export function termCredit(term: Term, text: string): number {
  if (text.includes(term.word)) return 1;
  if (term.forms.some((form) => text.includes(form))) return SYNONYM_CREDIT;
  if (term.parts.length === 0) return 0;
  return (PART_CREDIT * term.parts.filter((p) => text.includes(p)).length) / term.parts.length;
}

/** Share of the question's weight whose words the text contains (a told case's words aside). */
export function coverage(terms: Term[], text: string): number {
  const total = askedWeight(terms);
  if (total === 0) return 0;
  return terms.reduce((sum, t) => sum + (t.told ? 0 : t.weight * termCredit(t, text)), 0) / total;
}

/** What a provision saying the member's told case ("安全隐患") gains over one only matching the ask. */
const TOLD_CASE_BONUS = 0.5;

/** The bonus for how much of the member's told case the text says, against the weight of their ask. */
export function toldCaseBonus(terms: Term[], text: string): number {
  const total = askedWeight(terms);
  if (total === 0) return 0;
  return TOLD_CASE_BONUS * Math.min(1, terms.reduce((sum, t) => sum + (t.told ? t.weight * termCredit(t, text) : 0), 0) / total);
}

/** The weight a text must hold: words of the member's told case only tell answers apart. */
export function askedWeight(terms: Term[]): number {
  return terms.reduce((sum, t) => sum + (t.told ? 0 : t.weight), 0);
}

/**
 * Coverage of a sentence read in its section: a word the sentence lacks but its section holds
 * earns `share` of its credit ("廊坊发大水那年…捐了多少钱物": the flood is named at the section's
 * start, the donation three sentences on).
 */
export function coverageInSection(terms: Term[], text: string, section: string, share: number): number {
  const total = askedWeight(terms);
  if (total === 0) return 0;
  return terms.reduce((sum, t) => sum + (t.told ? 0 : t.weight * Math.max(termCredit(t, text), share * termCredit(t, section))), 0) / total;
}

/** Terms of the last clause that holds a question word, when there is more than one clause. */
export function askingClauseTerms(question: string, terms: Term[]): Term[] {
  const clauses = question.split(/[，,；;。\s]+/u).filter(Boolean);
  if (clauses.length < 2) return [];
  // Only "what/which" clauses: in "截止时间过了，我还想请假怎么办" the scene is the question.
  const clause = [...clauses].reverse().find((c) => /啥|什么|哪/u.test(c));
  // "我回个参加你咋晓得我说的是哪个会", typed without a pause: what is asked starts where the bot is asked of.
  const asking = clause?.replace(/^.+?(?=(?:你|它|机器人|助手)[^你它]*(?:啥|什么|哪))/u, '');
  return asking ? terms.filter((term) => term.forms.some((form) => asking.includes(form))) : [];
}

/**
 * "从已受理变成已编报了 编报是个么意思": the words whose meaning is asked, said before 是…意思 in the
 * clause asking; none for a guess at it ("这是被采用了的意思吗", whose words are the guess).
 */
export function termsMeant(question: string, terms: Term[]): Term[] {
  const clause = question.split(/[，,；;。\s]+/u).reverse().find((c) => /意思|含义|是指|指的是/u.test(c)) ?? '';
  if (/是.+的(?:意思|含义)/u.test(clause)) return [];
  const subject = /^(.*?)(?:是(?:个|啥|什么|何)?(?:么|啥|什么)?(?:意思|含义)|的意思|的含义|是指|指的是)/u.exec(clause)?.[1] ?? '';
  return terms.filter((term) => term.word.length >= 2 && subject.includes(term.word));
}
