import { fieldProblem } from '../opinions/intake/limits.ts';
import { OPINION_CATEGORIES, OPINION_FIELD_LABELS, isOpinionCategory, type Opinion, type OpinionFields } from '../opinions/types.ts';

/**
 * The 编报稿: staff's edited text of a submission, written for 编报. It is kept beside the
 * submission, never over it: the member's own words stay as they were sent (what the member sees
 * when they ask about it, and what the xlsx table lists), while the docx for reporting upward uses
 * the edited text. Who the reporter is, and whether they agreed to sign, is not staff's to edit.
 */
export const EDITED_FIELD_NAMES = ['title', 'category', 'situation', 'suggestion'] as const satisfies readonly (keyof OpinionFields)[];
export type EditedFields = Pick<OpinionFields, (typeof EDITED_FIELD_NAMES)[number]>;

export interface OpinionEdition {
  number: string;
  fields: EditedFields;
  /** Staff name (or account / administrator name) as the workbench shows it. */
  editor: string;
  editedAt: Date;
}

/** What is wrong with an edited text, in a sentence for staff, or null. */
export function editionProblem(fields: EditedFields): string | null {
  for (const name of ['title', 'situation', 'suggestion'] as const) {
    if (fields[name].trim() === '') return `${OPINION_FIELD_LABELS[name]}不能为空。`;
    const problem = fieldProblem(name, fields[name]);
    if (problem) return problem;
  }
  if (!isOpinionCategory(fields.category)) return `类别应为：${OPINION_CATEGORIES.join('、')}。`;
  return null;
}

/** The submission as it reads in the 编报稿 (the original when there is none). */
export function asEdited(opinion: Opinion, edition: OpinionEdition | undefined): Opinion {
  return edition ? { ...opinion, fields: { ...opinion.fields, ...edition.fields } } : opinion;
}
