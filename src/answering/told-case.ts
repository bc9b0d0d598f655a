/**
 * A member who tells their case and then asks what they may or must do about it ("我们小区又是停车难
 * 又是物业乱收费…，我想一次都写进去报一篇社情民意行不行"). The case is told in the member's own
 * words, which a rule never repeats: it says which provision applies, but the ask says what the
 * member wants to know.
 */

/** The last clause asks whether the member may, or what else they should, do. */
const ASKS_MAY_OR_SHOULD =
  /(?:行不行|可不可以|能不能|可以吗|行吗|能行吗|好使吗|成不成|合适吗|算不算|要不要|需不需要|还(?:需要|要|得|用)[^，,。？?！!]{0,8}(?:吗|么|嘛|不)|该(?:怎么|咋|如何)|(?:怎么|咋)(?:办|弄|整|处理)|以哪个为准|听哪个的|信哪个)[吗呢啊呀嘛？?。！!～~\s]*$/u;

/** The clause boundary before the ask. */
const CLAUSE_END = /[，,。；;！!？?\s]/gu;

/** Least length of the case told before the ask, for it to be a case and not a lead-in ("请问，"). */
const CASE_LENGTH = 8;

/** Shortest ask that says what it is about: "这样行吗" leans on the clause before it. */
const ASK_LENGTH = 10;

/**
 * The clauses telling the member's case before their ask, or undefined when the question is not a
 * case followed by such an ask.
 */
export function caseToldBeforeTheAsk(question: string): { told: string; ask: string } | undefined {
  const text = question.trim();
  if (!ASKS_MAY_OR_SHOULD.test(text)) return undefined;
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index! + 1).filter((at) => at < text.length - 1);
  const start = [...ends].reverse().find((at) => [...text.slice(at)].length >= ASK_LENGTH);
  if (start === undefined || [...text.slice(0, start)].length < CASE_LENGTH) return undefined;
  return { told: text.slice(0, start), ask: text.slice(start) };
}
