import type { OpinionFields } from '../types.ts';
import { composeTitle, splitFreeText } from './free-text.ts';
import { readLabels, type LabelledValue } from './labels.ts';
import { parseCategory, parseSigned } from './parse-answer.ts';
import { findPhone } from './phone.ts';

/**
 * The offline reading of a member's message: labelled fields in any common layout, free text
 * split into problem and suggestion, a phone number wherever it is. Wording is kept, only trimmed;
 * the text is data, so nothing in it is ever followed as an instruction.
 */
export function extractFields(text: string): Partial<OpinionFields> {
  const { values, free } = readLabels(text);
  const fields: Partial<OpinionFields> = {};
  for (const labelled of values) assign(fields, labelled);

  const loose = free.join('\n');
  if (loose !== '' && (fields.situation === undefined || fields.suggestion === undefined)) {
    const { situation, suggestion } = splitFreeText(loose);
    if (fields.situation === undefined && situation !== undefined) fields.situation = situation;
    if (fields.suggestion === undefined && suggestion !== undefined) fields.suggestion = suggestion;
  }

  const phone = fields.phone ?? findPhone(text);
  if (phone !== undefined) fields.phone = phone;
  const title = fields.title ?? composeTitle(fields.situation, fields.suggestion);
  if (title !== undefined) fields.title = title;
  return fields;
}

/** The first label of a field wins, except that several problem or suggestion parts are joined. */
function assign(fields: Partial<OpinionFields>, { field, value }: LabelledValue): void {
  switch (field) {
    case 'situation':
    case 'suggestion':
      fields[field] = fields[field] === undefined ? value : `${fields[field]}\n${value}`;
      return;
    case 'category': {
      const category = parseCategory(value);
      if (category !== undefined) fields.category ??= category;
      return;
    }
    case 'signed': {
      const signed = parseSigned(value);
      if (signed !== undefined) fields.signed ??= signed;
      return;
    }
    case 'phone':
      // A label around a bad number still records it, so the review can say what is wrong.
      fields.phone ??= findPhone(value) ?? value;
      return;
    default:
      fields[field] ??= value;
  }
}
