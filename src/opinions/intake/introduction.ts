import { normalizeMessage } from '../../shared/normalize-text.ts';
import { extractContact } from './contact.ts';
import { withoutDecoration } from './extract.ts';
import { readPersonName } from './person-name.ts';
import { describesSurname } from './said-surname.ts';
import { defaultSectors, matchSector, readSector } from './sectors.ts';

/**
 * A first message that only says who is writing ("我是民革的老委员白振华，这是我女儿的手机",
 * "你好 我叫付国庆 农工党的"): elderly members often introduce themselves, or the account they
 * borrow, before saying what they want. Nothing is asked yet, so it is no question for the
 * knowledge base; the details are kept for the report that usually follows.
 */

/** Words around an introduction that add nothing: greetings, whose phone it is, who types. */
const AROUND =
  /(?:先)?说一下(?:我)?(?:要)?反映的事(?:情|儿)?|(?:我的?)?(?:电话|手机|号码?)换了|新号(?:码)?|原来(?:那个|的)(?:号码?)?(?:莫|别|不)用了|下面说事儿?|下面(?:再)?说(?:情况|正事)?|您好|你好|老师|在吗|喂|嗯|我是|我叫|本人|老委员了?|委员|政协|同志|今年(?:[一二三四五六七八九十]{1,3}|\d{2})岁?了?|(?:眼睛|眼神)(?:也)?不好|眼花|(?:字)?打(?:字|得)(?:很|比较|有点)?慢|(?:你|您)?多担待|这是|这个是|我用|用的是?|是用|借用|我(?:的)?|她|他|也是|但是?|这次|是我|反映|(?:儿子|女儿|闺女|孙子|孙女|外孙|老伴|爱人|老公|媳妇|孩子|家里人)(?:的)?/gu;
const DEVICE = /先留个?|留一?个|手机|微信|号|账号|发的|帮我发|帮我打字|代发|不会打字|打字|没有微信|不会用|发|的|了|啊|呀|哈/gu;

export interface Introduction {
  name?: string;
  sector?: string;
  phone?: string;
  /** "……实名", "同意署名" said with who they are. */
  signed?: boolean;
}

/** A business card's layout: its header and the address line say nothing of the report. */
const CARD_LAYOUT = /^[ \t]*【名片】[ \t]*$|^[ \t]*(?:地址|住址|公司地址|单位地址|邮箱|e-?mail)[:：].*$/gimu;

const ABOUT_REACHING = /手机|电话|号码|信号|微信|联系我|打这个|打我/u;

/**
 * What members say of themselves and the bot beside an introduction: years retired, eyes, typing,
 * having just added the bot, whether it reads Traditional characters ("您们看得懂吧？").
 */
const REMARKS = /退休(?:好几|[一二三四五六七八九十几\d]+)?年了?|(?:眼睛|眼神)(?:也)?花了?|(?:你|您)(?:别|不要)嫌弃(?:哈|啊|呀)?|刚加(?:上)?(?:你|您)(?:的)?|试试这个(?:功能|小助手)?|(?:普通话)?打字(?:唔系好叻|不太行|不太好|不利索|慢)|(?:手机)?是繁体输入|(?:您们|你们|您|你)?看得懂(?:吧|吗|不)[？?]?|见谅(?:哈|啊)?|急着呢/gu;

export function readIntroduction(text: string): Introduction | null {
  const message = normalizeMessage(text).replace(CARD_LAYOUT, '').replace(REMARKS, '，').trim();
  if (message === '' || /[?？吗]/u.test(message) || Array.from(message).length > 80) return null;
  const { rest, phone, signed, ...found } = extractContact(message);
  const name = found.name ?? titledName(message);
  // "……我叫付国庆 农工党的": a sector said in a clause of its own is still the sector.
  const sector = canonical(found.sector) ?? message.split(/[\s，,。；;！!]+/u).map((clause) => matchSector(clause.replace(/的$/u, ''), defaultSectors())).find(Boolean) ?? undefined;
  // "我电话换了，新号150……": a new number alone is worth keeping too.
  // "先留个电话 181……": the number given first, before anything is told, is kept too.
  if (!name && !sector && !(phone && /换了|新号|留/u.test(message))) return null;
  // "我是弓长张，张立伟": how the surname is written is no story either.
  // "我手机老是没信号，联系电话留我儿子的吧": remarks on how to be reached are no story either.
  const described = rest
    .split(/([\s，,。；;！!]+)/u)
    .filter((part) => !(name && describesSurname(part, name)) && !ABOUT_REACHING.test(part))
    .join('');
  const left = withoutDecoration(described).replace(/[\s，,。.、；;：:！!~～…]/gu, '').replace(AROUND, '').replace(DEVICE, '');
  // A few words may be left ("我没有微信"); a story or a request is not an introduction.
  if (Array.from(left).length > 6) return null;
  return { ...(name && { name }), ...(sector && { sector }), ...(phone && { phone }), ...(signed !== undefined && { signed }) };
}

/** "我是民革的老委员白振华": a name right after the title it is introduced with. */
function titledName(message: string): string | undefined {
  for (const clause of message.split(/[\s，,。；;！!]+/u)) {
    const tail = clause.split(/委员|常委|同志|社员|盟员|会员/u).at(-1) ?? '';
    if (tail !== clause && /^\p{Script=Han}{2,4}$/u.test(tail)) {
      const name = readPersonName(tail);
      if (name) return name;
    }
  }
  return undefined;
}

function canonical(sector: string | undefined): string | undefined {
  return sector ? (readSector(sector) ?? sector) : undefined;
}

/** "有个事", "在吗，想说个情况": the member is about to say something; nothing to search for yet. */
// "王秘书，跟您说一下", "张主任，给您汇报个事": who it is to, then only that something follows.
const OPENER =
  /^(?:(?:您好|你好|喂|在吗|在不在|老师好|小助手|\p{Script=Han}{1,3}(?:秘书|主任|老师|书记|主席|部长|同志|领导|处长|科长|局长|院长)(?:您好|你好|好)?)[，,。！!\s]*)*(?:我)?(?:(?:有个|有件|有一个|有一件|想说个|想说件|想说一个|想跟你说个|跟你说个|说个|反映个)?(?:事|事儿|事情|情况)(?:想(?:跟你|和你|给你)?(?:说|讲|反映)(?:一下|下)?)?|(?:想)?(?:跟|和|给|向)(?:你|您)(?:说|讲|汇报|报告)(?:一下|下|个事儿?|件事|一件事)?)[。！!～~…]*$/u;

/** "王秘书你好", "张主任好", "在吗": a greeting to the office before anything is said. */
const GREETING_ONLY =
  /^(?:(?:\p{Script=Han}{1,3}(?:秘书|主任|老师|书记|主席|部长|同志|领导|处长|科长|局长|院长)|小助手|助手|各位(?:领导)?)[，,\s]*(?:你好|您好|好|早上好|上午好|下午好|晚上好|早|在吗|在不在)?|你好|您好|早上好|上午好|下午好|晚上好|在吗|在不在)[啊呀哈！!。~～…]*$/u;

export function greetsOnly(text: string): boolean {
  return GREETING_ONLY.test(normalizeMessage(text).trim());
}

export function readsAsOpener(text: string): boolean {
  const message = withoutDecoration(normalizeMessage(text)).trim();
  return (message !== '' && !/^(?:事|事儿|事情|情况)$/u.test(message) && OPENER.test(message)) || greetsOnly(text);
}
