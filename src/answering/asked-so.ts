import type { AskPrint } from '../retrieval/question-bank.ts';
import { askedWeight, coverage, type Term } from './relevance.ts';
import { kindsAsked } from './similar-questions.ts';

/**
 * A question matched against the office's ways of asking each rule (knowledge/rule-questions.txt):
 * the words of the question and of a way of asking, each as much as the other says.
 */

/** Least likeness of the question to a way of asking a rule for the rule to be read with it. */
const ASK_LIKENESS = 0.4;
/** How much likelier the likest sentence's way of asking must be than any other sentence's. */
const ASK_MARGIN = 0.05;

/**
 * How like a way of asking a rule the question is: the share of the question's weight the way of
 * asking says, and the share of its own weight the question says, taken together.
 */
export function askLikeness(terms: Term[], ask: AskPrint): number {
  const asked = askedWeight(terms);
  const { total, forms } = traitsOf(ask);
  if (asked === 0 || total === 0) return 0;
  const said = new Set(terms.filter((t) => !t.told).flatMap((t) => t.forms));
  const ofTheAsk = ask.words.reduce((sum, w) => sum + (w.forms.some((f) => said.has(f)) ? w.weight : 0), 0) / total;
  // Word for word, not letter for letter: "报社" is no word of "怎么报社情民意".
  const ofTheQuestion = terms.reduce((sum, t) => sum + (!t.told && (t.forms.some((f) => forms.has(f)) || ask.anchor.includes(t.word)) ? t.weight : 0), 0) / asked;
  return Math.sqrt(ofTheQuestion * ofTheAsk);
}

/** What every question is held against in a way of asking, worked out once for it. */
interface AskTraits {
  kinds: string[];
  total: number;
  forms: Set<string>;
}

const traits = new WeakMap<AskPrint, AskTraits>();

function traitsOf(ask: AskPrint): AskTraits {
  let found = traits.get(ask);
  if (!found) {
    found = { kinds: kindsAsked(ask.text), total: ask.words.reduce((sum, w) => sum + w.weight, 0), forms: new Set(ask.words.flatMap((w) => w.forms)) };
    traits.set(ask, found);
  }
  return found;
}

/** Weight of a word of the question that, said neither by the rules nor by a way of asking them, rules that way out. */
const THING_UNSAID = 2.5;

/**
 * The sentences of the rules (by their anchors) whose members' ways of asking
 * (knowledge/rule-questions.txt) are likest the question: "会期往后推了，我前头回的还作数不" is a
 * way of asking 第二十四条 whose words it hardly shares. A way of asking that leaves out a thing the
 * question names and no rule says ("大会发言稿一般写多少字", "能发短信吗") asks about something else.
 */
export function sentencesAskedSo(
  question: string,
  terms: Term[],
  asks: readonly AskPrint[],
  rules: { say: (word: string) => boolean; together: (anchor: string, other: string) => boolean },
): Set<string> {
  const unsaid = terms.filter((t) => !t.told && t.weight >= THING_UNSAID && !t.forms.some(rules.say));
  const kinds = kindsAsked(question);
  const best = new Map<string, number>();
  for (const ask of asks) {
    const its = traitsOf(ask);
    if (unsaid.some((t) => !t.forms.some((f) => its.forms.has(f)))) continue;
    // "提案怎么交" asks how, which "提案能在这里交吗" does not.
    if (kinds.length > 0 && !its.kinds.some((kind) => kinds.includes(kind))) continue;
    best.set(ask.anchor, Math.max(best.get(ask.anchor) ?? 0, askLikeness(terms, ask)));
  }
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first || first[1] < ASK_LIKENESS) return new Set();
  const near = ranked.filter(([, likeness]) => likeness >= first[1] - ASK_MARGIN);
  // A question as like ways of asking two articles says which it means no more than the rules' own
  // words; two pieces of one article ("尚未绑定…无法收到通知" / "另行电话通知") are one answer.
  if (near.some(([anchor]) => !rules.together(first[0], anchor))) return new Set();
  return new Set(near.map(([anchor]) => anchor));
}

/** The share of the question a rule holds, read with one of the ways of asking it the question is like (0 with none). */
export function coverageAsked(terms: Term[], text: string, asks: readonly AskPrint[], askedSo: ReadonlySet<string>): number {
  let best = 0;
  for (const ask of asks) if (askedSo.has(ask.anchor)) best = Math.max(best, coverage(terms, `${text}\n${ask.text}`));
  return best;
}

/** Least likeness to a question the rules leave open for the question to be one. */
const UNSAID_LIKENESS = 0.55;

/**
 * Whether the question is likest one of the questions members ask that no rule answers
 * ("回执截止一般定在开会前几天"): more like it than like any way of asking a rule, it is declined
 * rather than answered by the nearest rule ("截止前 24 小时发送提醒").
 */
export function leftOpenByTheRules(terms: Term[], unsaid: readonly AskPrint[], asks: readonly AskPrint[], rulesSay: (word: string) => boolean): boolean {
  const best = (prints: readonly AskPrint[]) => prints.reduce((most, ask) => Math.max(most, askLikeness(terms, ask)), 0);
  // "回执的提醒是截止前多久发": a weighty word of the rules the open question leaves out says which rule is asked.
  const ruled = terms.filter((t) => !t.told && t.weight >= THING_UNSAID * 0.6 && t.forms.some(rulesSay));
  const open = best(unsaid.filter((ask) => ruled.every((t) => t.forms.some((f) => traitsOf(ask).forms.has(f)))));
  return open >= UNSAID_LIKENESS && open > best(asks) + ASK_MARGIN;
}
