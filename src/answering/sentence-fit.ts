import type { Tokenizer } from '../retrieval/tokenizer.ts';
import { bylineName } from '../shared/byline.ts';
import type { OpinionCategory } from '../shared/categories/opinion-category.ts';
import { givesContactNumber } from './contact-asked.ts';
import { onlyRepeatsACount } from './count-said.ts';
import { countsTheSubject, namesTheLevelAsked, saysTheCountedAct, type Counted } from './counted.ts';
import type { KindAsked } from './enumeration.ts';
import { holdsRoleAsked, roleAsked } from './names.ts';
import { isHeadingEcho, listIntro } from './passage-sentences.ts';
import { statesTotal } from './question-kind.ts';
import { givesThePart, type PartAsked } from './part-asked.ts';
import { hasDay, hasDuration, hasFigure, hasMonth, hasTime, onlyOneOfAKind, type QuestionShape } from './question-shape.ts';
import type { Term } from './relevance.ts';
import type { Passage } from './types.ts';
import { sentenceFitsYears } from './year-fit.ts';

/** The question's shape plus what else its wording restricts. */
export interface Reading extends QuestionShape {
  years: number[];
  /** Sentences of the rules (by their anchors) the question is one of the members' ways of asking about. */
  askedSo: ReadonlySet<string>;
  /** The member's own how-to: a statistic does not answer it. */
  howTo: boolean;
  /** "一共有多少个委员": only a stated total answers it. */
  total?: string;
  /** "主席是谁": only a sentence naming a person answers it. */
  person: boolean;
  /** "报告是谁作的": only the report's byline answers it. */
  reporter: boolean;
  /** "主席的手机号": only a sentence giving a number answers it. */
  contact: boolean;
  /** "那11篇都是啥题目": counts the member said, which a sentence must do more than repeat. */
  countsSaid: string[];
  /** "没绑定账号的委员": verbs of the member's case said as not done, each in all its forms. */
  negated: string[][];
  /** What the member asks how to do ("写" in "提案怎么写"). */
  action?: Term;
  /** What a count question counts ("请示报告" in "向市委请示报告了多少次"), and the act it counts. */
  counted?: Counted;
  /** The question as read, for the act its figure must be said of; in a comparison, the city's own part ('' when it has none). */
  text: string;
  /** The terms of the clause that asks, when the question sets a scene first. */
  focus: Term[];
  /** "编报是个么意思": the words whose meaning is asked. */
  meant: Term[];
  /** "品牌叫什么": a quoted name answers it. */
  name: boolean;
  /** "物业乱收费的类别该选哪个": the category the member's matter goes under. */
  category?: OpinionCategory;
  /** "三大中心分别是啥": each thing of the kind is named. */
  kind?: KindAsked;
  /** "各个区分别多少件", "企业界委员自己捐了多少": a figure of a part, which the whole does not give. */
  part?: PartAsked;
  /** The question's words with their offsets, for names said without their quotes. */
  spoken: { text: string; words: Array<{ word: string; at: number }> };
}

/** Measure words that make a sentence a statistic rather than a how-to. */
const STATISTIC_UNITS = ['次', '件', '篇', '期', '场', '项', '名', '人次', '个', '万元', '亿元', '%'];
const ONE_THING_UNITS = STATISTIC_UNITS.filter((unit) => unit !== '次');

/** "不光是民生的", "不是民生类的那个", "不只是重点提案": a part the member says the figure is not of. */
const NOT_JUST = /(?:不光是|不光|不只是|不仅仅是|不仅是|不是)([^，,。？?！!\s的]{2,6}?)(?:类|方面)?的?(?:那个|那些|那种)?(?=[，,。？?！!\s]|$)/gu;

/** The sentence without its pieces that speak of the part. */
function withoutPartsSaying(sentence: string, part: string): string {
  return sentence.split(/[，,、；;]/u).filter((piece) => !piece.includes(part)).join('，');
}

function ruledOut(question: string): string[] {
  return [...question.matchAll(NOT_JUST)].map((m) => m[1]!).filter((part) => !/^(?:说|问|要|想|我|你)/u.test(part));
}

/** The member's paper already in: "报上去以后", "交了以后", "提交之后". */
const SAYS_SUBMITTED = /(?:报送|报|交|提交|递交)(?:上去|上来|了)?(?:以后|之后|后)|(?:报送|报|交|提交|递交)(?:上去|了)(?:才|就)|已经(?:报送|报|交|提交|递交)/u;
/** A rule for what is not yet submitted, said or in the intro to its list ("填写社情民意信息的过程中，…"). */
const NOT_YET_SUBMITTED = /尚未提交|未提交|还没提交|提交前|草稿|填写[^，。]{0,8}(?:过程中|时)/u;

/**
 * Whether the sentence is the kind of answer the question takes: the figure, time, person or number
 * it asks for, of the year and the thing asked. How well it covers the question is scored apart.
 */
export function takesTheAnswersShape(sentence: string, passage: Passage, shape: Reading, tokenizer: Pick<Tokenizer, 'namesAPerson' | 'words' | 'synonyms'>): boolean {
  // A lead phrase repeating the heading ("扎实开展主题教育。") names the topic, it does not answer.
  if (isHeadingEcho(sentence, passage.chunk.section)) return false;
  const units = unitsGiven(sentence, shape.units, shape.spoken.text);
  if (units.length > 0 && !hasFigure(sentence, units)) return false;
  // "企业界委员自己捐了多少" asks for a figure even with no measure word: "踊跃捐款" gives none.
  if (shape.wantsNumber && shape.units.length === 0 && !shape.asksBesidesCount && !SOME_COUNT.test(sentence)) return false;
  if (shape.namedFigure && !shape.namedFigure.test(sentence)) return false;
  // "立案的那206件提案，办结率是多少": a rate asked is answered by that rate or a share, not by a count.
  const rate = RATE_ASKED.exec(shape.spoken.text)?.[1];
  if (rate && !sentence.includes(rate) && !/[%％]|百分之/u.test(sentence)) return false;
  // "什么时候发提醒" is answered by a date or by a time relative to one ("截止前 24 小时"), "啥时候能办完"
  // also by a time that depends on someone else ("以有关部门的办理进度为准").
  if (shape.wantsTime && !hasTime(sentence) && !hasDuration(sentence) && !TIME_DEPENDS.test(sentence)) return false;
  if (shape.wantsDay && !hasDay(sentence)) return false;
  if (shape.wantsMonth && !hasMonth(sentence)) return false;
  // "读的是哪几本书": a book is named by its title, in 《》.
  if (/哪(?:几|一)?本书|(?:什么|啥)书(?=$|[？?啊呀呢吧，,。\s])|书名/u.test(shape.spoken.text) && !/《[^》]+》/u.test(sentence)) return false;
  // "主席是谁" wants a person named; the rules name roles ("界别名义一般谁来报": 界别召集人或联络人).
  if (shape.person && !(passage.doc.kind === 'rule' && WHO_DOES_IT.test(shape.spoken.text)) && !namesHolder(sentence, shape.spoken.text, tokenizer)) return false;
  if (shape.reporter && !bylineName(sentence)) return false;
  // "得等多久才能办完": a time that depends on someone else ("办理时间以有关部门的办理进度为准") answers it too.
  if (shape.wantsDuration && !hasDuration(sentence) && !TIME_DEPENDS.test(sentence)) return false;
  // "管理员最长能给调到多少天" is not answered by the default ("默认保留 72 小时"): only a limit says it.
  if (shape.asksLimit && !STATES_A_LIMIT.test(sentence)) return false;
  // "在72件重点提案里排第几": being one of them is no place among them.
  if (shape.wantsRank && !/第[一二三四五六七八九十百\d]+(?:名|位)|首位|榜首|前[一二三四五六七八九十\d]+(?:名|位)|名列|位居|位列|排名/u.test(sentence)) return false;
  if (shape.contact && !givesContactNumber(sentence)) return false;
  // "那11篇都是啥题目" is not answered by "市领导批示11篇": the member said as much.
  if (onlyRepeatsACount(sentence, shape.countsSaid, shape.spoken.text)) return false;
  // No figure for another year than the one asked.
  if (!sentenceFitsYears(sentence, passage.doc, shape.years, passage.chunk.section)) return false;
  // "提案怎么写" is never answered by a count of what was done; "修改某一项内容" counts nothing
  // ("一次" though says how often as readily as it says one of a kind).
  if (shape.howTo && hasFigure(sentence, STATISTIC_UNITS) && !onlyOneOfAKind(sentence, ONE_THING_UNITS)) return false;
  // The rules' worked example (第十八条 …写法示例：) is a sample report, not a rule: its figures answer nothing.
  // ("标题有没有固定的写法" asks for the rule itself.)
  if (passage.doc.kind === 'rule' && insideAnExample(passage.chunk.text, sentence) && !/例子|示例|范例|范文|样板|怎么写|如何写/u.test(shape.spoken.text)) return false;
  // "第十八条 社情民意信息写法示例：" only leads in to what follows; on its own it says nothing.
  if (!shape.wantsList && /^\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?[^，,。；;：:]{0,20}[：:]\s*$/u.test(sentence)) return false;
  // "调到社会和法制委员会要走什么程序" is not answered by a sentence that only names the committees.
  if (shape.howTo && ASKS_PROCEDURE.test(shape.spoken.text) && !STATES_PROCEDURE.test(sentence)) return false;
  if (shape.total && !statesTotal(sentence, shape.total)) return false;
  // "五微联动的五微是哪五个": a sentence naming the group but none of its members does not answer.
  if (shape.kind && WHICH_SO_MANY.test(shape.spoken.text) && !listsSeveral(sentence, shape.kind.kind)) return false;
  // "提案转部门办理有没有时限" is not answered by the rule for 社情民意信息, nor the other way round.
  if (passage.doc.kind === 'rule' && ofAnotherKindOfPaper(shape.spoken.text, `${passage.doc.title} ${sentence}`)) return false;
  // "绑定码有效期几天" is not answered by how long a draft is kept: a time the rules set is one thing's.
  if (passage.doc.kind === 'rule' && (shape.wantsDuration || shape.asksLimit) && timeOfAnotherThing(shape.spoken.text, sentence)) return false;
  if (shape.part && !givesThePart(sentence, shape.part, (word) => tokenizer.synonyms(word))) return false;
  // "一共立了多少件？不光是民生的": the figure of the part the member rules out does not answer.
  // ("全年立案提案261件,其中民生类提案97件": a figure said beside the part's own still answers.)
  if (shape.wantsNumber && ruledOut(shape.spoken.text).some((part) => sentence.includes(part) && !hasFigure(withoutPartsSaying(sentence, part), units))) return false;
  // "报上去以后还要做啥，多久能有人来修": a rule for what is not yet submitted (草稿) says nothing of it.
  if (SAYS_SUBMITTED.test(shape.spoken.text) && (NOT_YET_SUBMITTED.test(sentence) || NOT_YET_SUBMITTED.test(listIntro(passage.chunk.text, sentence)))) return false;
  if (units.length === 0) return true;
  // The figure counts what was asked: "请示报告了多少次" is not answered by "召开党组会议26次".
  // (Two counts asked in one breath each count their own thing.)
  if (!shape.multiPart && !countsTheSubject(sentence, units, shape.counted)) return false;
  // "被全国政协采用的有几篇" is not answered by "转送全国政协32篇": the figure's clause must say what was done;
  // …and by the level asked: "省领导批示" is not "市领导批示".
  return saysTheCountedAct(sentence, units, shape.text) && namesTheLevelAsked(sentence, units, shape.text);
}

/** "全年立案提案261件,其中民生类提案97件": a whole counted, then a part of it counted alike. */
const PART_OF_WHOLE = /(?<whole>[^，,。；;]*[\d一二两三四五六七八九十百千万][余多]?\s*(?<unit>[件篇人名个项次家所部条]))[，,]?其中(?<part>[^。；;，,]{0,16}?)[\d一二两三四五六七八九十百千万]+\s*\k<unit>/u;

/**
 * The units a figure asked is given in: a share asked ("民生类的占几成") also by the part asked and its
 * whole, the part named in the question by what sets it apart from the whole.
 */
function unitsGiven(sentence: string, units: string[], question: string): string[] {
  if (!units.includes('百分之') || hasFigure(sentence, units)) return units;
  const found = PART_OF_WHOLE.exec(sentence)?.groups;
  if (!found) return units;
  const apart = pairsOf(found.part!).filter((pair) => !found.whole!.includes(pair));
  return apart.some((pair) => question.includes(pair)) ? [found.unit!] : units;
}

function pairsOf(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((ch, i) => `${chars[i]}${ch}`).filter((pair) => /^\p{Script=Han}{2}$/u.test(pair));
}

const RATE_ASKED = /(\p{Script=Han}{1,3}率)(?:是|有|为|达到|能到|大概)?(?:多少|几)/u;
const WHICH_SO_MANY = /哪(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|项|类|种|家)\p{Script=Han}/u;

/** The kind named, with items listed ("南园、中城、北谷", "河湖长制和林长制") or its word said of several ("…中心,…中心"). */
function listsSeveral(sentence: string, kind: string): boolean {
  const last = [...kind].at(-1) ?? '';
  if (!sentence.includes(last)) return false;
  return /、|\p{Script=Han}(?:和|及|与)\p{Script=Han}/u.test(sentence) || sentence.split(last).length > 2;
}

/** What a member puts forward: a proposal (提案) or a report of public opinion (社情民意), each under its own rules. */
const PAPERS = ['提案', '社情民意'] as const;

function ofAnotherKindOfPaper(question: string, text: string): boolean {
  const asked = PAPERS.filter((paper) => question.includes(paper));
  return asked.length === 1 && !text.includes(asked[0]!) && PAPERS.some((paper) => paper !== asked[0] && text.includes(paper));
}

/** Things the rules keep or hold open for a time. */
const TIMED_THINGS = ['绑定码', '草稿', '回执', '通知', '提醒'] as const;

function timeOfAnotherThing(question: string, sentence: string): boolean {
  const asked = TIMED_THINGS.filter((thing) => question.includes(thing));
  return asked.length > 0 && !asked.some((thing) => sentence.includes(thing)) && TIMED_THINGS.some((thing) => sentence.includes(thing));
}

/** "谁来报", "由谁负责": who may or must do it, which the rules answer with a role. */
const WHO_DOES_IT = /(?:由)?谁(?:来|去|负责|可以|能|有权)|哪些人(?:可以|能)|什么人(?:可以|能)/u;
// ("以下内容" lists what follows; only a figure's 以上 or 以下 is a limit.)
const STATES_A_LIMIT = /最长|最多|最少|最短|至多|至少|不超过|不得超过|不多于|不少于|以内|之内|[\d一二三四五六七八九十百千万]\s*\p{Script=Han}{0,3}以[上下]|上限|下限|最晚|最迟|为限/u;
const TIME_DEPENDS = /(?:时间|时限|期限)以[^，,。；;]{1,16}为准/u;

const SOME_COUNT = /\d|[一二两三四五六七八九十百千万亿]+[余多]?(?:个|名|人|次|件|篇|项|家|元|万|亿|岁|年|天|场|期|处|条|台|部|所|户|位|批|支|套|辆|座|吨|亩|公里|米|倍|成|大|等|届|级|类|轮|号|分)/u;
const ASKS_PROCEDURE = /(?:什么|啥|哪些|哪个)(?:程序|手续|流程|步骤)|(?:怎么|咋|如何)(?:申请|办理)/u;
const STATES_PROCEDURE = /程序|手续|流程|步骤|申请|办理|审核|批准|审批|备案|登记|提出|报请|报经|提交|填写|回复|联系/u;

/** A person named, holding the title asked ("主席是谁") where the question names one. */
function namesHolder(sentence: string, question: string, tokenizer: Pick<Tokenizer, 'namesAPerson' | 'words'>): boolean {
  if (!tokenizer.namesAPerson(sentence)) return false;
  const role = roleAsked(question);
  return role === undefined || holdsRoleAsked(sentence, role, question, (text) => tokenizer.words(text));
}

/** Whether the sentence stands in a worked example: after "示例：" and before the next article. */
function insideAnExample(text: string, sentence: string): boolean {
  const at = text.indexOf(sentence.slice(0, 12));
  if (at < 0) return false;
  const before = text.slice(0, at);
  const example = Math.max(before.lastIndexOf('示例：'), before.lastIndexOf('示例:'), before.lastIndexOf('范例：'));
  const article = [...before.matchAll(/第[一二三四五六七八九十百]+条/gu)].at(-1)?.index ?? -1;
  return example >= 0 && example > article;
}
