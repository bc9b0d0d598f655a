/**
 * What a member says to the office beside an answer, which is no answer itself: a number to call
 * ("以后有事也可以打我电话：159…") and thanks for the staff's own work ("周末还在忙，辛苦了").
 */
const CONTACT_OFFERED = /(?:有事|有什么事|有啥事|有情况)(?:也|都|随时)?(?:可以)?(?:打|拨|联系|找)(?:我|本人)|(?:打|拨)(?:我|本人)的?(?:电话|手机|座机)|^(?:我的?)?(?:电话|手机|手机号|联系电话)(?:是)?[：:]?\s*1\d{10}$/u;
/** The clause before "辛苦了" said of the staff: "周末还在忙，辛苦了", "这么晚还在加班 辛苦辛苦". */
const STAFF_AT_WORK = /(?<=^|[，,。！!\s])(?![^，,。！!\s]*(?:我|本人|俺))[^，,。！!\s]{0,8}?(?:还在|还要|还得|都在)(?:忙|加班|上班|工作)[^，,。！!\s]{0,4}?[，,！!\s]*(?=辛苦|受累)/gu;

/** The message without thanks for the staff's own work (before thanks are dropped as an acknowledgement). */
export function withoutPraiseOfTheStaff(text: string): string {
  return text.replace(STAFF_AT_WORK, '');
}

export function withoutWordsToTheOffice(statements: string[]): string[] {
  return statements.filter((clause) => !CONTACT_OFFERED.test(clause));
}
