import type { OpinionFields } from '../types.ts';

/**
 * One of several problems withdrawn in the member's words: "公厕那个算了不写了，就说公交的事",
 * "第二个问题删掉吧，物业的我另外报". The item goes from the story, and its suggestion with it.
 */

type Fields = Partial<OpinionFields>;

const DROP = '(?:就)?(?:算了|(?:先)?不(?:要)?写(?:进去)?了|不报了|先不报了|删掉|删了|去掉|不要了|拿掉|另外再说|以后再说|下次再说|另外报|单独报|(?:回头|以后|下次|改天)(?:再)?(?:单独)?(?:再)?报|先不说了?|先不提了?|不说了|(?:我)?再问问)';
const BY_ORDINAL = new RegExp(`第([一二三四五六七八九十\\d])个?(?:问题|事|事情|情况)?(?:那个)?(?:吧)?[，,\\s]*${DROP}`, 'u');
// "停车的事先不写了", "算了公厕那个我再问问街道", "那自来水嘞先不说了" (嘞 = 的), "垃圾站的事不要写进去了".
const BY_TOPIC = new RegExp(`^(?:算了|那|还是)?[，,\\s]*(?:那个)?(\\p{Script=Han}{2,6}?)(?:的|嘞|哩)?(?:那个|这个|那件|那条|的事|那事|那一条|嘞)?[，,\\s]*(?:我|就|先)?${DROP}`, 'u');
/** "还是只说工程款吧，招工的事……", "先报站牌的吧": the one item kept, the others dropped. */
const KEEP_ONLY = /(?:^|[，,\s])(?:还是|那就|就)?(?:只|先)(?:说|报|写)(\p{Script=Han}{1,6}?)(?:的|嘞|哩)?(?:事|那个)?(?:吧|嘞|哈)(?=[，,。！!\s]|$)/u;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Where each numbered item starts: 一是, 第二个问题：, 2. */
const NUMBER = '(?:[一二三四五六七八九十]是|第[一二三四五六七八九十\\d]个?(?:(?:问题|事|情况|建议)[：:，,]?|[：:，,])|[一二三四五六七八九十\\d][、.．])';
// "……，另外古城里的公厕也太少了": a further problem joined by 另外 / 还有 is an item too.
// (By voice a pause stands for the comma: "夜跑的人多 还有 那边的垃圾站…"; "一个是……一个是……" counts them.)
const ITEM_START = new RegExp(`(?<=^|[：:；;。\\n]\\s*)(?=${NUMBER})|(?<=[，,；;。\\s]\\s*)(?=另外|还有|此外|再就是|再一个)|(?<=\\S[，,；;。\\s]\\s*)(?=一个是)`, 'u');
const NUMBERED = new RegExp(`^${NUMBER}\\s*`, 'u');

function items(text: string): { lead: string; parts: string[] } {
  const [first = '', ...rest] = text.split(ITEM_START);
  // The text before the first number ("有两个事：") leads the items; it is no item itself.
  const numbered = rest.length > 0 && rest.every((part) => NUMBERED.test(part));
  return numbered && !NUMBERED.test(first) ? { lead: first, parts: rest } : { lead: '', parts: [first, ...rest] };
}

function without(text: string | undefined, drop: (part: string, index: number) => boolean): string | undefined {
  if (!text) return text;
  const { lead, parts } = items(text);
  if (parts.length < 2) return text;
  const kept = parts.filter((part, i) => !drop(part, i));
  if (kept.length === parts.length || kept.length === 0) return text;
  // One item left: its number and the lead counting the items go too.
  const body = kept.length === 1 ? kept[0]!.replace(NUMBERED, '') : kept.join('');
  const keptLead = kept.length === 1 && /[两二三四五几]个|几点|几条/u.test(lead) ? '' : lead;
  return `${keptLead}${body}`.trim().replace(/[；;，,]$/u, '。');
}

export function withdrawnPart(fields: Fields, text: string): Fields | null {
  const said = text.trim();
  const ordinal = BY_ORDINAL.exec(said)?.[1];
  if (ordinal) {
    const n = /\d/u.test(ordinal) ? Number(ordinal) : (DIGITS[ordinal] ?? 0);
    const situation = without(fields.situation, (_, i) => i === n - 1);
    if (situation === fields.situation) return null;
    return { ...fields, situation, suggestion: without(fields.suggestion, (_, i) => i === n - 1) };
  }
  const topic = BY_TOPIC.exec(said)?.[1];
  const kept = topic ? undefined : KEEP_ONLY.exec(said)?.[1];
  const named = topic ?? kept;
  if (!named || !fields.situation) return null;
  const about = aboutTopic(items(fields.situation).parts, named);
  const drop = (part: string) => (topic ? about(part) : !about(part));
  const situation = without(fields.situation, drop);
  if (situation === fields.situation) return null;
  return { ...fields, situation, suggestion: without(fields.suggestion, drop) };
}

/**
 * Whether an item is the one named: it holds the words, else every character of them where no
 * other item does ("停车的事" of "接送车辆乱停").
 */
function aboutTopic(parts: string[], topic: string): (part: string) => boolean {
  if (parts.some((part) => part.includes(topic))) return (part) => part.includes(topic);
  const holds = (part: string) => [...topic].every((char) => part.includes(char));
  return parts.filter(holds).length === 1 ? holds : () => false;
}
