import { normalizeQuery } from '../knowledge/normalize/index.ts';
import type { KnowledgeBase } from '../retrieval/knowledge-base.ts';
import { analyzeQuery } from '../retrieval/query-analysis.ts';
import { buildCitations, declined } from './compose.ts';
import { partForCity, termsForCity } from './city-parts.ts';
import { trimToClauses } from './clauses.ts';
import { isListItem, itemsOfKind, kindAsked, meaningFit, summarizesAList } from './enumeration.ts';
import { asksYesOrNo } from './question-words.ts';
import { actionAsked, answeringTheNorm, answersWhereToGet, asksMembersHowTo, asksWho, asksWhenReported, asksWhoReported, totalCounted } from './question-kind.ts';
import { askingClauses, asksTwoCounts, deadlineSide, hasFigure, onlyOneOfAKind, pastTheDeadlineUnsaid, shapeOf } from './question-shape.ts';
import { countedTerm, countsAThingNeverNamed, countsOnlyAKindOf, measuredTerm, sendsAThingNeverNamed } from './counted.ts';
import { answerOrdinal, ordinalAsked } from './ordinal.ts';
import { asksName, quotesFullerName, quotesNameBegun, wordOffsets, wordsSpellingNames } from './names.ts';
import { coverageAsked } from './asked-so.ts';
import { askingClauseTerms, coverage, coverageInSection, questionTerms, SYNONYM_CREDIT, termCredit, termsMeant, toldCaseBonus, type Term } from './relevance.ts';
import type { Answer, AnswerContext, Answerer, Passage } from './types.ts';
import { speaksOfSeveralAsked } from './several.ts';
import { partAsked } from './part-asked.ts';
import { inOneParagraph, listIntro, passageSentences, withoutQuotedQuestions } from './passage-sentences.ts';
import { withOpenings } from './openings.ts';
import { answerEachFigureClause, figureBesideTerm, givesEachCount } from './figure-clauses.ts';
import { CASE_BONUS, provisionForTheCaseSaid } from './member-case.ts';
import { namesThingAsked, thingAskedToExist } from './existence-asked.ts';
import { asksForContact } from './contact-asked.ts';
import { countsSaid } from './count-said.ts';
import { takesTheAnswersShape, type Reading } from './sentence-fit.ts';
import { saysAction } from './action-said.ts';
import { categoryOfTheMatter, isTheCategoryItem } from './category-asked.ts';
import { forAFailureNotSaid, NEGATED_CASE_BONUS, speaksOfTheCaseNotDone, usesTheMeansSetAside, verbsNegated, withoutMeansSetAside } from './negated-case.ts';

export interface ExtractiveOptions {
  /** Least share of the question's weight the chosen sentence (with its headings) must hold. */
  minCoverage?: number;
  /** Longest single extract, in characters. */
  maxSentenceChars?: number;
}

/** Longest extract answering "多少次/几期" and the like. */
const COUNT_ANSWER_CHARS = 70;

/** Least coverage of the whole question by the sentence answering its second part. */
const COMPLEMENT_COVERAGE = 0.2;

/** Least coverage of the sentence after, for it to carry the step a how-to asks for. */
const NEXT_STEP_COVERAGE = 0.3;

/** Share of its credit a word earns from elsewhere in the sentence's section. */
const SECTION_SHARE = 0.5;

/** How much of what the members' ways of asking add to a sentence's coverage counts in its rank. */
const ASKED_SHARE = 0.25;
/** Longest two-sentence answer to a "how do I" question. */
const PROCEDURE_CHARS = 170;

interface Candidate {
  passage: Passage;
  sentence: string;
  /** The sentence that follows in the same passage, if any. */
  next?: string;
  /** In a rule, the sentence before in the same article, if any. */
  previous?: string;
  score: number;
  coverage: number;
}

/**
 * The offline answerer: picks the sentence of the retrieved passages that best answers the
 * question, trims it to the clauses that matter and cites it. It declines when no sentence
 * holds enough of the question or lacks the kind of figure the question asks for.
 */
export class ExtractiveAnswerer implements Answerer {
  private readonly minCoverage: number;
  private readonly maxSentenceChars: number;

  constructor(private readonly kb: KnowledgeBase, options: ExtractiveOptions = {}) {
    this.minCoverage = options.minCoverage ?? 0.5;
    this.maxSentenceChars = options.maxSentenceChars ?? 120;
  }

  async answer(question: string, passages: Passage[], context: AnswerContext = {}): Promise<Answer> {
    const analysis = analyzeQuery(normalizeQuery(question), this.kb);
    const reporter = asksWhoReported(analysis.text) || asksWhenReported(analysis.text);
    // Two cities compared are answered each for itself; one of two the member is unsure of, from either.
    const compared = analysis.cities.length > 1 && !analysis.eitherCity;
    // "谁讲的", "在全会上作的", "哪位领导": speaking, the session and the speaker's rank only shape the
    // question; the byline says none of them in those words. A means done without ("不用手机号的绑法") need not be held.
    const terms = withoutMeansSetAside(questionTerms(analysis, this.kb).filter((t) => !reporter || !BYLINE_SAYS_OTHERWISE.test(t.word)), analysis.text);
    const worded = shapeOf(analysis.text);
    const shape: Reading = {
      ...worded,
      years: analysis.years,
      askedSo: context.askedSo ?? new Set(),
      howTo: asksMembersHowTo(analysis.text, analysis.cities.length),
      action: undefined,
      total: totalCounted(analysis.text),
      // "重点提案有几件 谁来督办": the count comes first; who may be said with it or by a second sentence.
      person: asksWho(analysis.text) && !(worded.asksBesidesCount && worded.units.length > 0),
      reporter,
      contact: asksForContact(analysis.text),
      countsSaid: countsSaid(analysis.text),
      negated: verbsNegated(analysis.text, this.kb.tokenizer),
      text: compared ? '' : analysis.text,
      focus: [],
      meant: worded.asksMeaning ? termsMeant(analysis.text, terms) : [],
      name: asksName(analysis.text),
      kind: kindAsked(analysis.text),
      category: categoryOfTheMatter(analysis.text),
      part: partAsked(analysis.text, analysis.cities, this.kb.tokenizer),
      spoken: { text: analysis.text, words: wordOffsets(analysis.text, this.kb.tokenizer.words(analysis.text)) },
    };
    if (passages.length === 0 || terms.length === 0) return declined(this.kb);
    // "有多少粉丝": a count of something the knowledge base never names is no count it holds.
    if (countsAThingNeverNamed(analysis.text, this.kb.tokenizer, this.usedByTheReports)) return declined(this.kb);
    if (sendsAThingNeverNamed(analysis.text, this.kb.tokenizer, this.usedByTheReports)) return declined(this.kb);
    if (reporter) passages = withOpenings(this.kb, passages);
    if (shape.howTo) {
      const action = actionAsked(analysis.text, this.kb.tokenizer);
      shape.action = action ? (terms.find((t) => t.word === action) ?? { word: action, weight: 1, forms: this.kb.tokenizer.synonyms(action), parts: [] }) : undefined;
    }
    if (shape.units.length > 0) shape.counted = countedTerm(analysis.text, terms, this.kb.tokenizer, this.usedByTheReports);
    shape.focus = askingClauseTerms(analysis.text, terms);
    const measured = measuredTerm(analysis.text, terms, this.kb.tokenizer);
    const existing = thingAskedToExist(analysis.text, terms, this.kb.tokenizer);
    // "第二大块讲的是啥": the report's structure answers, never a sentence that happens to hold the words.
    const ordinal = ordinalAsked(analysis.text);
    if (ordinal) return answerOrdinal(this.kb, ordinal, terms, passages, analysis.years) ?? declined(this.kb);

    const groups = compared ? analysis.cities.map((city) => passages.filter((p) => p.doc.city === city)) : [passages];
    const picks: Candidate[] = [];
    for (const [i, group] of groups.entries()) {
      const asked = groups.length > 1 ? termsForCity(analysis.text, analysis.cities, analysis.cities[i]!, terms) : terms;
      // Only sentences that hold enough of the question compete: a list bonus must not let one that does not win.
      // Each city counts its own thing ("廊坊的小微协商……常熟的议事活动，各搞了多少回").
      const own = groups.length > 1 ? this.cityReading(shape, analysis.text, analysis.cities, i, asked) : shape;
      const all = this.rank(group, asked, own)
        .filter((c) => !measured || termCredit(measured, c.sentence) >= 0.8)
        // "有没有奖励": only a sentence naming the thing says whether there is one.
        .filter((c) => namesThingAsked(existing, `${c.passage.doc.title} ${c.passage.chunk.section} ${c.sentence}`) && answersWhereToGet(analysis.text, c.sentence))
        // "常熟跟十堰比 谁的重点提案多": figures compared are answered by a figure (the reports' are in digits) for each city.
        .filter((c) => groups.length === 1 || !own.wantsNumber || (own.units.length > 0 ? hasFigure(c.sentence, own.units) : figureBesideTerm(c.sentence, terms)));
      const ranked = answeringTheNorm(all.filter((c) => c.coverage >= this.minCoverage), analysis.text, analysis.cities.length, analysis.years.length);
      const best = ranked[0];
      if (!best || best.coverage < this.minCoverage) continue;
      // "截止了想改成请假怎么办": what to do instead goes with the refusal before it ("不再接收").
      const refusal = shape.howTo && best.previous && SAYS_NO.test(best.previous) && !SAYS_NO.test(best.sentence) ? best.previous : undefined;
      if (refusal && groups.length === 1 && [...refusal + best.sentence].length <= PROCEDURE_CHARS) {
        picks.push({ ...best, sentence: refusal, next: best.sentence }, { ...best, next: undefined });
        continue;
      }
      picks.push(best);
      if (groups.length === 1 && shape.multiPart) {
        // "下基层多少趟 专题调研几回" both said in one sentence: a second would add nothing asked.
        if (givesEachCount(analysis.text, asked, best.sentence)) continue;
        // The clause asking a name or a yes-or-no is answered by a sentence without the asked figure or time.
        const figure = own.units.length > 0 || own.wantsDuration || own.wantsTime;
        // Two counts of two things ("社情民意多少篇，《各界反映》几期"): the second is held to its own words (complement).
        const pool = own.asksBesidesCount && figure ? this.rank(group, asked, { ...own, units: [], counted: undefined, wantsDuration: false, wantsTime: false, wantsDay: false }) : asksTwoCounts(analysis.text) ? all : ranked;
        const second = this.complement(pool, best, terms, askingClauses(analysis.text).join(' '));
        // Nothing missing from the best sentence overall may still leave one of two figures unsaid.
        const each = second ? undefined : answerEachFigureClause(analysis.text, asked, ranked);
        if (second) picks.push(second);
        else if (each && each.includes(best)) picks.splice(-1, 1, ...each);
      } else if (
        groups.length === 1 &&
        (shape.wantsProcedure || ((shape.asksIfAllowed || TURN_TO_WHOM.test(shape.spoken.text)) && SAYS_NO.test(best.sentence) && !NEW_ARTICLE.test(best.next ?? ''))) &&
        best.next &&
        coverage(terms, best.next) > 0 &&
        [...best.sentence + best.next].length <= PROCEDURE_CHARS
      ) {
        picks.push({ ...best, sentence: best.next, next: undefined });
      }
    }
    if (picks.length === 0 || (groups.length > 1 && picks.length < groups.length)) return declined(this.kb);

    const used = [...new Set(picks.map((p) => p.passage))];
    const parts = picks.map((pick, i) => {
      const n = used.indexOf(pick.passage) + 1;
      // "是许昌还是常熟来着": the member asked which city, so the answer names it too.
      const label = analysis.cities.length > 1 && pick.passage.doc.city ? `${pick.passage.doc.city}：` : '';
      // Consecutive sentences from one passage share one citation mark, after the last.
      const mark = picks[i + 1]?.passage === pick.passage && groups.length === 1 ? '' : `[${n}]`;
      // A count is answered by the clauses around the figure, not the whole report sentence.
      const limit = shape.units.length > 0 && !shape.multiPart ? Math.min(this.maxSentenceChars, COUNT_ANSWER_CHARS) : this.maxSentenceChars;
      // "三大中心分别是啥": the items first, then the sentence that names them.
      const items = shape.kind ? itemsOfKind(pick.sentence, shape.kind.kind, this.kb.tokenizer) : [];
      const listed = items.length > 0 ? `${items.join('、')}。` : '';
      return `${label}${listed}${trimToClauses(pick.sentence, terms, shape, limit)}${mark}`;
    });
    return { text: parts.join(groups.length > 1 ? '\n' : ''), answered: true, citations: buildCitations(used, passages), via: 'extractive' };
  }

  private rank(passages: Passage[], terms: Term[], shape: Reading): Candidate[] {
    const candidates: Candidate[] = [];
    passages.forEach((passage, rank) => {
      const heading = `${passage.doc.title} ${passage.chunk.section}`;
      const section = withoutQuotedQuestions(this.kb.sectionText(passage.chunk));
      const sentences = passageSentences(passage, shape.wantsList);
      sentences.forEach((sentence, i) => {
        // A list item means what its intro says of every item.
        const context = `${heading} ${listIntro(passage.chunk.text, sentence)}`;
        if (!takesTheAnswersShape(sentence, passage, shape, this.kb.tokenizer)) return;
        // "截止时间过后还能请假吗" is not answered by what may be done before it.
        const side = shape.deadline && deadlineSide(sentence);
        if (side && side !== shape.deadline) return;
        // An example question quoted in a sentence ("例如“提案怎么写？”") is not what it says.
        // A name the question spells out unquoted counts as said ("知地情爱常熟" for “知地情·爱常熟”).
        const spelled = wordsSpellingNames(sentence, shape.spoken.text, shape.spoken.words);
        const said = `${withoutQuotedQuestions(sentence)} ${spelled.join(' ')}`;
        const own = coverage(terms, said);
        // Headings and the title carry part of the meaning of the sentences under them.
        const covers = Math.max(
          own,
          coverage(terms, `${context} ${said}`) * 0.95,
          // Not for a how-to: its steps must name the thing itself.
          shape.howTo ? 0 : coverageInSection(terms, `${context} ${said}`, section, SECTION_SHARE) * 0.95,
        );
        // A rule asked about in the members' words it is asked in (knowledge/rule-questions.txt) is
        // one to answer from; among those, the sentence saying the question's own words still wins.
        const asked = coverageAsked(terms, `${context} ${said}`, this.kb.askedAbout(passage.chunk, sentence), shape.askedSo) * 0.95;
        const withContext = Math.max(covers, asked);
        let score = covers + ASKED_SHARE * Math.max(0, asked - covers) + 0.3 * coverage(terms, passage.chunk.section) + toldCaseBonus(terms, said) - rank * 0.01;
        // "…贯通那块，统筹搞的专项民主监督是监督啥的": the clause asking weighs more than the one setting the scene.
        if (shape.focus.length > 0 && shape.focus.length < terms.length) score += 0.2 * coverage(shape.focus, said);
        // "截止了还能请假不": the provision for that side of the deadline, over one giving the member's case as an example.
        if (side) score += 0.1;
        else if (pastTheDeadlineUnsaid(sentence, shape.deadline, shape.spoken.text)) score -= 0.1;
        // "有哪些…" wants an enumeration: a sentence naming several items answers it.
        if (shape.wantsList && (sentence.match(/、/g)?.length ?? 0) >= 2) score += 0.4;
        // …and "三大中心分别是啥" one naming things of that kind, clause by clause.
        if (shape.kind && itemsOfKind(sentence, shape.kind.kind, this.kb.tokenizer).length >= 2) score += 0.4;
        // "这种个人的事能当社情民意报吗": a yes or no on one case is answered by its item, not by the list's summary.
        if (!shape.wantsList && !shape.kind && asksYesOrNo(shape.spoken.text) && summarizesAList(sentence)) score -= 0.15;
        // "已编报是啥意思": the item defining the word asked of (not one the story names), over the list naming it among others.
        if (shape.asksMeaning) score += meaningFit(sentence, shape.meant, terms);
        if (shape.wantsNumber && shape.units.length === 0) score += hasFigure(sentence, []) ? 0.1 : -0.2;
        // "常熟提案几件": "立案提案261件" counts them, "撰写一件提案" says what each member does.
        if (shape.units.length > 0 && onlyOneOfAKind(sentence, shape.units)) score -= 0.1;
        // "办理了多少件提案": "20件重点提案" counts a kind of them the question does not name.
        if (countsOnlyAKindOf(sentence, shape.units, shape.counted, shape.spoken.text)) score -= 0.15;
        // "我有三个问题…能不能一起报": the rule on several of them speaks to the member's case.
        if (speaksOfSeveralAsked(shape.spoken.text, sentence)) score += 0.05;
        // "去不了，该怎么回复请假": the provision for the member's case ("委员不能参加会议的，…") over a summary.
        if (shape.howTo && provisionForTheCaseSaid(sentence, shape.spoken.text, this.kb.tokenizer)) score += CASE_BONUS;
        // "没绑定账号的…还能收到吗": the rule for what was not done ("尚未绑定的…"), over one on doing it.
        if (speaksOfTheCaseNotDone(sentence, shape.negated)) score += NEGATED_CASE_BONUS;
        else if (forAFailureNotSaid(sentence, shape.spoken.text) || usesTheMeansSetAside(sentence, shape.spoken.text)) score -= NEGATED_CASE_BONUS;
        // "书香政协的品牌叫什么": a sentence quoting a fuller name with the word in it gives the name; "悦读什么来着", one beginning so.
        if (shape.name && quotesFullerName(sentence, terms)) score += 0.2;
        if (shape.name && quotesNameBegun(sentence, shape.spoken.text)) score += 0.5;
        const next = sentences[i + 1];
        // …and only by steps for doing that very thing ("写", not any sentence naming 提案); the
        // step may sit in the sentence after, which a how-to answer keeps when it is on the question.
        if (shape.action && !saysAction(this.kb.tokenizer, shape.action, `${passage.chunk.section} ${said}`, terms)) {
          const following = next ? withoutQuotedQuestions(next) : '';
          if (!saysAction(this.kb.tokenizer, shape.action, following, terms) || coverage(terms, following) < NEXT_STEP_COVERAGE) return;
        }
        // Of steps under one heading, the one saying the act itself ("查看") comes first.
        if (shape.action && saysAction(this.kb.tokenizer, shape.action, said, terms)) score += 0.005;
        const before = sentences[i - 1];
        const previous = passage.doc.kind === 'rule' && before && inOneParagraph(passage.chunk.text, before, sentence) ? before : undefined;
        // "物业乱收费的类别选哪个": the item of the category the matter goes under answers, whatever words it shares
        // (only such items compete once one is found, below).
        const categoryItem = isTheCategoryItem(sentence, shape.category);
        candidates.push({ passage, sentence, next: next && !isListItem(next) ? next : undefined, previous, score, coverage: categoryItem ? Math.max(withContext, this.minCoverage) : withContext });
      });
    });
    // "药房卖过期药…归哪一类": once the category's item is found, a sentence sharing the story's words ("过期") is no rival.
    const items = candidates.filter((c) => isTheCategoryItem(c.sentence, shape.category));
    return (items.length > 0 ? items : candidates).sort((a, b) => b.score - a.score);
  }

  /**
   * Each city is asked its own question: "武汉出了几期…，许昌的出到第几辑了" wants 期 of 武汉 and
   * any figure of 许昌; each counts its own thing ("廊坊的小微协商……常熟的议事活动，各搞了多少回").
   */
  private cityReading(shape: Reading, text: string, cities: string[], i: number, asked: Term[]): Reading {
    const part = partForCity(text, cities, cities[i]!);
    // The city's own words also name the act its figure must be said of ("廊坊办理的提案各多少件").
    const own = part && /多少|几[^乎]|什么|啥|哪|谁/u.test(part) ? { ...shape, ...shapeOf(part), multiPart: shape.multiPart, asksBesidesCount: shape.asksBesidesCount, text: part } : shape;
    return own.units.length > 0 ? { ...own, counted: countedTerm(text, asked, this.kb.tokenizer, this.usedByTheReports) } : own;
  }

  /** Whether the knowledge base uses the word or one of its equivalents. */
  private readonly usedByTheReports = (word: string): boolean => this.kb.tokenizer.synonyms(word).some((f) => this.kb.bm25.documentFrequency(f) > 0);

  /** A second sentence for a question asking several things, if it adds what the first lacks. */
  private complement(ranked: Candidate[], first: Candidate, terms: Term[], asking: string): Candidate | undefined {
    // A word the first holds in other words or by all its parts ("媒体11次报道" for 媒体报道) is not missing;
    // nor is one of the scene ("写了一半有事走了，草稿留多久，还能接着写吗" asks of 草稿 and 接着写).
    const asked = terms.filter((t) => t.forms.some((f) => asking.includes(f)));
    const missing = (asked.length > 0 ? asked : terms).filter((t) => termCredit(t, first.sentence) < SYNONYM_CREDIT);
    if (missing.length === 0) return undefined;
    // A sentence that holds the second part of the question, not a stray word of it.
    return ranked.find((c) => c !== first && c.sentence !== first.sentence && coverage(terms, c.sentence) >= COMPLEMENT_COVERAGE && coverage(missing, c.sentence) >= 0.5);
  }
}

/** "这会儿该找谁": whom to turn to, which a refusal's next sentence in the article may say. */
const TURN_TO_WHOM = /(?:找|问|联系|跟|和|告诉)(?:谁|哪个|哪位|哪里|哪儿)/u;

/** A rule refusing something ("不再接收"), whose next sentence in the article says what to do instead. */
const SAYS_NO = /不再|不能|不得|不作为|无法|不可以|不予/u;
const NEW_ARTICLE = /^第[一二三四五六七八九十百零]+条/u;

const BYLINE_SAYS_OTHERWISE = /^(?:作|做|讲|念|宣读|报告人|领导|全会|政协全会|全体会议|大会)$/u;
