import type { Logger } from '../log.ts';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { categoryOfTheMatter, holdsTheCategoryItem } from './category-asked.ts';
import { declined } from './compose.ts';
import { asksForContact, asksForParticulars, CONTACT_NOT_KEPT, givesContactNumber, givesParticulars, PARTICULARS_NOT_KEPT } from './contact-asked.ts';
import type { CuratedAnswers } from './curated-answers.ts';
import { asksForAFinePlace, FINE_PLACE_NOT_KEPT, givesAFinePlace } from './fine-place-asked.ts';
import type { FollowUps } from './follow-up.ts';
import type { LoggedQuestion, QuestionLog } from './question-log.ts';
import { asksBotsOpinion, asksMembersHowTo, asksToCompose, asksAPersonsCareer, asksToReplyForAnother, asksWhatHappenedLately, asksWhetherMemberMay, TELLS_A_CAREER } from './question-kind.ts';
import { KINDS_THE_RULES_ANSWER } from './kinds-the-rules-answer.ts';
import { readQuestion } from './question-reader.ts';
import { withCitiesSpelledRight } from './mistyped-city.ts';
import { withTheCityDescribed, withTheCityOfAPlace } from './city-of-a-place.ts';
import { coverageAsked, leftOpenByTheRules, sentencesAskedSo } from './asked-so.ts';
import { answeredAmong, nearestAsks, type Offer } from './near-questions.ts';
import { citedIn } from './render.ts';
import { analyzeQuery } from '../retrieval/query-analysis.ts';
import { askedWeight, coverage, questionTerms, type Term } from './relevance.ts';
import { rulesAskedSo, rulesTheSearchMissed, withRules } from './rules-read-through.ts';
import { aFigureKnownAndOneAsked, answerForEach, beforeThePurposeSaid, fromTheCitysAsk, questionPerPlace, questionsInOneMessage, uptoTheLastAsk } from './questions-in-one-message.ts';
import type { Answer, Answerer, Passage } from './types.ts';
import { caseToldBeforeTheAsk } from './told-case.ts';
import { missingYearReason, passageFitsYears, uncoveredYear } from './year-fit.ts';
import { ASKS_HOW_MANY } from './question-words.ts';

/** Least weight of words asked (a told case aside) for a question to say what it is about. */
const MIN_ASKED_WEIGHT = 0.3;

/** "跟23年比咋样", "比2023年多还是少": a year named only to be compared with. */
const COMPARED_WITH_A_YEAR = /(?:跟|和|与|同)(?:19|20)\d{2}年(?:的)?(?:比|相比|比较|对比)|比(?:19|20)\d{2}年/u;

/** Least share of the question's weight the retrieved passages must hold to be worth answering from. */
const MIN_PASSAGE_COVERAGE = 0.34;
const CANDIDATE_PASSAGES = 12;

export interface AskContext {
  /** Who asks, in which conversation ("console:chat:u1"): follow-ups and the question log key on it. */
  asker?: string;
  /** When the question is asked: "去年" is read against it. The service's clock when not given. */
  at?: Date;
  /** Names the asker goes by (the chat nickname), kept from a model provider. */
  names?: string[];
}

export interface QuestionServiceOptions {
  kb: KnowledgeBase;
  retriever: HybridRetriever;
  answerer: Answerer;
  log: Logger;
  now?: () => Date;
  /** Resolves "那武汉呢？" against the asker's previous question. */
  followUps?: FollowUps;
  /** Answers staff wrote for questions the knowledge base does not answer well. */
  curated?: CuratedAnswers;
  /** Where each asked question and its outcome is kept for staff. */
  questionLog?: QuestionLog;
}

/**
 * Reads the question as the reports would word it, resolves a follow-up, gives a staff answer when
 * one matches, then retrieval, the checks that hold for every answerer (a place or year the
 * knowledge base does not cover, a how-to no rule answers, a question whose words the passages do
 * not hold), then the configured answerer. An answerer that searches itself (the agent) is asked
 * even when the passages do not cover the question, through the same retrieval within the
 * question's year and kind. Questions with an asker are logged with their outcome.
 */
export class QuestionService {
  private readonly now: () => Date;
  private options: QuestionServiceOptions;

  constructor(options: QuestionServiceOptions) {
    this.options = options;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Answers from another knowledge base from the next question on (a document added on the
   * workbench: src/knowledge/live-knowledge.ts). A question being answered keeps the one it began with.
   */
  useKnowledge(parts: Pick<QuestionServiceOptions, 'kb' | 'retriever' | 'answerer'>): void {
    this.options = { ...this.options, ...parts };
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const { kb, followUps, curated, log } = this.options;
    const at = context.at ?? this.now();
    const typed = readQuestion(withTheCityDescribed(question, kb.cities(), kb.tokenizer), kb.tokenizer, at, kb.cities());
    const read = kb.mendTypos(withTheCityOfAPlace(withCitiesSpelledRight(typed, kb.cities(), kb.tokenizer), kb.cities(), kb.tokenizer));
    const picked = context.asker ? followUps?.picked(context.asker, read, at) : undefined;
    const resolved = picked?.read ?? (context.asker && followUps ? followUps.resolve(context.asker, read, at) : read);
    const staff = curated ? await curated.find(resolved) : undefined;
    const found = staff ?? (await this.answerRead(resolved, context));
    const offered = found.answered ? [] : await this.nearQuestions(resolved, at);
    const answer = offered.length > 0 ? { ...found, offered: offered.map((o) => o.ask) } : found;
    if (context.asker) {
      followUps?.remember(context.asker, resolved, at, offered);
      await this.record({ question, resolved, followUp: resolved !== read }, answer, context.asker, at);
    }
    if (resolved !== read) log.debug({ question, resolved }, 'follow-up resolved');
    // A follow-up completed or a city's name set right: the member sees how the question was read.
    if (picked) return { ...answer, understood: picked.ask };
    return resolved !== typed ? { ...answer, understood: resolved } : answer;
  }

  /**
   * The office's ways of asking the rules nearest a declined question, each answered: a question
   * naming a place or a year asks about the reports, which have none. An answerer that searches
   * itself (the agent) has already tried other words, and each offer would cost a model call.
   */
  private async nearQuestions(text: string, at: Date): Promise<Offer[]> {
    const { kb, answerer } = this.options;
    if (answerer.searches) return [];
    const analysis = analyzeQuery(text, kb);
    if (analysis.cities.length > 0 || analysis.years.length > 0 || analysis.unknownPlaces.length > 0) return [];
    const asks = nearestAsks(questionTerms(analysis, kb), kb.allAsked()).map((ask) => ({ ask, read: kb.mendTypos(readQuestion(ask, kb.tokenizer, at, kb.cities())) }));
    return answeredAmong(asks, (ask) => this.answerRead(ask.read, { at }));
  }

  /** The knowledge base's answer to a question already read (and resolved), or to each it asks. */
  private async answerRead(text: string, asked: AskContext): Promise<Answer> {
    const whole = await this.answerOne(text, asked);
    if (whole.answered) return whole;
    const cities = this.options.kb.cities();
    // "武汉跟许昌前年社情民意各收了多少篇": each place's figure, and which one the knowledge base lacks.
    const perPlace = questionPerPlace(text, cities, (word) => this.options.kb.tokenizer.namesAPlace(word));
    const parts = perPlace.length > 0 ? perPlace : questionsInOneMessage(text, cities);
    if (parts.length === 0) {
      // "廊坊23年…是78篇我知道，十堰同一年委员写了几篇？": the figure the member knows, checked, and the one asked.
      const knownAndAsked = aFigureKnownAndOneAsked(text, cities);
      if (knownAndAsked.length > 0) {
        const answers = await Promise.all(knownAndAsked.map((part) => this.answerOne(part, asked)));
        if (answers[1]!.answered) return answerForEach(knownAndAsked, answers, cities);
      }
      // "头一回写社情民意 心里没底 想先看看人家咋弄 许昌政协24年…一共收了多少篇": the member's own scene before a city's question.
      // "…一般几天有人受理啊 我是农工党的 上周五交的到现在还显示已提交": the member's talk after the ask.
      // "…提案立案是260件左右？明天座谈会要引用": what the figure is wanted for, after the city's question.
      const ask = fromTheCitysAsk(text, cities) ?? uptoTheLastAsk(text, cities) ?? beforeThePurposeSaid(text, cities);
      return ask ? await this.answerOne(ask, asked).then((a) => (a.answered ? a : whole)) : whole;
    }
    const answers = await Promise.all(parts.map((part) => this.answerOne(part, asked)));
    return answers.some((a) => a.answered) ? answerForEach(parts, answers, cities) : whole;
  }

  private async answerOne(text: string, asked: AskContext): Promise<Answer> {
    const { kb } = this.options;
    // "能帮我写篇发言稿不", "会取消了，我之前请的假还要去销吗": the one place in the rules for the kind answers it.
    // "…想先看看人家咋弄 许昌24年社情民意一共收了多少篇": a city's count in a year is the report's to give.
    const reportsFigure = kb.cities().some((city) => text.includes(city)) && /(?:19|20)\d{2}年/u.test(text) && ASKS_HOW_MANY.test(text);
    for (const kind of KINDS_THE_RULES_ANSWER) {
      if (reportsFigure || kind.afterAsked || !kind.asks(text) || text === kind.asTheRulesAsk) continue;
      const rule = await this.answerOne(kind.asTheRulesAsk, asked);
      if (rule.answered) return rule;
      if (kind.declineOtherwise) return declined(kb);
    }
    const found = await this.searchAndAnswer(text, asked);
    if (found.answered) return found;
    // "…那个草稿还在不在啊 能留多久": a kind whose own words often answer it, read plainly when they do not.
    const kind = KINDS_THE_RULES_ANSWER.find((k) => k.afterAsked && k.asks(text) && text !== k.asTheRulesAsk);
    const rule = kind ? await this.answerOne(kind.asTheRulesAsk, asked) : undefined;
    return rule?.answered ? rule : found;
  }

  /** The answer the passages found for the question give, or a decline. */
  private async searchAndAnswer(text: string, asked: AskContext): Promise<Answer> {
    const { kb, retriever, answerer, log } = this.options;
    if (asksToCompose(text) || asksBotsOpinion(text) || asksToReplyForAnother(text)) return declined(kb);
    // More passages than are cited: the answerer cites what it used first, then the best others.
    const retrieval = await retriever.retrieve(text, CANDIDATE_PASSAGES);
    const { analysis } = retrieval;
    let passages = await this.withTheAskAlone(retrieval.passages, analysis.text, analysis.cities.length);
    const place = analysis.unknownPlaces[0];
    if (place) return declined(kb, `${place}政协的资料`);
    const byTheRules = analysis.cities.length === 0 && analysis.years.length > 0 ? await this.byTheRulesAlone(text, asked) : undefined;
    if (byTheRules) return byTheRules;
    const year = analysis.years.find((y) => !kb.knowsYear(y, analysis.cities));
    if (year !== undefined) return declined(kb, missingYearReason(kb, year, analysis.cities));
    if (analysis.years.length > 0) {
      passages = passages.filter((p) => passageFitsYears(p, analysis.years));
      if (passages.length === 0) return declined(kb, missingYearReason(kb, analysis.years[0]!, analysis.cities));
    }
    // No one's phone is in the reports or rules: a sentence naming the person is no answer to it.
    if (asksForContact(text) && !passages.some((p) => givesContactNumber(p.chunk.text))) return declined(kb, CONTACT_NOT_KEPT);
    if (asksForParticulars(text) && !passages.some((p) => givesParticulars(p.chunk.text))) return declined(kb, PARTICULARS_NOT_KEPT);
    if (asksForAFinePlace(text) && !passages.some((p) => givesAFinePlace(p.chunk.text))) return declined(kb, FINE_PLACE_NOT_KEPT);
    if ((asksAPersonsCareer(text) && !passages.some((p) => TELLS_A_CAREER.test(p.chunk.text))) || asksWhatHappenedLately(text)) return declined(kb);
    // The member's own how-to is answered by the rules, never by a report's account of the year.
    const rulesOnly = asksMembersHowTo(text, analysis.cities.length) || asksWhetherMemberMay(text, analysis.cities.length);
    if (rulesOnly) passages = passages.filter((p) => p.doc.kind === 'rule');

    // A year no report covers as its work year may still be mentioned; a decline then says so.
    const gap = uncoveredYear(kb, analysis.years, analysis.cities);
    const decline = () => declined(kb, gap === undefined ? undefined : missingYearReason(kb, gap, analysis.cities));
    // "廊坊前年小微协商搞了多少次，跟23年比咋样": a count asked of a year no report covers is not given by the
    // other year's figure, named beside it for comparison ("23年几次 24年又几次" asks each, and gets the one there is).
    if (gap !== undefined && ASKS_HOW_MANY.test(text) && COMPARED_WITH_A_YEAR.test(text)) return decline();
    const terms = questionTerms(analysis, kb);
    // "老年食堂关了…类别选哪个": the rules' list of categories is where the answer is, whatever the story's words find
    // ("药房卖过期药…归哪一类": whatever else they ask of the rules).
    const category = categoryOfTheMatter(analysis.text);
    if (category === undefined && analysis.cities.length === 0 && analysis.years.length === 0 && leftOpenByTheRules(terms, kb.unsaidAsks(), kb.allAsked(), (word) => kb.rulesSay(word))) return decline();
    if (analysis.cities.length === 0 && analysis.years.length === 0 && caseToldBeforeTheAsk(analysis.text)) passages = withRules(passages, rulesTheSearchMissed(kb, terms, passages));
    const askedSo = analysis.cities.length === 0 && analysis.years.length === 0 ? this.askedSo(analysis.text, terms) : new Set<string>();
    passages = withRules(passages, rulesAskedSo(kb, askedSo));
    if (category) passages = withRules(passages, kb.rulePassages().filter((p) => holdsTheCategoryItem(p.chunk.text, category)));
    const context = passages.map((p) => `${p.doc.title} ${p.chunk.section} ${p.chunk.text}`).join('\n');
    // "今天有什么会": once the member's own time is set aside, next to nothing is asked that a passage could hold.
    // (A city or year named says what it is about: "廊坊那个报告是谁讲的".)
    if (analysis.cities.length === 0 && analysis.years.length === 0 && askedWeight(terms) < MIN_ASKED_WEIGHT && category === undefined) return decline();
    const plainly = coverage(terms, context) >= MIN_PASSAGE_COVERAGE || category !== undefined;
    // A question only the members' ways of asking a rule cover is a question about the rules.
    const byAsking = !plainly && passages.some((p) => coverageAsked(terms, `${p.doc.title} ${p.chunk.section} ${p.chunk.text}`, kb.askedAbout(p.chunk), askedSo) >= MIN_PASSAGE_COVERAGE);
    if (byAsking) passages = passages.filter((p) => p.doc.kind === 'rule');
    const covered = passages.length > 0 && (plainly || byAsking);
    if (!covered) {
      log.debug({ question: text, terms, searches: answerer.searches === true }, 'passages do not cover the question');
      // An answerer that searches itself may still find it in other words; it declines if not.
      if (!answerer.searches) return decline();
    }
    const search = (query: string) => this.search(query, analysis.years, rulesOnly);
    const answer = await answerer.answer(text, covered ? passages : [], { asker: asked.asker, names: asked.names, search, askedSo });
    return answer.answered || gap === undefined ? answer : decline();
  }

  /**
   * "今年的提案我直接在这发给你行不行", "我今年才报了3篇，这个编号咋来的": the rules hold for every
   * year, so a year said in a question they answer is the member's own time, not a report's.
   */
  private async byTheRulesAlone(text: string, asked: AskContext): Promise<Answer | undefined> {
    const yearless = text.replace(/(?:19|20)\d{2}年(?:度)?(?:的)?/gu, '').trim();
    if (yearless === text || !/\p{Script=Han}{2}/u.test(yearless)) return undefined;
    // Only one of the office's ways of asking a rule says so: any rule a yearless question finds does not.
    const { kb } = this.options;
    const analysis = analyzeQuery(yearless, kb);
    if (this.askedSo(yearless, questionTerms(analysis, kb)).size === 0) return undefined;
    const answer = await this.answerOne(yearless, asked);
    const cited = citedIn(answer);
    return answer.answered && cited.length > 0 && cited.every((c) => kb.docs.get(c.source)?.kind === 'rule') ? answer : undefined;
  }

  /** The sentences of the rules the question is one of the office's ways of asking about. */
  private askedSo(text: string, terms: Term[]): Set<string> {
    const { kb } = this.options;
    return sentencesAskedSo(text, terms, kb.allAsked(), { say: (word) => kb.rulesSay(word), together: (a, b) => kb.oneRuleSays(a, b) });
  }

  /**
   * A member's case told before their ask ("我们小区又是停车难又是…，我想一次都写进去报一篇行不行"):
   * the story's words find passages about the story; what the ask alone finds is added.
   */
  private async withTheAskAlone(passages: Passage[], text: string, citiesNamed: number): Promise<Passage[]> {
    const told = citiesNamed === 0 ? caseToldBeforeTheAsk(text) : undefined;
    if (!told) return passages;
    const more = await this.options.retriever.retrieve(told.ask, CANDIDATE_PASSAGES);
    const held = new Set(passages.map((p) => p.chunk.id));
    return [...passages, ...more.passages.filter((p) => !held.has(p.chunk.id))];
  }

  /** The same retrieval for a query the answerer words itself, held to the year and kind of the question asked. */
  private async search(query: string, years: number[], rulesOnly: boolean): Promise<Passage[]> {
    const { passages } = await this.options.retriever.retrieve(query, CANDIDATE_PASSAGES);
    return passages.filter((p) => passageFitsYears(p, years) && (!rulesOnly || p.doc.kind === 'rule'));
  }

  private async record(asked: Pick<LoggedQuestion, 'question' | 'resolved' | 'followUp'>, answer: Answer, asker: string, at: Date): Promise<void> {
    const { questionLog, log } = this.options;
    if (!questionLog) return;
    try {
      await questionLog.record({
        askedAt: at,
        asker,
        ...asked,
        outcome: answer.via === 'curated' ? 'curated' : answer.answered ? 'answered' : 'declined',
        source: answer.citations[0]?.source,
        // The sources the member saw under the answer (renderAnswer lists those the text cites).
        citations: citedIn(answer).map(({ source, title, section }) => ({ source, title, section })),
      });
    } catch (error) {
      // The member still gets the answer; only the staff's statistics miss one question.
      log.warn({ err: error }, '问题记录写入失败');
    }
  }
}
