import type { DialogTurn, StepOutcome } from '../../conversation/dialog/dialog.ts';
import type { Identity } from '../../members/directory.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { extractContact } from '../intake/contact.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { greetsOnly, readIntroduction, readsAsOpener } from '../intake/introduction.ts';
import { tagWords } from '../intake/tagger.ts';
import { looksLikeStory, readsAsAsk, readsAsProblem, tellsMoreOfTheStory } from '../intake/start-phrase.ts';
import { isKnowledgeQuestion } from './intents.ts';
import { announcesSlowTyping, GO_ON, heldIn, isDoneTelling, isPiece, joinPieces } from './split-messages.ts';

/**
 * The steps before a report is begun: a message offered as a report ("要把它作为社情民意提交吗？"),
 * and a self-introduction kept for the report that usually follows.
 */

export const OFFERED = 'offer';
export const INTRODUCED = 'introduced';

type Begin = (turn: DialogTurn<Identity>, start: unknown) => Promise<StepOutcome>;

const OFFER = '您发来的内容像是一条社情民意信息。要把它作为社情民意提交吗？';
const OFFER_CHOICES = [
  { label: '是，作为社情民意提交', value: '是' },
  { label: '不是', value: '不是' },
];
const NOT_OFFERED = '好的，没有作为社情民意提交。有问题可以直接问我。';

export function offerAsReport(offered: string): StepOutcome {
  return { replies: [{ text: OFFER, choices: OFFER_CHOICES }], next: { step: OFFERED, data: { offer: offered } } };
}

export function greetIntroduction(introduction: string): StepOutcome {
  return { replies: [{ text: greeting(introduction) }], next: { step: INTRODUCED, data: { intro: introduction } } };
}

function greeting(introduction: string): string {
  const name = readIntroduction(introduction)?.name;
  // "王秘书你好" is answered in kind; "有个事" is asked to go on.
  const lead = name
    ? `您好，${name}委员！有什么需要请直接说`
    : greetsOnly(introduction) ? '您好！有什么需要请直接说' : announcesSlowTyping(introduction) ? '好的，您慢慢说，分几条发也可以' : '您请讲';
  return `${lead}：反映社情民意可以直接把情况和建议发给我，也可以问我政协工作和报送办法方面的问题。`;
}

/** A message that goes on with a report: a problem told or a measure asked for, not a question to us. */
function tellsAReport(text: string): boolean {
  const plain = withoutDecoration(text);
  // "我爱人预产期就是12月5号前后": a date or an hour is no figure of harm.
  const undated = plain.replace(/\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|\d{1,2}[点:：](?:\d{1,2})?|(?:周|星期|礼拜)[一二三四五六日天]/gu, '');
  return Array.from(plain).length >= 8 && !isKnowledgeQuestion(plain, 'title') && (readsAsAsk(plain) || readsAsProblem(undated) || looksLikeStory(plain));
}

/** A short question said without a question mark, as voice input and slow typists send them. */
function asksAboutSomething(text: string): boolean {
  const plain = withoutDecoration(text);
  return Array.from(plain).length <= 16 && (/[？?]$/u.test(plain) || /哪里|哪儿|在哪|几楼|几点|几号|什么时候|啥时候|多久|谁/u.test(plain));
}

/** "有个事", then "垃圾站": the thing the member is about to tell of, a noun or two. */
function namesATopic(text: string): boolean {
  const plain = withoutDecoration(text);
  if (Array.from(plain).length > 8) return false;
  const words = tagWords(plain, false);
  return words.length > 0 && words.every(({ word, tag }) => /^(?:n|ns|nz|nt|nl|ng|s|f)$/u.test(tag) || /^(?:我们|咱们|俺们|我家)$/u.test(word)) && words.some(({ tag }) => tag !== 'f');
}

/** After a self-introduction: a story or a request begins the report; anything else is not for us. */
export async function settleIntroduction(turn: DialogTurn<Identity>, begin: Begin): Promise<StepOutcome> {
  const text = turn.message.text;
  const intro = String(turn.session.data.intro ?? '');
  // Said to type slowly ("我眼神不好打字慢"): a few words a bubble are held until a bubble tells the
  // report, which is then read with them; the suggestion is collected the same way.
  const { pieces } = heldIn(turn.session.data);
  const done = pieces.length > 0 && isDoneTelling(text);
  if (tellsAReport(text) || done) {
    if (pieces.length === 0) return begin(turn, { rest: text });
    const outcome = await begin(turn, { rest: joinPieces(done ? pieces : [...pieces, text]) });
    return 'next' in outcome ? { ...outcome, next: { ...outcome.next, data: { ...outcome.next.data, fragmentary: true } } } : outcome;
  }
  // "眼睛不好", "字看不清", then "会在哪里开": a question before any story is put to the bot, not held.
  if (asksAboutSomething(text) && (pieces.length === 0 || !tellsAReport(joinPieces(pieces)))) return { replies: [], done: true, passOn: true };
  const held = announcesSlowTyping(intro) ? isPiece(text) : readsAsOpener(intro) && !readIntroduction(intro) && pieces.length === 0 && namesATopic(text);
  if (held) return { replies: [{ text: GO_ON }], next: { step: INTRODUCED, data: { intro, pieces: [...pieces, text] } } };
  // "我是僑聯的", then "陳秉坤", then "電話136……": one introduction over several bubbles.
  const merged = `${intro}，${text}`;
  if (!greetsOnly(text) && readIntroduction(merged)) return greetIntroduction(merged);
  return { replies: [], done: true, passOn: true };
}

/** The answer to "要把它作为社情民意提交吗？": yes starts the intake with the message offered. */
/** "要的，帮我报上去", "报吧": the offer taken up in its own words (要把它…提交吗 → 要的). */
// ("那就报吧，建议……": the yes, then the suggestion.)
const TAKEN_UP = /^(?:嗯+|对|好|行|那|好吧|行吧)?(?:就)?(?:要|需要|提交|交上去|(?:帮我|帮忙|麻烦(?:帮我)?)?报(?:上去|一下)?)(?:的|吧|啊|呀|哈)?[。！!～~]*$/u;

export async function settleOffer(turn: DialogTurn<Identity>, begin: Begin): Promise<StepOutcome> {
  const text = turn.message.text;
  // "是的，要提交": the first clause answers.
  const first = text.split(/[，,。！!\s]/u)[0] ?? '';
  const answer = readYesNo(text) ?? readYesNo(first) ?? (TAKEN_UP.test(text.trim()) || TAKEN_UP.test(first) ? 'yes' : null);
  if (answer === 'no') return { replies: [{ text: NOT_OFFERED }], done: true };
  const fresh = { ...turn.session, step: 'start', data: {} };
  const offered = String(turn.session.data.offer ?? '');
  // "好的。建议医院把职工车辆挪到后面": the yes and the suggestion in one message.
  const more = readYesNo(text) === null ? text.replace(/^[^，,。！!\s]*[，,。！!\s]+/u, '') : '';
  const goesOn = more !== '' && (tellsAReport(more) || Object.keys(extractContact(more)).length > 1);
  if (answer === 'yes') return begin({ ...turn, session: fresh }, { rest: goesOn ? `${offered}\n${more}` : offered });
  // Answering with one's details ("署名可以", "我是民盟的徐丽") goes on with the report.
  const { rest: _other, ...contact } = extractContact(text);
  if (Object.keys(contact).length > 0) return begin({ ...turn, session: fresh }, { rest: `${offered}\n${text}` });
  // Going on with the story or the suggestion ("能不能提高基础养老金", "都是晚上拉过来偷倒的，占了耕地") is a yes too.
  if (tellsAReport(text) || (Array.from(withoutDecoration(text)).length >= 8 && tellsMoreOfTheStory(withoutDecoration(text)))) return begin({ ...turn, session: fresh }, { rest: `${offered}\n${text}` });
  return { replies: [], done: true, passOn: true };
}
