import { pickedOffer, type Offer } from './near-questions.ts';

/**
 * Follow-up questions within one conversation: "那武汉呢？", "去年呢？", "具体有哪些？", "它是哪年开始
 * 的" are completed from the same member's previous question, if it was asked in the last few
 * minutes. Questions arrive read (see readQuestion): "去年" is already "2025年".
 */
export const FOLLOW_UP_TTL_MS = 10 * 60_000;

/** Askers kept at most; the oldest are forgotten first (they have long expired in practice). */
const MAX_ASKERS = 10_000;

const END = /[\s？?。！!，,、~～…]+$/u;
const YEAR = /\d{4}年(?:度)?/u;
/** The part of a question that asks: "了多少次", "叫什么", "有哪些"… (the last one in the question). */
const ASK = /(?:一共|总共|共)?(?:有|是|为|叫)?(?:多少|几)[\p{Script=Han}]?|(?:是|叫|有)?(?:什么|啥)[\p{Script=Han}]{0,2}|(?:有)?哪(?:些|几[\p{Script=Han}]?)|(?:是)?(?:怎么|如何|怎样)[\p{Script=Han}]{0,2}|什么时候|何时|哪一?年/gu;
const ASKS_SOMETHING = new RegExp(ASK.source, 'u');
const PRONOUN = /^(?:那么|那)?(它们|它|这个|那个|这项|那项|这些|那些|这件事|那件事|这事|那事|该项|此项)/u;
const ELABORATE = /^(?:那|那么)?(?:具体|都|分别|主要|还|一般)?(?:有|是|包括|包含)?(?:哪些|哪几[个项条类]?|什么|些什么|啥)(?:呢)?$|^(?:能)?(?:具体|详细|展开|再)(?:说说|讲讲|介绍一下|介绍介绍|点)$|^举几个例子$/u;
const BARE_ASK = /^(?:那|那么)?(?:一共|总共)?(?:有|是)?(?:多少|几)[\p{Script=Han}]?$/u;

export class FollowUps {
  private readonly last = new Map<string, { question: string; at: number; offered: readonly Offer[] }>();

  /** `places`: the cities the knowledge base holds, to tell "那武汉呢" from "那提案呢". */
  constructor(
    private readonly places: () => string[],
    private readonly ttlMs = FOLLOW_UP_TTL_MS,
  ) {}

  /** The question completed from the asker's previous one, or as it came when it is no follow-up. */
  resolve(asker: string, question: string, at: Date): string {
    const previous = this.recent(asker, at);
    return (previous && completeFollowUp(question, previous.question, this.places())) ?? question;
  }

  /** The question the member picked ("2", "第二个") among those offered when the previous one was declined. */
  picked(asker: string, message: string, at: Date): Offer | undefined {
    return pickedOffer(message, this.recent(asker, at)?.offered ?? []);
  }

  /** `offered`: the questions offered when this one was declined, which the next message may pick by number. */
  remember(asker: string, question: string, at: Date, offered: readonly Offer[] = []): void {
    this.last.delete(asker);
    this.last.set(asker, { question, at: at.getTime(), offered });
    if (this.last.size > MAX_ASKERS) this.last.delete(this.last.keys().next().value!);
  }

  private recent(asker: string, at: Date) {
    const previous = this.last.get(asker);
    return previous && at.getTime() - previous.at <= this.ttlMs ? previous : undefined;
  }
}

/** The follow-up written out in full against `previous`, or null when it stands on its own. */
export function completeFollowUp(question: string, previous: string, places: string[]): string | null {
  const text = question.replace(END, '');
  const prev = previous.replace(END, '');
  if (!text || !prev || [...text].length > 24) return null;

  // "具体有哪些？", "分别是什么？": the previous question, asking for the particulars.
  if (ELABORATE.test(text)) {
    // A question that already asks for a list is asked again as it was.
    if (/哪些|哪几/u.test(lastAsk(prev) ?? '')) return `${prev}？`;
    return `${replaceAsk(prev, /分别/u.test(text) ? '分别是什么' : '哪些') ?? `${prev}具体有哪些`}？`;
  }
  // "多少件？": the previous subject, asked this way.
  if (BARE_ASK.test(text)) return `${topicOf(prev)}${text.replace(/^(?:那么|那)/u, '')}？`;

  // "它是哪年开始的": the previous subject in place of the pronoun.
  const pronoun = PRONOUN.exec(text);
  if (pronoun && [...text].length > pronoun[0].length) return `${topicOf(prev)}${text.slice(pronoun[0].length)}？`;

  // "那武汉呢", "2025年呢", "那民生类提案呢": the previous question with one part changed.
  const about = /^(?:那么|那|还有|换成|改成|如果是|要是|再问问?)?(.+?)(?:的情况|的数据|方面|的)?(?:呢|怎么样|又如何)$/u.exec(text);
  if (!about) return null;
  const slot = about[1]!.replace(/^(?:那么|那)/u, '').replace(/的$/u, '');
  if (ASKS_SOMETHING.test(slot)) return null;
  const cities = places.filter((c) => slot.includes(c));
  const year = YEAR.exec(slot)?.[0];
  let rest = slot;
  for (const c of cities) rest = rest.split(c).join('');
  if (year) rest = rest.replace(year, '');
  rest = rest.replace(/^(?:市政协|市|政协)|^和|^与/u, '').trim();

  if (rest === '' && (cities.length > 0 || year)) {
    let out = prev;
    if (cities.length > 0) out = withCities(out, cities, places);
    if (year) out = withYear(out, year, places);
    return `${out}？`;
  }
  if ([...rest].length > 12) return null;
  // A new subject with the previous place, year and way of asking ("办了几期").
  const ask = lastAsk(prev);
  if (!ask) return null;
  const place = cities.length > 0 ? '' : places.filter((c) => prev.includes(c)).join('和');
  const when = year ? '' : (YEAR.exec(prev)?.[0] ?? '');
  return `${place}${when}${slot}${ask}？`;
}

function withCities(question: string, cities: string[], places: string[]): string {
  const named = places.filter((c) => question.includes(c)).sort((a, b) => question.indexOf(a) - question.indexOf(b));
  if (named.length === 0) return `${cities.join('和')}${question}`;
  let out = question.replace(named[0]!, cities.join('和'));
  for (const other of named.slice(1)) out = out.replace(new RegExp(`[和与跟、及]?${other}`, 'u'), '');
  return out;
}

function withYear(question: string, year: string, places: string[]): string {
  if (YEAR.test(question)) return question.replace(YEAR, year);
  // After the place it is about ("十堰市政协" + "2025年"), else in front.
  const place = places.find((c) => question.includes(c));
  if (!place) return `${year}${question}`;
  const after = new RegExp(`${place}(?:市政协|政协|市)?`, 'u').exec(question)!;
  const at = after.index + after[0].length;
  return `${question.slice(0, at)}${year}${question.slice(at)}`;
}

/** The last asking part of the question with the verb before it ("办了几期"), or undefined. */
function lastAsk(question: string): string | undefined {
  const last = [...question.matchAll(ASK)].at(-1);
  if (!last || last.index === undefined) return undefined;
  const before = question.slice(0, last.index);
  const verb = /[办做开搞编发交写出收立举评提报]了$/u.exec(before)?.[0] ?? /(?:开展|召开|举办|组织|编发|提交|报送|收到|完成|推送|出版|立案|报告|请示)了$/u.exec(before)?.[0] ?? '';
  return `${verb}${last[0]}`;
}

function replaceAsk(question: string, by: string): string | null {
  const asks = [...question.matchAll(ASK)];
  const last = asks.at(-1);
  if (!last || last.index === undefined) return null;
  return `${question.slice(0, last.index)}${by}${question.slice(last.index + last[0].length)}`;
}

/** What the question is about: the part before what it asks, without a trailing "了/的/是". */
export function topicOf(question: string): string {
  const asks = [...question.matchAll(ASK)];
  const first = asks[0];
  let topic = first?.index !== undefined ? question.slice(0, first.index) : question;
  // "…召开专家协商会议，讨论的是什么": the clause that names the thing.
  const clauses = topic.split(/[，,]/u).filter((c) => c.trim());
  if (clauses.length > 1 && /^(?:讨论|说|问|其中|主要)/u.test(clauses.at(-1)!)) topic = clauses.slice(0, -1).join('，');
  return topic.replace(/[，,\s]+$/u, '').replace(/(?:了|的|是|叫|有|都)+$/u, '');
}
