import type { Reply } from '../../conversation/types.ts';
import { normalizeMessage } from '../../shared/normalize-text.ts';
import { fieldProblem } from '../intake/limits.ts';
import { categorySaid, parseFieldAnswer, parseSigned } from '../intake/parse-answer.ts';
import { questionFor, reviewFields } from '../intake/review.ts';
import type { OpinionExtractor } from '../extractor.ts';
import { composeTitle, plainTitle, splitFreeText } from '../intake/free-text.ts';
import { readLabels } from '../intake/labels.ts';
import { contactIn, withUnlistedName } from './contact-answers.ts';
import { phoneWithCorrectedEnd } from '../intake/phone.ts';
import { readConsent } from '../intake/consent.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { withLabelsClosed } from '../intake/form-labels.ts';
import { withSelfCorrections } from '../intake/self-corrections.ts';
import { ANOTHER_REPORT, isOnlyAsides } from '../intake/story-asides.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { putRightWhileTelling } from './put-right-while-telling.ts';
import { isFormOfAddress, readPersonName } from '../intake/person-name.ts';
import { readsAsAsk, readsAsProblem, readsAsSuggestion } from '../intake/start-phrase.ts';
import { PHONE_WITHHELD, type OpinionFields } from '../types.ts';
import { phoneWithheld } from '../intake/phone-withheld.ts';
import { CATEGORY_CHOICES } from './render.ts';
import { withdrawnPart } from '../intake/withdrawn-part.ts';
import { setsAsideAMatter } from './matters-set-aside.ts';
import { withLateSuggestion, withOpenerAsStory, withSuggestionFirst } from './suggestion-first.ts';
import { LEAVE_IT_TO_YOU, NAMED_TITLE, TITLE_ONLY, titleInPassing } from './title-in-passing.ts';
import { isMissing, joined, stored, storyAfterThePreview, suggestionAfterThePreview, withLineBeforeTheSuggestion } from './draft-text.ts';
import { moreOfTheStory } from './more-of-the-story.ts';
import { asksToPolish, asksToWait, PAUSE_REPLY, POLISH_REPLY, withoutQuestionThrownBack, withoutResuming } from './remarks.ts';

/** Where the intake stands: the field it waits for, or the preview awaiting confirmation (or consent). */
export type DraftStep = keyof OpinionFields | 'preview';

/** Who reports it: answers here often carry more than was asked ("民盟的徐丽，电话139…"). */
const CONTACT_STEPS: ReadonlySet<DraftStep> = new Set(['title', 'category', 'name', 'sector', 'phone', 'signed']);

/**
 * The intake as a WizardScene: a fixed array of steps and one persisted cursor (`Draft.step`).
 * The story comes first, then who reports it; the title and category are proposed from the story,
 * so most members are never asked for them.
 */
// A title that cannot be composed is asked for right after the story, while it is in mind; details
// of who reports it given then are kept (CONTACT_STEPS) and the title asked again.
export const STEPS: readonly (keyof OpinionFields)[] = ['situation', 'suggestion', 'title', 'category', 'name', 'sector', 'phone', 'signed'];

type Fields = Partial<OpinionFields>;

/**
 * The cursor: the first step still missing, or the preview once all are there but consent, which
 * the preview asks for itself (see consent-at-preview.ts): choosing there submits.
 */
export function cursor(fields: Fields): DraftStep {
  return STEPS.find((field) => field !== 'signed' && isMissing(fields, field)) ?? 'preview';
}

/** Asked together: most members send "民盟 徐丽 138……" in one message, which saves them two turns. */
const WHO_REPORTS = '请告诉我反映人的姓名、界别和联系电话，可以一条消息发来，例如“民盟 徐丽 13812345678”。';

export function ask(step: keyof OpinionFields, fields: Fields = {}): Reply {
  if (step === 'name' && isMissing(fields, 'sector') && isMissing(fields, 'phone')) return { text: WHO_REPORTS };
  if (step === 'category') return { text: questionFor('category'), choices: CATEGORY_CHOICES };
  return { text: questionFor(step) };
}

/** Fills in what can be proposed: a title from the story, a category from its words. */
export async function propose(fields: Fields, extractor: OpinionExtractor): Promise<Fields> {
  const next = { ...fields };
  if (isMissing(next, 'title') && next.situation && next.suggestion) {
    // A title that cannot be composed cleanly is the plain one from the suggestion's first clause:
    // shown in the preview, where the member may change it, rather than asked for.
    next.title = composeTitle(next.situation, next.suggestion) ?? plainTitle(next.situation, next.suggestion);
  }
  if (isMissing(next, 'category') && next.situation && next.suggestion) {
    const category = await extractor.suggestCategory(next);
    // 其他 when no topic was recognised: the preview shows it, and the member or staff may change it.
    next.category = category;
  }
  return next;
}

export type Update = { fields: Fields; error?: undefined } | { error: string; fields?: undefined };

/** Merges a member's message into the draft: many fields when it has them, else the answer to `step`. */
export async function applyText(fields: Fields, step: DraftStep, message: string, extractor: OpinionExtractor): Promise<Update> {
  // Read and stored in one form, as the first message of a report is (Traditional as Simplified).
  // "标题：关于……的建议。我们小区……": a title label on the line of the story ends at its full stop.
  let text = withSelfCorrections(withLabelsClosed(normalizeMessage(message))).replace(/^(\s*(?:标题|题目)[:：]\s*[^。\n]{4,40}?)。\s*(?=\S)/u, '$1\n');
  // "算了，这个问题太大了": hesitating, not answering; nothing is stored and the question stands.
  const hesitates = /^(?:算了|哎|唉|这个嘛|嗯+[…。，,.]*(?:等我|让我|我)想想|(?:等我|让我|我再)想想|怎么说呢)/u.test(text.trim());
  if ((step === 'situation' || step === 'suggestion') && hesitates && Array.from(text.trim()).length <= 15 && !readsAsAsk(text)) {
    return { error: '没关系，想好了可以接着说；不打算反映了请回复“取消”。' };
  }
  if ((step === 'situation' || step === 'suggestion') && asksToWait(text)) return { error: PAUSE_REPLY };
  // "回来了 接着说 我们住的是…": back from the pause, the story goes on without the words of coming back.
  const goesOn = step === 'situation' || step === 'suggestion' ? withoutResuming(text) : text.trim();
  if (goesOn === '') return { error: '好的，您请讲。' };
  if (goesOn !== text.trim()) text = goesOn;
  // "算了这个别人已经反映过了，我换个事说：……": the matter told so far gives way to another.
  const switched = fields.situation && (step === 'situation' || step === 'suggestion') ? SWITCHED.exec(text) : null;
  if (switched && Array.from(text.slice(switched[0].length)).length >= 10) {
    const { situation: _old, suggestion: _its, title: _titled, ...kept } = fields;
    return applyText(kept, 'situation', text.slice(switched[0].length), extractor);
  }
  // "刚才那个建议不要了 换一下 建议……": the suggestion said again replaces the one given, and the title made of it.
  const again = fields.suggestion && step !== 'preview' && step !== 'signed' ? SUGGESTION_SAID_AGAIN.exec(text) : null;
  if (again && fields.suggestion && Array.from(text.slice(again[0].length)).length >= 8) {
    const { suggestion: old, title, ...kept } = fields;
    const made = title === (composeTitle(fields.situation ?? '', old) ?? plainTitle(fields.situation ?? '', old));
    return applyText(made ? kept : { ...kept, title }, 'suggestion', text.slice(again[0].length), extractor);
  }
  // "那好 我说", a bare "建议" bubble: the member is about to tell it; nothing is stored yet.
  if ((step === 'situation' || step === 'suggestion') && GOING_TO_TELL.test(text.trim())) return { error: '好的，您请讲。' };
  if (asksToPolish(text)) return { error: POLISH_REPLY };
  // "这个归环保那块吧", "那就算社会治理吧": the category said in passing, whatever is asked.
  const category = step !== 'preview' && step !== 'category' ? categorySaid(text) : undefined;
  if (category) return { fields: { ...fields, category } };
  // "电话就不留了吧 办公室那边有我的号码": the member leaves no phone; the rest is read as usual.
  const withheld = step !== 'preview' && isMissing(fields, 'phone') ? phoneWithheld(text, !CONTACT_STEPS.has(step)) : null;
  if (withheld) {
    const declined = { ...fields, phone: PHONE_WITHHELD };
    return withheld.rest === '' ? { fields: declined } : applyText(declined, step === 'phone' ? cursor(declined) : step, withheld.rest, extractor);
  }
  // ('signed' is the preview with consent still open.)
  const atPreview = step === 'preview' || step === 'signed';
  // "我们社区今天刚搞完重阳节活动累死了": a bubble of the member's day or courtesies adds nothing.
  // ("嗯" may be a yes to a question put.)
  if (!atPreview && readYesNo(text) === null && isOnlyAsides(text)) return { fields };
  const withdrawn = withdrawnPart(fields, text);
  if (withdrawn) return { fields: withdrawn };
  if (!atPreview && setsAsideAMatter(text)) return { fields };
  // "刚才那句不算", "说错了，是5路车不是3路车": the story put right while it is being told.
  const putRight = atPreview ? null : putRightWhileTelling(fields, text);
  if (putRight) return { fields: putRight };
  text = withoutQuestionThrownBack(text);
  // "李明 民建 没错": who reports it, said again at the preview, is no more of the story.
  const reporter = atPreview ? onlyAboutTheReporter(fields, text) : null;
  if (reporter) return { fields: reporter };
  const suggested = atPreview ? (suggestionAfterThePreview(fields, text) ?? storyAfterThePreview(fields, text)) : null;
  if (suggested) return suggested;
  // "题目我都想好了，就叫关于……的建议": a title named in passing is the title, and the rest is read as usual.
  // "关于老年人看病挂号难的建议" sent first: the title, and the story is still to come.
  const titleOnly = TITLE_ONLY.exec(text.trim());
  if (titleOnly?.[1] && (step === 'situation' || step === 'title')) return { fields: { ...fields, title: titleOnly[1] } };
  const passing = titleInPassing(text);
  if (passing && step !== 'preview') {
    const rest = passing.rest.trim();
    const withTitle = { ...fields, title: passing.title };
    if (rest === '' || Array.from(withoutDecoration(rest)).length < 4) return { fields: withTitle };
    const after = await applyText(withTitle, step, rest, extractor);
    return after.fields ? { fields: { ...after.fields, title: passing.title } } : after;
  }
  // "不对不对，尾号是4591，我打快了": the number given a step ago put right, whatever is asked now.
  const ended = step !== 'phone' && /不对|错了|打错|写错|打快|更正|改一下/u.test(text) ? phoneWithCorrectedEnd(fields.phone, text) : undefined;
  if (ended) return { fields: { ...fields, phone: ended } };
  // "不对，是民革的，刚才打错了": a detail given a step ago, put right.
  const slip = step !== 'preview' ? SLIP.exec(text.trim()) : null;
  if (slip) {
    const { given } = contactIn(text.trim().slice(slip[0].length).replace(SLIP_REMARK, ''));
    if (Object.keys(given).length > 0) return { fields: { ...fields, ...given } };
  }
  // Who reports it, or consent, said while the story is asked for: kept, and the question stands.
  // (At the title step too: "同意" is consent, never a title.)
  if (step === 'situation' || step === 'suggestion' || step === 'title') {
    const aside = onlyAboutTheReporter(fields, text);
    if (aside) return { fields: aside };
  }
  // "你来定": the member leaves the title to us.
  if (step === 'title' && LEAVE_IT_TO_YOU.test(text.trim())) return { fields: { ...fields, title: plainTitle(fields.situation, fields.suggestion) } };
  const named = NAMED_TITLE.exec(text.trim());
  if (named?.[1]) return applyField(fields, 'title', named[1]);
  const labels = readLabels(text).values;
  const only = labels.length === 1 ? labels[0] : undefined;
  if (labels.length === 0) {
    const more = moreOfTheStory(fields, step, text);
    if (more) return { fields: more };
  }
  // A contact line may carry its own labels ("联系人:马骏 tel:186…"): still one contact line.
  const onlyContactLabels = labels.every((label) => ['name', 'sector', 'phone', 'signed'].includes(label.field));
  // "我叫啥你们那没登记吗？司马文杰": the answer is what follows the question thrown back.
  const thrownBack = CONTACT_STEPS.has(step) ? /^(?:[^？?\n]{1,40}[？?]\s*)+(\S[^？?]{0,15})$/u.exec(text.trim()) : null;
  if (thrownBack?.[1] && step !== 'title') text = thrownBack[1];
  // "标题要我自己起啊？你帮我起一个嘛" at another step: the title is proposed anyway.
  if (step !== 'title' && thrownBack && LEAVE_IT_TO_YOU.test(text.trim())) return { fields };
  if (CONTACT_STEPS.has(step) && onlyContactLabels) {
    // Asked who reports it, "他叫张德厚，民建的" from someone passing a report on says the same as 我叫.
    // (Not "打我女儿的手机，她叫林小燕": that 她 is the relative.)
    const relative = /(?:女儿|儿子|爱人|老伴|老婆|妻子|丈夫|老公|孙子|孙女|家属|闺女)[^。]{0,16}?(?:他|她)(?=叫|是)/u.test(text);
    const said = (step === 'name' || step === 'sector' || step === 'phone' || step === 'signed') && !relative ? text.replace(/(?<=^|[，,。\s])(?:他|她|我爸|我妈|我父亲|我母亲|老\p{Script=Han}|\p{Script=Han}(?:院长|主任|书记|局长|校长|老师|经理|委员|总|主席|会长))(?=叫|是|的电话|电话)/gu, '我') : text;
    const { given, rest: besides } = step === 'name' ? withUnlistedName(contactIn(said)) : contactIn(said);
    // Details for other fields are kept too (and a suggestion remembered late); the question for this one is then asked again.
    if (Object.keys(given).length > 0) return { fields: withLateSuggestion({ ...fields, ...given }, besides) };
    // A message that is no answer here goes on telling the story or the suggestion ("那天两台都出去了").
    const notATitle = step !== 'title' || !/^关于/u.test(text.trim());
    // Elderly members send a sentence a few words a bubble ("收十块钱", "好多老人"): asked whether to
    // sign, words that are neither yes nor no go on with the story.
    const least = step === 'title' ? 15 : step === 'signed' && parseSigned(text) === undefined ? 4 : 6;
    const story = Array.from(withoutDecoration(text)).length >= least && !ABOUT_THE_ASKED.test(text);
    // (Asked for the phone, words without a number in them are no answer: "我觉得民政局应该……" is the suggestion.)
    if (story && readPersonName(text) === null && (step !== 'phone' || !/\d[\d\s-]{6,}/u.test(text)) && notATitle && !ANOTHER_REPORT.test(text)) {
      if (!readsAsSuggestion(text)) return { fields: { ...fields, situation: joined(fields.situation, stored(text)) } };
      // The real suggestion comes after a story line taken for one ("电动车跟大货车混着走"): that line goes back to the story.
      if (fields.suggestion && !readsAsSuggestion(fields.suggestion)) {
        return { fields: { ...fields, situation: joined(fields.situation, fields.suggestion), suggestion: stored(text) } };
      }
      return { fields: { ...fields, suggestion: joined(fields.suggestion, stored(text)) } };
    }
  }
  // "电话：138…" answering the phone question: the label is not part of the answer.
  // A labelled story part may carry a signature below it: the full reading takes it apart.
  if (only && only.field === step && step !== 'situation' && step !== 'suggestion') return applyField(fields, step, only.value);
  // Several labelled parts, or a story that may hold problem and suggestion together.
  if (labels.length > 0 || step === 'situation') {
    const found = await extractor.extract(text);
    // A title read from a message without a 标题 label must not replace one the member wrote.
    if (fields.title && !labels.some((label) => label.field === 'title')) delete found.title;
    const given = Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined && v !== '')) as Fields;
    if (Object.keys(given).length > 0) {
      if (labels.length === 0) return { fields: withOpenerAsStory(fields, withSuggestionFirst(fields, { ...fields, ...given })) };
      // "好了 建议：……" back from a call: a word or two before the label never replaces the story told.
      const { situation: lead, ...labelled } = given;
      const slight = lead !== undefined && fields.situation && !labels.some((label) => label.field === 'situation') && Array.from(withoutDecoration(lead)).length <= 4;
      return { fields: slight ? { ...fields, ...labelled } : { ...fields, ...given } };
    }
  }
  if (step === 'preview') return { error: '' };
  if (step === 'suggestion') {
    // "不过想想还是报吧，建议……": a remark before the suggestion is not part of it.
    const { situation: before, suggestion: after } = splitFreeText(text);
    if (before && after && Array.from(before).length <= 12 && !readsAsProblem(before)) {
      text = after;
      fields = withLineBeforeTheSuggestion(fields, before);
    }
    // "……再扩大一些座位 名字可以写": who reports it, said with the suggestion, goes to its fields.
    const { given, rest } = contactIn(text);
    if (Object.keys(given).length > 0 && rest.trim() !== '') {
      const answer = applyField(fields, step, rest);
      return answer.fields ? { fields: { ...answer.fields, ...given } } : answer;
    }
  }
  return applyField(fields, step, text);
}

const GOING_TO_TELL = /^(?:(?:哦|噢|嗯|那|好|行|好的|那好)[，,。\s]*)*(?:(?:那)?我(?:就|来|先|慢慢)?(?:说|讲)(?:了|一下)?|(?:我的)?(?:建议|意见)(?:是|有|如下|呢)?)(?:吧|哈|啊)?[：:，,。\s]*$/u;

/** "刚才那个建议不要了 换一下": the suggestion given is taken back for the one that follows. */
const SUGGESTION_SAID_AGAIN = /^(?:刚才|前面|上面|之前)?(?:说的)?(?:那个|那条|的)?(?:建议|意见)(?:不要了|不算了?|作废|算了|不用了|删掉|去掉|重新说)[，,。\s]*(?:换(?:一下|个|成)?|改(?:一下|成)?|重新说)?[，,：:。\s]*(?=\S)/u;
const SWITCHED = /^(?:(?:哎|唉)?[，,\s]*(?:算了)?[，,\s]*[^：:。！？\n]{0,16}?[，,。\s]+)?(?:我)?(?:换个事|换一个事|换件事|换个话题|说另外一个|说另一个|说另外一件)(?:情|儿)?(?:说|讲|来说)?(?:吧|哈)?[：:，,。\s]+(?=\S)/u;
// ("不对不对 打错了 是耳东陈 陈丽": the slip may be said over and over.)
const SLIP = /^(?:(?:哦|噢|啊)?(?:不对|错了|说错了|打错了|写错了)[，,。\s]*)+(?:是|应该是)?/u;
const SLIP_REMARK = /[，,。\s]*(?:刚才|之前|前面)?(?:是)?(?:我)?(?:打错|说错|写错|搞错)了?[。！!]*$/u;

/** Words of an answer about who reports it ("我没有界别", "电话不方便留"): no story. */
// "这个还要填啊，上回都报过的": a grumble about being asked is no story either.
// "我在医院上班": a short word on where the member works answers who they are, never the story.
const ABOUT_THE_ASKED = /界别|电话|手机|号码|名字|姓名|署名|匿名|实名|标题|题目|类别|还要填|要填|报过|登记过|上回|上次|跟上次一样|同上|你们(?:那|那里|那边)?(?:有|应该有)|^(?:我|本人|俺)(?:是|在|以前|原来|退休前)[^。！？!?\n]{0,24}$/u;

/** A message that only says who reports it or whether to sign ("我是民建的胡静 139……", "署名✅"). */
function onlyAboutTheReporter(fields: Fields, said: string): Fields | null {
  const signed = readConsent(said);
  if (signed !== undefined) return { ...fields, signed };
  // "他叫张德厚，民建的" from someone passing a report on: who reports it, said of them.
  const text = said.replace(/^(?:他|她)(?=叫|是)/u, '我');
  // "先报一下：张伟，……": with the remark about the telling read off, the name before it is found too.
  const asSaid = contactIn(text);
  const plain = asSaid.given.name ? asSaid : contactIn(withoutDecoration(text) || text);
  const { given, rest } = plain.given.name ? plain : asSaid;
  if (Object.keys(given).length === 0) return null;
  // "你们可别说是我反映的啊，都是熟人": a few words on why, beside the consent, are no story.
  if (Object.keys(given).join() === 'signed' && Array.from(withoutDecoration(rest).replace(/[\s\p{P}]/gu, '')).length <= 6) return { ...fields, ...given };
  // "我是民建的老张，张主任": what colleagues call them is no story either.
  const called = withoutDecoration(rest)
    .split(/[\s，,。.、；;：:！!~～…]+/u)
    .filter((part) => !isFormOfAddress(part.replace(/^(?:我是|我叫|叫我|是)/u, '')))
    .join('，');
  const left = called.replace(/[\s，,。.、；;：:！!~～…]|没关系|没问题|谢谢|好的|可以|是|的|我|叫|电话|手机|联系方式|委员|界|吧|啊|哈|嗯/gu, '');
  return Array.from(left).length <= 2 ? { ...fields, ...given } : null;
}

/** One field set from an answer; `append` adds to a text field ("建议里再加一条：……"). */
export function applyField(fields: Fields, field: keyof OpinionFields, text: string, append = false): Update {
  // Emoji, sticker codes, greetings and remarks ("说完啦") stay out of what is stored; a bubble of nothing else is asked again.
  const told = field === 'situation' || field === 'suggestion' || field === 'title' ? withoutDecoration(text) : text;
  const answer = parseFieldAnswer(field, told === '' && /\p{Script=Han}{2}/u.test(text) && field !== 'title' ? '' : told || text);
  if ('error' in answer) return { error: answer.error };
  const before = fields[field];
  const value = append && typeof before === 'string' && typeof answer.value === 'string' ? `${before}\n${answer.value}` : answer.value;
  return { fields: { ...fields, [field]: value } };
}

/** Hard-rule problems (too long, bad phone) across the draft: those values are dropped and asked again. */
export function problems(fields: Fields): { field: keyof OpinionFields; message: string }[] {
  const found: { field: keyof OpinionFields; message: string }[] = [];
  for (const field of STEPS) {
    const value = fields[field];
    if (value === undefined) continue;
    const message = fieldProblem(field, value);
    if (message) found.push({ field, message });
  }
  return found;
}

/** Suggestions that would make the report stronger, for the fields given. */
export function tips(fields: Fields, only?: readonly (keyof OpinionFields)[]): string[] {
  return reviewFields(fields)
    .nudges.filter((note) => !only || only.includes(note.field))
    .map((note) => note.message);
}
