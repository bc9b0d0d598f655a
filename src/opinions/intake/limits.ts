import { OPINION_FIELD_LABELS, PHONE_WITHHELD, type OpinionFields } from '../types.ts';
import { isValidPhone } from './phone.ts';
import { charCount } from './text.ts';

/** Hard length limits, in characters. */
export const LENGTH_LIMITS = { title: 40, situation: 3000, suggestion: 2000 } as const;

export const PHONE_PROBLEM = '联系电话格式不正确：手机号为11位数字，座机请加区号，例如 027-85551234。';

/** What breaks a hard rule for one field, or undefined when the value may be stored. */
export function fieldProblem(field: keyof OpinionFields, value: OpinionFields[keyof OpinionFields]): string | undefined {
  if (field === 'phone' && typeof value === 'string' && value !== PHONE_WITHHELD && !isValidPhone(value)) return PHONE_PROBLEM;
  if (field === 'title' || field === 'situation' || field === 'suggestion') {
    const limit = LENGTH_LIMITS[field];
    const length = charCount(String(value));
    if (length > limit) return `${OPINION_FIELD_LABELS[field]}请控制在${limit}字以内，现在是${length}字。`;
  }
  return undefined;
}
