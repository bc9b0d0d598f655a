import { normalizeMessage } from '../../shared/normalize-text.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { readConsent } from '../intake/consent.ts';
import { extractContact } from '../intake/contact.ts';
import { withSpokenDigitRuns } from '../intake/phone.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { readsAsSuggestion, readStartPhrase } from '../intake/start-phrase.ts';
import { isTypistAside } from './typist-asides.ts';
import { asksToWait, PAUSE_REPLY, withoutResuming } from './remarks.ts';

/**
 * Elderly members send a sentence a few words a bubble ("我们那个", "人民路老年活动中心", "今年改成了"),
 * and anyone may send a phone number or a name in two bubbles ("电话135", "72461089"; "我叫", "邵桂兰").
 * Read one at a time, each bubble would be taken for a whole answer; these readers say what to hold
 * until the rest comes, and how the parts join.
 */

/** What is held between bubbles, kept in the dialog's session data. */
export interface Held {
  /** Parts of the story not yet read, in the order sent. */
  pieces: string[];
  /** The member writes in fragments: the suggestion, asked later, is collected the same way. */
  fragmentary: boolean;
  /** "我叫", "电话": a lead whose answer is in the next bubble. */
  lead: string;
  /** "电话135": the first digits of a number the next bubble finishes. */
  digits: string;
}

const HELD_KEYS = ['pieces', 'fragmentary', 'lead', 'digits'] as const;

export function heldIn(data: Record<string, unknown>): Held {
  return {
    pieces: Array.isArray(data.pieces) ? data.pieces.map(String) : [],
    fragmentary: data.fragmentary === true,
    lead: typeof data.lead === 'string' ? data.lead : '',
    digits: typeof data.digits === 'string' ? data.digits : '',
  };
}

/** The session data without anything held: what the fields are read from. */
export function withoutHeld(data: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...data };
  for (const key of HELD_KEYS) delete rest[key];
  return rest;
}

/** What is held, as session data: only the keys that hold something. */
export function heldData(held: Held): Record<string, unknown> {
  return {
    ...(held.pieces.length > 0 ? { pieces: held.pieces } : {}),
    ...(held.fragmentary ? { fragmentary: true } : {}),
    ...(held.lead ? { lead: held.lead } : {}),
    ...(held.digits ? { digits: held.digits } : {}),
  };
}

/** "就这些", "说完了", "没了": the member has finished telling; nothing of it is stored. */
const DONE_TELLING = /^(?:(?:谢谢|感谢|多谢)(?:你|您|你们|了|领导|\p{Script=Han}{1,2}秘书)?|就这些|就这么多|就这样|就这么个事儿?|说完了|讲完了|写完了|打完了|完了|没了|没有了|好了|就是这些|大概就这些)(?:了|吧|啊|哈|呀|的)?[。！!~～…]*$/u;
/**
 * How the member types, said to the bot ("打字慢", "你等我一下", "我今年七十六了" before any story):
 * no part of the story.
 */
const ABOUT_THE_TYPING = /^(?:我)?(?:打字|写字|字打得|眼睛|眼神)(?:很|太|比较|有点)?(?:慢|不好|花)|^(?:你|您)?(?:等|稍等)(?:我|一下|一会儿?)+$|^(?:我)?慢慢(?:打|说|写|讲)|^(?:我)?不太?会打字/u;
const AGE_ALONE = /^(?:我)?(?:今年)?(?:都|已经)?[六七八九]十[一二三四五六七八九]?(?:岁)?(?:了)?$/u;
/** Longest remark about the typing taken on its own outside the story: longer messages tell more. */
const MOST_IN_A_REMARK = 16;

/**
 * A short remark about the typing sent when no story is being collected ("我今年七十六了打字慢" asked
 * for the suggestion): said to the bot, so it is acknowledged and the member's later bubbles are collected.
 */
export function isRemarkAboutTyping(text: string): boolean {
  const said = typed(text);
  // "等一下" is a pause, answered as one elsewhere; only words about the typing itself count here.
  return Array.from(said).length <= MOST_IN_A_REMARK && /打字|写字|字打|眼睛|眼神|慢慢/u.test(said) && (ABOUT_THE_TYPING.test(said) || isTypistAside(said));
}
/** A pause or thinking aloud: "哦。。。", "嗯……等我想想怎么说". */
const FILLER = /^(?:(?:哦|噢|嗯|啊|呃|额|唉|哎|那个)+[，,。.…~～]*)+$|^(?:(?:嗯|呃|哎|唉)+[，,。.…~～]*)?(?:等我|让我|我再?)想想(?:怎么说|咋说|啊|哈)?[。.…~～]*$|^怎么说呢[。.…~～]*$/u;
const SLIP = /^(?:哦|噢|啊|呃)?(?:不对|说错了|错了|打错了)$/u;
/** A lead whose answer comes in the next bubble. */
const LEAD = /^(?:我叫|我的名字(?:是|叫)|名字(?:是|叫)?|我姓|我是|电话|手机|电话号码?|手机号码?|号码|联系电话|我的电话|界别)(?:是)?[：:]?$/u;
/** A piece of a sentence: a few words, no full stop inside, no question. */
const MOST_IN_A_PIECE = 10;

function plain(text: string): string {
  return withoutDecoration(normalizeMessage(text)).replace(/[。.…~～]+$/u, '').trim();
}

/** The bubble as typed: a remark on the typing is itself what these read (the story leaves it out). */
function typed(text: string): string {
  return normalizeMessage(text).replace(/[。.…~～！!]+$/u, '').trim();
}

/** "建议市城管局尽快维修。": a sentence closed with its full stop is said whole. */
const CLOSED = /[^。.！!…][。！!]\s*$/u;
/** "二中门口早上违停严重": a short bubble that ends on how bad it is is a whole statement. */
const ENDS_ON_HARM = /(?:严重|厉害|突出|普遍|频发|没人管|不管|扰民|危险|太(?:多|少|贵|乱|堵|差|远|慢|吵|脏|挤)了?|很(?:多|乱|堵|差|吵|脏|挤)|坏了|堵死了|乱停|占道)$/u;

export function isDoneTelling(text: string): boolean {
  return DONE_TELLING.test(plain(text) || text.trim());
}

export function isLead(text: string): boolean {
  return LEAD.test(plain(text));
}

/** A remark about how the member types, said before or between the parts of the story. */
export function isAboutTheTyping(text: string, before: readonly string[]): boolean {
  const said = typed(text);
  if (ABOUT_THE_TYPING.test(said) || (before.length === 0 && AGE_ALONE.test(said))) return true;
  // "我七十多了，打字慢，见谅", "我今年七十六了打字慢": the years, the typing and an apology.
  return isTypistAside(normalizeMessage(text).trim());
}

/** "我眼神不好打字慢" as a whole message: the member will write a few words a bubble. */
export function announcesSlowTyping(text: string): boolean {
  const said = typed(text);
  return ABOUT_THE_TYPING.test(said) && Array.from(said).length <= 14 && !/[?？吗呢]/u.test(said);
}

/** Whether a bubble is a piece of a sentence, to be held until the rest comes. */
export function isPiece(text: string): boolean {
  const said = plain(text);
  if (said === '' || Array.from(said).length > MOST_IN_A_PIECE || CLOSED.test(normalizeMessage(text)) || (Array.from(said).length >= 6 && ENDS_ON_HARM.test(said))) return false;
  if (/[。！!？?；;\n]/u.test(said) || /[吗呢么]$/u.test(said)) return false;
  if (isDoneTelling(said) || isLead(said) || readYesNo(said) !== null || readConsent(said) !== undefined) return false;
  if (readStartPhrase(said) !== null || /^\d[\d\s-]*$/u.test(said)) return false;
  const { rest: _rest, ...contact } = extractContact(said);
  return Object.values(contact).every((value) => value === undefined || value === '');
}

/**
 * The held pieces as one message. Most are parts of one sentence and run on; a piece ending on a
 * word that needs the next ("我们那个", "今年改成了", "建议") runs on without a comma.
 */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.reduce((all, piece) => {
    const part = plain(piece);
    if (all === '') return part;
    return RUNS_ON.test(all) ? `${all}${part}` : `${all}，${part}`;
  }, '');
}

const RUNS_ON = /(?:那个|这个|那|这|的|在|是|把|给|跟|和|(?<!不)对|从|到|往|我们|咱们|俺们|我住|改成了?|变成了?|成了|建议|我建议|希望|建议是|要求|呼吁|能不能|可不可以)$/u;

/** Digits of a number cut off at the end of a bubble ("电话135", "电话138 7201"), or a bubble of digits alone. */
export function startedNumber(text: string): string {
  const said = withSpokenDigitRuns(normalizeMessage(text).trim());
  const cut = /(?:电话|手机|号码|联系方式)(?:是|号|[:：])?\s*(1[\d\s-]{2,11})$/u.exec(said) ?? /^(1[\d\s-]{1,11})$/u.exec(said);
  const digits = (cut?.[1] ?? '').replace(/[\s-]/gu, '');
  // Only how a mobile begins (13…19…): "12345" is a wrong number, not the start of one.
  return digits.length >= 3 && digits.length < 11 && /^1[3-9]/u.test(digits) ? digits : '';
}

/** A bubble that goes on with held digits: digits alone ("-5530" after "电话 186-2717": the dash groups them). */
export function moreDigits(text: string): string {
  const said = withSpokenDigitRuns(normalizeMessage(text).trim());
  return /^[-－—]?\s*\d[\d\s-]*$/u.test(said) ? said.replace(/[\s\-－—]/gu, '') : '';
}

/** What to do with a bubble: hold it (and say so), or read these texts in turn, then keep `held`. */
export type SplitReading = { hold: true; held: Held; reply: string } | { hold: false; texts: string[]; held: Held };

/** A piece opening with the ask itself ("建议……", "希望……"): a measure named in passing ("去年装修好了") is none. */
const ASKS_OUTRIGHT = /^(?:我|我们)?(?:建议|希望|恳请|呼吁|请求|要求|盼望|期望)/u;

const GO_ON_SLOWLY = '好的，您慢慢说，分几条发也可以；说完了回复“说完了”。';
export const GO_ON = '嗯，您接着说。';
const MORE_DIGITS = '好的，请把号码接着发完。';
export const NUMBER_UNFINISHED = '电话号码好像还没发完，请接着把号码发完。';
const SAY_ON = '您请说。';

/**
 * Reads one bubble against what is held. `collecting` says whether the step takes the story in
 * pieces: asked for the story before any is told, or for the suggestion from a member who writes
 * in fragments.
 */
export function readSplit(held: Held, text: string, collecting: boolean): SplitReading {
  const none: Held = { pieces: [], fragmentary: held.fragmentary, lead: '', digits: '' };
  const groups = toldThenAsked(held.pieces);
  const story = groups.map(joinPieces);
  const digits = held.digits ? moreDigits(text) : '';
  if (digits) {
    const all = `${held.digits}${digits}`;
    if (all.length < 11) return { hold: true, held: { ...held, digits: all }, reply: MORE_DIGITS };
    return { hold: false, texts: [...story, `电话${all}`], held: none };
  }
  const said = held.lead ? `${held.lead}${normalizeMessage(text).trim()}` : text;
  if (!held.lead && !collecting && held.pieces.length === 0 && isRemarkAboutTyping(said)) return { hold: true, held: { ...held, fragmentary: true }, reply: GO_ON_SLOWLY };
  if (!held.lead && (collecting || held.pieces.length > 0)) {
    // "先不说了 孙子放学了 …回来再说": the pieces wait for the member to come back.
    const normal = normalizeMessage(said).trim();
    if (asksToWait(normal)) return { hold: true, held, reply: PAUSE_REPLY };
    // "回来了 接着说 …": back, going on with the story.
    const goesOn = withoutResuming(normal);
    if (goesOn === '') return { hold: true, held, reply: GO_ON };
    if (goesOn !== normal) return readSplit(held, goesOn, collecting);
    if (isAboutTheTyping(said, held.pieces)) return { hold: true, held: { ...held, fragmentary: true }, reply: GO_ON_SLOWLY };
    // "哦。。。": a pause, no part of the story.
    if (FILLER.test(normal)) return { hold: true, held, reply: GO_ON };
    // "有五十户", "不对", "是十五户": the slip is put right when the pieces are read together.
    if (held.pieces.length > 0 && SLIP.test(plain(said))) return { hold: true, held: { ...held, pieces: [...held.pieces, plain(said)] }, reply: GO_ON };
    if (isPiece(said)) {
      const pieces = [...held.pieces, said];
      // One short bubble may be a topic ("停车场乱收费"); two in a row are how this member writes.
      return { hold: true, held: { ...held, pieces, fragmentary: held.fragmentary || pieces.length >= 2 }, reply: held.pieces.length === 0 && !held.fragmentary ? GO_ON_SLOWLY : GO_ON };
    }
  }
  if (isDoneTelling(said)) return { hold: false, texts: story, held: none };
  if (isLead(said)) {
    if (story.length === 0) return { hold: true, held: { ...none, lead: plain(said) }, reply: SAY_ON };
    return { hold: false, texts: story, held: { ...none, lead: plain(said) } };
  }
  const begun = startedNumber(said);
  const after = begun ? { ...none, digits: begun } : none;
  if (begun && moreDigits(said)) return { hold: true, held: after, reply: MORE_DIGITS };
  // A bubble that goes on telling joins the held pieces; who reports it is read on its own, and so is
  // the suggestion after pieces that only tell ("晚上冷得睡不着", "建议民政给敬老院装空调").
  const asksAfterTelling = ASKS_OUTRIGHT.test(plain(said)) && !readsAsSuggestion(story.at(-1) ?? '');
  if (story.length > 0 && tells(said) && !asksAfterTelling) return { hold: false, texts: [...story.slice(0, -1), joinPieces([...groups.at(-1)!, said])], held: after };
  return { hold: false, texts: [...story, said], held: after };
}

/**
 * The pieces held, as what they tell and then what they ask ("我们不会弄", "好多老人就不坐车了",
 * "希望还能用实体卡刷"): each is read at its own step. Pieces that never ask stay one text.
 */
function toldThenAsked(pieces: readonly string[]): string[][] {
  const asked = pieces.findIndex((piece) => ASKS_OUTRIGHT.test(plain(piece)));
  if (asked <= 0 || readsAsSuggestion(joinPieces(pieces.slice(0, asked)))) return pieces.length > 0 ? [[...pieces]] : [];
  return [pieces.slice(0, asked), pieces.slice(asked)];
}

function tells(text: string): boolean {
  const { rest: _rest, ...contact } = extractContact(text);
  const gives = Object.values(contact).some((value) => value !== undefined && value !== '');
  return !gives && readConsent(text) === undefined && readYesNo(text) === null;
}
