import type { DialogSession } from '../../conversation/dialog/session.ts';
import type { Identity } from '../../members/directory.ts';
import { OPINION_FIELD_NAMES, type OpinionFields } from '../types.ts';
import { isMissing, STEPS } from './wizard.ts';

/** The draft's fields as the opinion dialog keeps them in its session, and what changes them. */

type Fields = Partial<OpinionFields>;

export function fieldsOf(session: Pick<DialogSession, 'data'>): Fields {
  const fields: Record<string, unknown> = {};
  for (const key of OPINION_FIELD_NAMES) if (session.data[key] !== undefined) fields[key] = session.data[key];
  return fields as Fields;
}

/** "我庞志远做了这么多年企业": the member's own name after 我 in the story says nothing the signature does not. */
export function withoutOwnName(fields: Fields): Fields {
  const name = fields.name;
  if (!name || Array.from(name).length < 2) return fields;
  const plain = (text: string | undefined) => text?.split(`我${name}`).join('我');
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
