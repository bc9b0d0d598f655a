/**
 * A member declining to leave a phone: "电话就不留了吧 办公室那边有我的号码", "电话我不想留 有事你们打
 * 市政协办公室转我", "电话你们名单上有 不用留了". Asked again, they would only say it again.
 */

const PHONE = '(?:电话|手机|号码|手机号|联系方式)';
const OFFICE = '(?:你们|您们|办公室|名单|名册|花名册|通讯录|系统|登记表)';
/** "你们名单上", "办公室那边". */
const AT_THE_OFFICE = `${OFFICE}(?:的?${OFFICE})?(?:上|里|那里?|那边|这边)?`;

const WITHHELD = new RegExp(
  [
    // 电话就不留了吧, 电话我不想留, 手机号不方便给
    `${PHONE}(?:我|就|还是|暂时|先)*(?:不|别|不用|不必)(?:想|方便|太方便|用)?(?:留|给|写|填|公开)(?:了|吧|啦|哈)*`,
    // 不留电话了, 不方便留手机
    `(?:不|不用|不必)(?:想|方便|太方便)?(?:留|给|写|填)(?:我的?)?${PHONE}`,
    // 电话你们名单上有, 号码办公室那边有
    `(?:我的?)?${PHONE}${AT_THE_OFFICE}(?:都|应该|肯定)?(?:有|查得到|能查到|查得着)`,
    // 办公室那边有我的号码, 名单上有我电话
    `${AT_THE_OFFICE}(?:都|应该|肯定)?有(?:我的?)${PHONE}`,
    // 有事你们打市政协办公室转我
    '有事(?:你们|您)?(?:打|联系|找)(?:市政协)?办公室',
  ].join('|'),
  'u',
);

/** What is left of the message once it says no phone is left, or null when it says no such thing. */
export function phoneWithheld(text: string): { rest: string } | null {
  // A number in the message is a phone given, whatever else it says.
  if (/\d{7,}|[零〇一二三四五六七八九幺]{7,}/u.test(text.replace(/[\s-]/gu, ''))) return null;
  const clauses = text.split(/(?<=[，,。！!；;\s])/u);
  if (!clauses.some((clause) => WITHHELD.test(clause))) return null;
  const kept = clauses.filter((clause) => !WITHHELD.test(clause) && !/^(?:就)?(?:不用|不必|不)(?:留|给|写|填)?了?[吧哈啊]?[，,。！!\s]*$/u.test(clause.trim()));
  return { rest: kept.join('').trim() };
}
