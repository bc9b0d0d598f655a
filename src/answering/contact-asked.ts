/**
 * "帮我查一下某主席的手机号", "办公室电话多少": a phone number, contact or ID number asked for. The
 * knowledge base keeps no one's personal contact details, so only a sentence giving such a number
 * answers; one that merely names the person never does. So with a person's age or birthplace.
 */
const CONTACT = '(?:手机号码?|手机|电话号码?|联系电话|电话|联系方式|微信号|身份证号码?)';

/**
 * Said after the number asked: "是多少", "发我一下", a particle, then the end of the question or
 * why it is wanted ("我要联系他", "有事找她"), which asks nothing else.
 */
const WHY = '(?:[\\s，,]+[^？?]{0,8}(?:联系|找[他她]|打给|打电话|沟通|有事)[^？?]*)?';
const CLOSE = `(?:是多少|多少|是啥|是什么|发给?我(?:一下)?|给我(?:一下)?)?[呢啊呀吧？?。！!\\s]*${WHY}$`;

const ASKED = [
  // "沈主席的手机号", "王委员的联系方式是啥": someone's, not the member's own ("我的手机号会泄露吗").
  new RegExp(`(?<![我咱])的${CONTACT}${CLOSE}`, 'u'),
  // "主席电话多少", "办公室电话是多少".
  new RegExp(`${CONTACT}是?(?:多少|啥|什么)[呢啊呀吧？?。！!\\s]*$`, 'u'),
  // "能告诉我王委员的电话吗": a request in a yes-or-no's words.
  new RegExp(`(?:告诉|给|发|查|提供|能|可以|麻烦)[^，,。？?]{0,16}(?<![我咱])的${CONTACT}吗`, 'u'),
  // "帮我查下张三委员的手机号 我要用": a request to look it up, whatever follows the clause.
  new RegExp(`(?:查|找|告诉我|给我|发我)[^，,。？?\\s]{0,12}(?<![我咱]|本人|自己)的${CONTACT}(?=[\\s，,。！!？?]|$)`, 'u'),
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

/** "沈主席多大年纪", "他是哪里人": a person's age or birthplace, which no report states. */
const PARTICULARS = /多大年纪|多大岁数|多少岁(?!以)|几岁(?!以)|年龄(?:多大|是?多少)|哪一?年(?:出)?生的?[呢啊吧？?。！!\s]*$|出生年月|哪里人|哪儿人|什么地方人|籍贯|老家(?:是|在)?哪/u;

/** A birth year, an age in years, a birthplace said of someone. */
const PARTICULAR_GIVEN = /(?:19|20)\d{2}年(?:\d{1,2}月)?出?生|籍贯|\d{1,3}岁(?!以)/u;

/** What a decline names as missing. */
export const PARTICULARS_NOT_KEPT = '个人的年龄、籍贯等信息';

export function asksForParticulars(question: string): boolean {
  return PARTICULARS.test(question);
}

export function givesParticulars(text: string): boolean {
  return PARTICULAR_GIVEN.test(text);
}
