import type { Reply } from '../../conversation/types.ts';
import { normalizeMessage } from '../../shared/normalize-text.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { consentSpans, readConsent } from '../intake/consent.ts';
import { cutSpans } from '../intake/cut-spans.ts';
import { isOnlyAsides } from '../intake/story-asides.ts';
import { parseSigned } from '../intake/parse-answer.ts';
import type { OpinionExtractor } from '../extractor.ts';
import type { OpinionFields } from '../types.ts';
import { readPreviewReply } from './preview-reply.ts';
import { applyText } from './wizard.ts';
import { CONSENT_CHOICES, CONSENT_LINE, CONSENT_QUESTION, PREVIEW_CHOICES } from './render.ts';

/**
 * Consent (是否同意署名报送) is asked with the preview when it is all that is missing, so that the
 * member's choice submits: one turn instead of a question, its answer and a confirmation.
 */

/** Session data: the one question was put after a confirmation that made no choice. */
export const CONSENT_ASKED = 'consentAsked';

const AT_PREVIEW = '内容已经齐全。核对无误请回复“确认提交”（或“好的”）；需要修改直接告诉我，例如“标题改成……”“电话写错了，是139……”；回复“取消”放弃。';

/** What the preview waits for, said again after help, an aside or a message it could not read. */
export function previewPrompt(fields: Partial<OpinionFields>, data: Record<string, unknown>): Reply {
  if (fields.signed !== undefined) return { text: AT_PREVIEW, choices: PREVIEW_CHOICES };
  return data[CONSENT_ASKED] === true ? CONSENT_QUESTION : { text: `内容已经齐全。${CONSENT_LINE}`, choices: CONSENT_CHOICES };
}

const DECORATION = /[\p{Extended_Pictographic}\ufe0f\u200d]|\[[\u4e00-\u9fffA-Za-z]{1,4}\]/gu;
/** 同意 / 不同意 answer the question the preview puts; 可以, 好的 only confirm what it shows. */
const PLAIN = /^(?:我|本人)?(不)?(?:同意|愿意)(?:的|吧|啊|呀|哈|了)?$/u;
/** "同意署名并提交", "不署名，提交吧": the words to submit that may go with the choice. */
const SUBMIT_TAIL = /(?:并|就|那就|然后|直接)?(?:确认)?(?:提交|报送|上报|发送)(?:吧|了|啊|呀|嘛)?$/u;
// "就这些 发了啊": done telling, send it.
const REST_IS_RIGHT = /^(?:其他|其它|别的|其余|内容)?(?:都|也)?(?:对|没问题|可以|行)(?:的|了)?$|^(?:就这些|就这么多|就这样|说完了|没了)(?:了|啊|吧|哈)?$|^(?:发了|发过去了|发吧|提交吧|交了吧|交吧|报吧|就发吧|这么报吧|这样报吧|这么交吧)(?:啊|吧|哈)?$/u;
const SIGNATURE = /[署属]|匿名|实名|具名/u;
/** "署名改一下", "不对，刚才加的那条删掉": words about the draft shown, no choice and no more story. */
const ON_THE_DRAFT = /删|去掉|拿掉|改|换成|不要了|写错|打错|说错|写成|加的|(?:这|那)条(?=$|[，,。！!\s]|建议|意见|内容|不要|删|去掉|写|改|换)|对调|贴反/u;
const ASKS = /[?？吗呢么]|什么|怎么|哪|咋/u;
const THANKS = /^(?:3q|thx|thanks|谢谢|多谢|感谢|辛苦|麻烦)[你您]?(?:了|啦)?[啊呀哈啦]*$/iu;

function clause(text: string): boolean | 'submit' | 'thanks' | undefined {
  const plain = PLAIN.exec(text);
  const said = readConsent(text) ?? (plain ? !plain[1] : undefined);
  if (said !== undefined) return said;
  // "同意提交" stays a confirmation: only a consent phrase before the tail is a choice.
  const rest = text.replace(SUBMIT_TAIL, '');
  const chosen = rest !== text && rest !== '' ? readConsent(rest) : undefined;
  if (chosen !== undefined) return chosen;
  if (THANKS.test(text)) return 'thanks';
  // "可以署明", "报的时候匿名哈": short, naming the signature, read as the consent question reads them.
  if (SIGNATURE.test(text) && !ON_THE_DRAFT.test(text) && !ASKS.test(text) && Array.from(text).length <= 12) return parseSigned(text);
  // "好的 那提交吧", "那就这么报吧": the 那 that follows a yes leads the same go-ahead.
  const bare = [text, text.replace(/^那(?=\p{Script=Han})/u, ''), text.replace(/^(?:那就|那么|就)(?=\p{Script=Han})/u, '')];
  if (bare.some((said) => readPreviewReply(said).kind === 'confirm' || REST_IS_RIGHT.test(said))) return 'submit';
  // ("晚上还得去喝喜酒哈哈": the member's day, said with the go-ahead, is passed over like thanks.)
  return isOnlyAsides(text) ? 'thanks' : undefined;
}

/**
 * The choice a message makes at a preview that asks for consent: "同意署名", "匿名", "不同意",
 * "同意，提交吧" → signed or not; a bare 好的 or 可以 → 'confirm' (no choice); undefined for
 * anything else. Once the one question (`asked`) was put, a yes or no answers it.
 */
export function readChoice(text: string, asked: boolean): boolean | 'confirm' | undefined {
  const whole = readConsent(text);
  if (whole !== undefined) return whole;
  const read = normalizeMessage(text)
    .replace(DECORATION, '')
    .split(/[，,。；;！!~～…\s]+/u)
    .filter(Boolean)
    .map(clause)
    .filter((r) => r !== 'thanks');
  const said = read.filter((r): r is boolean => typeof r === 'boolean');
  if (read.length > 0 && !read.includes(undefined)) {
    if (said.length === 0) return asked ? true : 'confirm';
    return said.every((s) => s === said[0]) ? said[0] : undefined;
  }
  const yes = asked ? readYesNo(text) : null;
  return yes === null ? undefined : yes === 'yes';
}

/**
 * At a preview that asks for consent: the choice the message makes, 'confirm' without one (both
 * go to submitting), or consent said among other news ("新号188……。同意署名"), kept while the
 * rest is read as at any preview.
 */
export function readAtConsent(text: string, asked: boolean): { choice: boolean | 'confirm' } | { signed: boolean; rest: string } | null {
  const choice = readChoice(text, asked);
  if (choice !== undefined) return { choice };
  const spans = consentSpans(text);
  const last = spans.at(-1);
  return last ? { signed: last.signed, rest: cutSpans(text, spans) } : null;
}

/**
 * A message read as it was when consent was asked on its own, before the preview: a contact line
 * ("这是我老公的微信，我是他爱人，叫马丽萍……") or a story bubble still coming; a remark on the
 * preview stays out of the story. Consent is left open: at the preview only a clear choice makes it.
 */
export async function readAsConsentStep(fields: Partial<OpinionFields>, text: string, extractor: OpinionExtractor): Promise<Partial<OpinionFields>> {
  const update = await applyText(fields, 'signed', text, extractor);
  if (!update.fields) return fields;
  const remark = ON_THE_DRAFT.test(text);
  return { ...update.fields, signed: fields.signed, ...(remark && { situation: fields.situation, suggestion: fields.suggestion }) };
}
