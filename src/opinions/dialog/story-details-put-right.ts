import { isSurname } from '../../shared/surnames.ts';
import { findPhones } from '../intake/phone.ts';
import type { OpinionFields } from '../types.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';
import { figureRetold } from './figure-retold.ts';
import { swapped } from './put-right.ts';
import { twoSwapped } from './two-swapped.ts';

/**
 * Details of the story put right at the preview in the member's words, beyond a field's new value:
 * a quoted phrase reworded after a remark on it ("“乱哄哄”太随意了，换成“秩序混乱”"), a person of
 * the story whose surname was written wrong ("是林主任，双木林，不是王"), a number of somebody else
 * taken out of the story ("网格员的手机号别写了"), the member's new number said beside the old one, words
 * swapped ("是六七百米 不是五六百米") and a figure misremembered ("……是70多人次 我记错了").
 */

type Fields = Partial<OpinionFields>;
const TEXT_FIELDS = ['situation', 'suggestion', 'title'] as const;

function fieldHolding(fields: Fields, words: string): (typeof TEXT_FIELDS)[number] | undefined {
  return TEXT_FIELDS.find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(words));
}

/** "“X”太口语了，改成“Y”": the quoted words, a remark on them, then the new words. */
const REWORDED = /[“"‘「]([^“”"'‘’「」]{1,30})[”"’」][^“"‘「]{0,16}?(?:改成|改为|换成|写成|换个说法[，,：:\s]*)[：:\s]*[“"‘「]?([^“”"'‘’「」，,。！!]{1,40})[”"’」]?/u;

function reworded(fields: Fields, text: string): Fields | null {
  const [, from, to] = REWORDED.exec(text) ?? [];
  const field = from && to ? fieldHolding(fields, from) : undefined;
  return field && from && to ? { ...fields, [field]: (fields[field] as string).split(from).join(to) } : null;
}

/** How people of the story are called: 张老师, 李师傅, 王主任. */
const CALLED = '(?:老师|师傅|主任|书记|医生|大夫|校长|院长|村长|站长|经理|老板|阿姨|大姐|大哥|大爷|大妈|律师|警官)';
const SURNAME_FIXED = new RegExp(`是\\s*(\\p{Script=Han})(${CALLED})[^不]{0,12}?(?:而)?不是\\s*(\\p{Script=Han}{1,4}?)(?:${CALLED})?(?=$|[，,。！!\\s])`, 'u');

/** "是章老师，立早章，不是弓长张": the denied surname (the last character of how it is written) replaced. */
function surnameFixed(fields: Fields, text: string): Fields | null {
  const [, said, title, denied = ''] = SURNAME_FIXED.exec(text) ?? [];
  const old = Array.from(denied).at(-1);
  if (!said || !title || !old || old === said || !isSurname(old) || !isSurname(said)) return null;
  const field = fieldHolding(fields, `${old}${title}`);
  return field ? { ...fields, [field]: (fields[field] as string).split(`${old}${title}`).join(`${said}${title}`) } : null;
}

/** "村支书的电话删掉吧", "他的手机号别写了": somebody's number taken out, the rest of what they said kept. */
const NUMBER_DROPPED = /^(?:把)?([^，,。！!]{0,8}?)的?(?:电话|手机|号码|手机号|联系方式)(?:号码?)?[^，,。！!]{0,3}?(?:删掉|删了|删除|去掉|拿掉|不要了|别写了?|不要写|不写了?|别公开|不公开)/u;

function numberDropped(fields: Fields, text: string): Fields | null {
  const who = NUMBER_DROPPED.exec(text.trim())?.[1]?.replace(/^(?:那个|这个)/u, '');
  if (who === undefined) return null;
  for (const field of ['situation', 'suggestion'] as const) {
    const value = fields[field] ?? '';
    const at = who && value.includes(who) ? value.indexOf(who) : 0;
    const number = findPhones(value.slice(at))[0];
    if (!number) continue;
    // The number goes with its brackets and the words introducing it: "（电话139……）", "，手机139……".
    const cue = String.raw`(?:[，,\s]*(?:电话|手机|联系电话|手机号)[：:是]?\s*)?`;
    const escaped = escapeRegExp(number);
    const kept = value.replace(new RegExp(`[（(]${cue}${escaped}[）)]|${cue}${escaped}`, 'u'), '').replace(/，(?=[，。！；）)]|$)/gu, '');
    if (kept !== value) return { ...fields, [field]: kept };
  }
  return null;
}

/** "原来那个号138……停用了，现在用181……": of two numbers, the one the draft does not hold is the new one. */
function numberReplaced(fields: Fields, text: string): Fields | null {
  const digits = (phone: string) => phone.replace(/\D/gu, '');
  const numbers = findPhones(text);
  if (numbers.length !== 2 || !fields.phone) return null;
  const old = numbers.findIndex((number) => digits(number) === digits(fields.phone ?? ''));
  const fresh = numbers[1 - old];
  return old >= 0 && fresh ? { ...fields, phone: fresh } : null;
}

/**
 * Words of the story swapped in the member's own phrasing: "是六七百米 不是五六百米", "不是X，是Y",
 * "优代证写错了，是优待证", "小区名字别写碧桂园了 写西城开发区新建小区就行".
 */
const SWAPS: ReadonlyArray<[RegExp, 'new-old' | 'old-new']> = [
  [/是(?!不)([^，,。！!\s]{1,20}?)[，,\s]*(?:而)?不是([^，,。！!\s]{1,20}?)(?=$|[，,。！!\s])/u, 'new-old'],
  [/(?:^|[，,。\s])不是([^，,。！!\s]{1,20}?)[，,\s]*(?:而|应该)?是([^，,。！!\s]{1,20}?)(?:才对)?(?=$|[，,。！!\s])/u, 'old-new'],
  [/^([^，,。！!\s]{2,12}?)(?:写错了|打错了|错了)[，,\s]*(?:应该)?是([^，,。！!\s]{2,20}?)(?:才对)?[。！!]?$/u, 'old-new'],
  [/(?:别|不要|不用)(?:写|用|提)([^，,。！!\s]{2,12}?)了?[，,\s]+(?:就)?(?:写成|改成|换成|改为|写|用)([^，,。！!\s]{2,20}?)(?:就行|就好|就可以|吧)?[。！!]?$/u, 'old-new'],
  // "接种点现在叫花山社区卫生服务中心了，不叫卫生院，改一下": a new name for the old one.
  [/现在叫([^，,。！!\s]{2,20}?)了?[，,\s]*不(?:叫|是)([^，,。！!\s]{2,12}?)了?(?=$|[，,。！!\s])/u, 'new-old'],
];

function wordsSwapped(fields: Fields, text: string): Fields | null {
  for (const [pattern, order] of SWAPS) {
    const match = pattern.exec(text.trim());
    // "电梯数量错了，是有4部电梯，困人是9次不是8次": several changes at once are for the change reader.
    if (!match || /是|改成|改为|应为/u.test(text.trim().replace(match[0], ''))) continue;
    const [from, to] = order === 'old-new' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
    // "担保费写错了，应该是13800元": a figure for a thing named is the figure put right, not the word.
    const figureFor = /\d/u.test(to) && !/\d/u.test(from);
    // ("是城南新村东区那一片 不是城南新村": words that extend the old ones are for the place reader.)
    const extends_ = to.includes(from) || from.includes(to);
    const put = !extends_ && !figureFor ? swapped(fields, from, to) : null;
    if (put) return put;
  }
  return null;
}

export function storyDetailPutRight(fields: Fields, text: string): Fields | null {
  return reworded(fields, text) ?? surnameFixed(fields, text) ?? numberDropped(fields, text) ?? numberReplaced(fields, text) ?? twoSwapped(fields, text) ?? wordsSwapped(fields, text) ?? figureRetold(fields, text);
}
