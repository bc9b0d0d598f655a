import { readCorrection, type Correction } from '../intake/corrections.ts';
import { consentSpans } from '../intake/consent.ts';
import type { OpinionFields } from '../types.ts';
import { editedBesideTheTitle, readPreviewEdit, withinTheText } from './preview-edits.ts';

/** Changes said at the preview, applied to the draft: one or several in one message. */

type Fields = Partial<OpinionFields>;

/** The draft with each correction made; a new value said inside the old text replaces only its words. */
export function withCorrections(fields: Fields, corrections: readonly Correction[], text: string): Fields {
  let next = fields;
  for (const correction of corrections) {
    const before = next[correction.field];
    const value = correction.append && typeof before === 'string' ? `${before}\n${String(correction.value)}` : withinTheText(before, correction.value);
    next = { ...next, [correction.field]: value };
  }
  // "标题改成……，还有还是匿名吧": a change of mind on signing said with the other change.
  if (corrections.some((c) => c.field === 'title')) next = editedBesideTheTitle(next, text) ?? next;
  const signing = corrections.some((c) => c.field === 'signed') ? undefined : consentSpans(text).at(-1)?.signed;
  return signing === undefined ? next : { ...next, signed: signing };
}

/** Where one change ends and the next begins: a sentence end, or 还有 / 另外 / 再就是. */
const NEXT_CHANGE = /[。；;！!\n]+|[，,\s]+(?=还有|另外|再就是|然后)/u;
const LEAD = /^(?:还有|另外|再就是|然后)[，,：:\s]*/u;

/**
 * "第3条删了吧 太绝对了。还有拉肚子的是4个孩子不是3个", "“……”这句删掉。建议再加一条：……": each
 * sentence a change of its own, made in turn; null unless at least two of them change something.
 */
export function withSeveralChanges(fields: Fields, text: string): Fields | null {
  const parts = text.split(NEXT_CHANGE).map((part) => part.replace(LEAD, '').trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let next = fields;
  let made = 0;
  for (const part of parts) {
    const corrections = readCorrection(part, undefined, next);
    const edited = corrections?.every((c) => c.value !== null) ? withCorrections(next, corrections, part) : readPreviewEdit(next, part);
    if (!edited) continue;
    next = edited;
    made += 1;
  }
  return made >= 2 ? next : null;
}
