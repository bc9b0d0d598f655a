import { findPhone, withSpokenDigitRuns } from './phone.ts';

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
    // ("打他电话不给接" is someone else's phone: 给 only as the last word.)
    `${PHONE}(?:我|就|还是|暂时|先)*(?:不|别|不用|不必)(?:想|方便|太方便|用)?(?:留|给(?=[了吧啦哈，,。！!\\s]|$)|写|填|公开)(?:了|吧|啦|哈)*`,
    // 不留电话了, 不方便留手机
    `(?:不|不用|不必)(?:想|方便|太方便)?(?:留|给|写|填)(?:我的?)?${PHONE}`,
    // 电话你们名单上有, 号码办公室那边有
    `(?:我的?)?${PHONE}${AT_THE_OFFICE}(?:都|应该|肯定)?(?:有|查得到|能查到|查得着)`,
    // 办公室那边有我的号码, 名单上有我电话
    `${AT_THE_OFFICE}(?:都|应该|肯定)?有(?:我的?)${PHONE}`,
    // 电话算了吧
    `${PHONE}(?:就|还是)?算了`,
    // 有事你们打市政协办公室转我, 有么事你们找政协办公室就晓得了 (湖北话 有么事 = 有什么事)
    '有(?:么|什么|啥)?事(?:情)?(?:的话)?(?:你们|您)?(?:就)?(?:打|联系|找)(?:市)?(?:政协)?办公室',
  ].join('|'),
  'u',
);

/** Said in a story too, only in words that can be of no one else's phone: 留, or the office's records. */
const ABOUT_OUR_RECORDS = /留|名单|名册|花名册|通讯录|办公室/u;

/**
 * What is left of the message once it says no phone is left, or null when it says no such thing.
 * `inStory`: the message may be the story ("……我是致公党的吴敏，电话你们名单上有 不用留了，可以署名。").
 */
export function phoneWithheld(text: string, inStory = false): { rest: string } | null {
  // A number in the message, in digits or read out, is a phone given, whatever else it says.
  if (findPhone(withSpokenDigitRuns(text)) !== undefined) return null;
  const clauses = text.split(/(?<=[，,。！!；;\s])/u);
  if (!clauses.some((clause) => WITHHELD.test(clause) && (!inStory || ABOUT_OUR_RECORDS.test(clause)))) return null;
  const kept = clauses.filter((clause) => !WITHHELD.test(clause) && !/^(?:就)?(?:不用|不必|不想|不太方便|不方便|不)(?:留|给|写|填)?了?[吧哈啊]?[，,。！!\s]*$/u.test(clause.trim()));
  return { rest: kept.join('').trim() };
}
