/**
 * "帮我查一下某主席的手机号", "办公室电话多少": a phone number, contact or ID number asked for. The
 * knowledge base keeps no one's personal contact details, so only a sentence giving such a number
 * answers; one that merely names the person never does.
 */
const CONTACT = '(?:手机号码?|手机|电话号码?|联系电话|电话|联系方式|微信号|身份证号码?)';

/** Said after the number asked: "是多少", "发我一下", a particle, the end of the question. */
const CLOSE = '(?:是多少|多少|是啥|是什么|发给?我(?:一下)?|给我(?:一下)?)?[呢啊呀吧？?。！!\\s]*$';

const ASKED = [
  // "沈主席的手机号", "王委员的联系方式是啥": someone's, not the member's own ("我的手机号会泄露吗").
  new RegExp(`(?<![我咱])的${CONTACT}${CLOSE}`, 'u'),
  // "主席电话多少", "办公室电话是多少".
  new RegExp(`${CONTACT}是?(?:多少|啥|什么)[呢啊呀吧？?。！!\\s]*$`, 'u'),
  // "能告诉我王委员的电话吗": a request in a yes-or-no's words.
  new RegExp(`(?:告诉|给|发|查|提供|能|可以|麻烦)[^，,。？?]{0,16}(?<![我咱])的${CONTACT}吗`, 'u'),
];

/** A mobile or landline number, an ID number, an e-mail address. */
const CONTACT_NUMBER = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{17}[\dXx])(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+/u;

/** What a decline names as missing. */
export const CONTACT_NOT_KEPT = '个人的电话、手机号、身份证号等联系信息';

export function asksForContact(question: string): boolean {
  return ASKED.some((pattern) => pattern.test(question));
}

export function givesContactNumber(text: string): boolean {
  return CONTACT_NUMBER.test(text);
}
