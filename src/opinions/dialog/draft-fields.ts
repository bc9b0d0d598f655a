import type { DialogSession } from '../../conversation/dialog/session.ts';
import type { Identity } from '../../members/directory.ts';
import { OPINION_FIELD_NAMES, type OpinionFields } from '../types.ts';
import { isMissing } from './draft-text.ts';
import { STEPS } from './wizard.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';

/** The draft's fields as the opinion dialog keeps them in its session, and what changes them. */

type Fields = Partial<OpinionFields>;

export function fieldsOf(session: Pick<DialogSession, 'data'>): Fields {
  const fields: Record<string, unknown> = {};
  for (const key of OPINION_FIELD_NAMES) if (session.data[key] !== undefined) fields[key] = session.data[key];
  return fields as Fields;
}

/** "我庞志远做了这么多年企业": the member's own name after 我, or signing off the text, says nothing the signature does not. */
export function withoutOwnName(fields: Fields): Fields {
  const name = fields.name;
  if (!name || Array.from(name).length < 2) return fields;
  // "……不搞突击。——文明", "……先开一半 王建华": the name signing off the last line goes too.
  const escaped = escapeRegExp(name);
  const signing = new RegExp(`(?:^|[，,。！\\s—–-])[—–-]*\\s*${escaped}(?:委员)?[。！]?$`, 'u');
  // "我是民盟的徐丽，" left in the story when the name was only read later: an introduction.
  const introduced = new RegExp(`(?<=^|[，,。！\\s])(?:我是|我叫|本人(?:是|叫)?|我的名字(?:是|叫))[^，,。！？\\n]{0,14}?${escaped}(?:委员)?(?:[，,。！\\s]+|$)`, 'gu');
  const plain = (text: string | undefined) =>
    text?.split(`我${name}`).join('我').replace(introduced, '').replace(signing, (cut) => (/^[。！]/u.test(cut) ? cut.charAt(0) : '')).trim();
  return { ...fields, ...(fields.situation && { situation: plain(fields.situation) }), ...(fields.suggestion && { suggestion: plain(fields.suggestion) }) };
}

/**
 * The member's own number, with the words that give it ("我电话139 0719 1234"), left in the story
 * or the suggestion once it is in the phone field: an unsigned report must not carry it.
 */
export function withoutOwnPhone(fields: Fields): Fields {
  const digits = (fields.phone ?? '').replace(/\D/gu, '');
  if (digits.length < 7) return fields;
  const number = digits.split('').join('[\\s-]?');
  const given = new RegExp(`[，,；;\\s]*(?:我的?|本人)?(?:联系)?(?:电话|手机号?|号码|联系方式)?(?:是|为|[:：])?\\s*(?<!\\d)${number}(?!\\d)`, 'gu');
  const plain = (text: string) => text.replace(given, '').replace(/^[，,；;。\s]+/u, '').trim();
  return { ...fields, ...(fields.situation && { situation: plain(fields.situation) }), ...(fields.suggestion && { suggestion: plain(fields.suggestion) }) };
}

/** A draft begun before binding takes the registry's details for what it still lacks. */
export function withProfile(fields: Fields, me: Identity): Fields {
  const filled = { ...fields };
  for (const key of ['name', 'sector', 'phone'] as const) if (isMissing(filled, key) && me.profile[key]) filled[key] = me.profile[key];
  return filled;
}

export function changed(before: Fields, after: Fields): (keyof OpinionFields)[] {
  return STEPS.filter((field) => before[field] !== after[field]);
}

const TOPIC_ONLY = /^[^，,。！!？?\s]{2,12}的(?:情况|问题|事情|事儿|事)[。！!～~]*$/u;

/** "反映一个课后服务的事。": only what it is about, with no suggestion yet; the story is still to come. */
export function withoutTopicOnly<T extends { situation?: string; suggestion?: string }>(fields: T): T {
  if (fields.suggestion || !fields.situation || !TOPIC_ONLY.test(fields.situation.trim())) return fields;
  const { situation: _topic, ...rest } = fields;
  return rest as T;
}
