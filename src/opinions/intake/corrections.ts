import { normalizeMessage } from '../../shared/normalize-text.ts';
import type { OpinionFields } from '../types.ts';
import { consentSpans, readConsent } from './consent.ts';
import { parseCategory, parseSigned } from './parse-answer.ts';
import { looksLikeUnlistedName, readPersonName } from './person-name.ts';
import { namePutRight } from './name-spelling.ts';
import { readSaidSurname, withoutDenials, withSurname } from './said-surname.ts';
import { surnameOf } from '../../shared/surnames.ts';
import { phoneWithCorrectedEnd } from './phone.ts';
import { readPhone } from './read-answer.ts';
import { changedSector } from './sector-change.ts';
import { defaultSectors, readSector, type Sector } from './sectors.ts';
import { swappedDetail } from './swapped-detail.ts';

/**
 * Corrections in everyday words at the preview: "标题改成……", "把标题换成……", "电话写错了，
 * 是139……", "名字写错了 应该是徐莉", "界别改为九三学社", "还是匿名吧", "建议里再加一条：……".
 */

type Field = keyof OpinionFields;

/**
 * One change. `value` null: the field was named but its new value is missing or unreadable
 * ("电话写错了"), so the dialog asks for it. `append`: add to the field instead of replacing it.
 */
export type Correction = { [K in Field]: { field: K; value: OpinionFields[K] | null; append?: boolean } }[Field];

const FIELD_WORDS: Record<Field, readonly string[]> = {
  title: ['标题', '题目'],
  situation: ['情况与问题', '情况和问题', '基本情况', '问题描述', '情况', '问题', '内容', '正文'],
  suggestion: ['意见建议', '意见和建议', '建议', '意见'],
  category: ['类别', '分类', '类型'],
  name: ['反映人姓名', '反映人', '姓名', '我的名字', '名字', '我的姓', '姓氏', '姓'],
  sector: ['所在界别', '界别'],
  phone: ['联系电话', '电话号码', '手机号码', '手机号', '电话', '手机', '号码', '联系方式'],
  signed: ['是否同意署名', '是否署名', '署名'],
};
const FIELD_OF = new Map<string, Field>(
  (Object.entries(FIELD_WORDS) as Array<[Field, readonly string[]]>).flatMap(([field, words]) => words.map((word) => [word, field] as const)),
);
const FIELDS = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** Words before a correction that change nothing: 麻烦, 不好意思, 对了, 我觉得. */
const LEAD = String.raw`(?:(?:麻烦|请|帮我|能不能|可以|可不可以|不好意思|对不起|哦|噢|哎|诶|等等|等一下|稍等|对了|另外|还有|然后|嗯|我觉得|我想|再|不对|哎呀|唉|啊)[，,\s]*)*`;
// "名字少了个字": a name said short is wrong too.
const WRONG = '写错了|填错了|打错了|说错了|搞错了|弄错了|错了|不对|有误|有错|(?:少|漏|缺|多)(?:打|写)?了(?:一个|个|一)?字';
const VERB = '改成|改为|换成|换为|更正为|更改为|修改为|修改成|应该是|应为|应是|写成|变成|调整为|改一下|改|换|填成|写的是|填的是|写(?![不错的了上])|填(?![不错的了上])|为|是(?!不是|否|多少|什么|哪|几|谁|啥)';
const CORRECTION = new RegExp(
  String.raw`(?<=^|[，,。；;！!\n\s])${LEAD}(?:把|将|修改|更改|更正)?[\s]*(?<field>${FIELDS})(?:的内容|这一项|这项|一栏|那里|这里)?(?:要|得|需要|还得|也要)?[\s]*` +
    String.raw`(?:(?<wrong>${WRONG})[，,。\s]*(?:正确的应该是|正确的是|应该是|应为|应是|要改成|改成|改为|是)?|(?<verb>${VERB}))[：:\s]*`,
  'gu',
);
/** "电话是139……", "名字：徐莉" said at the preview: a plain new value for a short field. */
const PLAIN = new RegExp(String.raw`^${LEAD}(?<field>电话|手机|联系电话|手机号|名字|姓名|我的姓|姓|界别|类别|标题)(?:是|为|[:：])[\s]*`, 'u');
/** "建议里再加一条：……", "再补充一条建议：……", "情况里补充一句：……". */
const APPEND = new RegExp(
  String.raw`^${LEAD}(?:(?:在|往|给)?(?<field>意见建议|建议|意见|情况与问题|情况|问题)(?:里面|里|中|部分|这一项|这块|那段|这段|那部分|那一项|那块|那里|这里|那儿|这儿|后面|最后)?(?:再|还|另外)?(?:加上|加|添上|添加|补充|增加|补上|补)(?:一条|一点|一句|几条|一个|一下|一段|几句)?(?:就是)?|(?:(?:再|还|另外)?(?:补充|加|增加|添加)|还有|另外还有)(?:一条|一点|一句|几条|一个|一段)?(?<after>意见建议|建议|意见|情况)|(?:再|还|另外)(?:补充|加|增加|添加|补)(?<item>一条|两条|几条)(?=[：:]))[：:，,\s]*`,
  'u',
);
const DROP = /^(?:算了|那|哦|噢|嗯|好吧|要不|那就)[，,\s]*/u;
/** "我换号了", "现在用这个", "以后联系打这个": the member's number changed. */
const NEW_NUMBER = /换(?:了)?(?:个)?(?:新)?(?:号|手机)|新(?:手机)?号|现在用(?:这个|的是)|以后(?:联系)?(?:就)?(?:打|用)这个/u;

/** A name correction: a whole name, or a surname said by how it is written (姓错了，是耳东陈). */
function correctedName(raw: string, word: string, sectors: readonly Sector[], current: string | undefined): string | null {
  // "名字打错了 不是海洋 是海阳 太阳的阳": the part said wrong put right, the rest kept.
  const partly = namePutRight(current, `${word}${raw}`);
  if (partly) return partly;
  // "是玉芹，芹菜的芹，马玉芹": of the names said, the one keeping the surname is the whole name.
  const clauses = withoutDenials(raw)
    .split(/[，,。；;\s]+/u)
    .map((clause) => clause.replace(/^(?:是|应该是|叫)(?=\p{Script=Han}{2})/u, ''));
  // ("黎明的黎": a word naming how a character is written is no name.)
  const names = clauses.filter((clause) => !/^\p{Script=Han}{1,4}的\p{Script=Han}$/u.test(clause)).map((clause) => readPersonName(clause, sectors)).filter((n): n is string => Boolean(n));
  const kept = current ? names.find((n) => surnameOf(n) !== undefined && n.startsWith(surnameOf(current) ?? '\u0000')) : undefined;
  // "是买买提江·吐尔逊，买东西的买": a name no list holds, beside how it is written.
  const unlisted = clauses.filter((clause) => !/^\p{Script=Han}{1,4}的\p{Script=Han}$/u.test(clause) && looksLikeUnlistedName(clause) && clause.length >= 4);
  const full = kept ?? names[0] ?? readPersonName(withoutDenials(raw), sectors) ?? (unlisted.length === 1 ? unlisted[0] : undefined);
  const surname = readSaidSurname(raw);
  const aboutSurname = word.includes('姓') && !word.includes('姓名');
  if (full && (!aboutSurname || !surname || full.startsWith(surname))) return full;
  if ((aboutSurname || !full) && surname && current) return withSurname(current, surname);
  return null;
}

function valueFor(field: Field, raw: string, sectors: readonly Sector[], word = '', current: Partial<OpinionFields> = {}): OpinionFields[Field] | null {
  const value = raw.trim().replace(/[。.！!]+$/u, '');
  if (value === '') return null;
  switch (field) {
    case 'title':
      return value.replace(/^[《“"「](.*)[》”"」]$/u, '$1') || null;
    case 'category':
      return parseCategory(value) ?? null;
    case 'name':
      return correctedName(value, word, sectors, current.name);
    case 'sector':
      // "我不是民建的，是民进": the denied one is not the answer.
      return readSector(withoutDenials(value), sectors);
    case 'phone':
      // "电话错了一位，倒数第二位是7": the digit put right in the number given.
      return readPhone(value) ?? phoneWithCorrectedEnd(current.phone, value) ?? null;
    case 'signed':
      return parseSigned(value) ?? null;
    default:
      return raw.trim();
  }
}

function correction(field: Field, value: OpinionFields[Field] | null, append?: boolean): Correction {
  return { field, value, ...(append && { append }) } as Correction;
}

/** The corrections a message asks for, in order, or null when it is not a correction. */
/** "其他都对，就是……", "别的都没问题，就是……", "内容都行，……": approval of the rest before the change. */
const APPROVING_THE_REST = /^(?:别的|其他|其它|其余|内容|别的地方|其他地方)(?:都|也)?(?:没问题|没毛病|对|行|可以|好|ok|OK)[的了啊]?[，,。\s]*(?:就是|只是|但是?|不过|只有)?[\s，,]*/u;

export function readCorrection(
  text: string,
  sectors: readonly Sector[] = defaultSectors(),
  current: Partial<OpinionFields> = {},
): Correction[] | null {
  const message = normalizeMessage(text).trim().replace(APPROVING_THE_REST, '');
  if (message === '') return null;
  const retitled = newTitle(message, current.title);
  if (retitled) {
    // "名字写错了是陈晓冬，标题改成关于……": what else the message changes is changed too.
    const rest = withoutTitleSaid(message);
    const more = /\p{Script=Han}{2}/u.test(rest) && !/标题|题目/u.test(rest) ? readCorrection(rest, sectors, current) : null;
    return [correction('title', retitled), ...(more ?? []).filter((c) => c.field !== 'title')];
  }

  // "对了我换号了 现在用这个 15090788123 以后联系打这个": a new number, said without naming the field.
  const newNumber = NEW_NUMBER.test(message) ? readPhone(message) : undefined;
  if (newNumber && newNumber !== current.phone) return [correction('phone', newNumber)];
  // "徐错了，是言午许": one character of the name, named by itself, and how it should be written.
  const wrongChar = /^(\p{Script=Han})(?:字)?(?:写|打)?错了[，,\s]*(?:应该|应)?(?:是|为)?[：:\s]*(.+)$/u.exec(message);
  if (wrongChar?.[1] && wrongChar[2] && current.name?.includes(wrongChar[1])) {
    const said = Array.from(withoutDenials(wrongChar[2]).replace(/[字。！!]+$/u, '')).filter((c) => /\p{Script=Han}/u.test(c)).at(-1);
    if (said) return [correction('name', current.name.replace(wrongChar[1], said))];
  }
  // "名字识别错了，不是明天的明，是敏捷的敏": one character of the name, named by a word it is in.
  const byWords = /不是\p{Script=Han}{0,3}的(\p{Script=Han})[，,\s]*(?:而)?(?:是|应该是)\p{Script=Han}{0,3}的(\p{Script=Han})/u.exec(message);
  if (byWords?.[1] && byWords[2] && current.name?.includes(byWords[1])) return [correction('name', current.name.replace(byWords[1], byWords[2]))];
  // "是英雄的英 不是晶莹的莹": the right one said first.
  const rightFirst = /(?:是|应该是)\p{Script=Han}{0,3}的(\p{Script=Han})[，,\s]*(?:而)?不是\p{Script=Han}{0,3}的(\p{Script=Han})/u.exec(message);
  if (rightFirst?.[1] && rightFirst[2] && current.name?.includes(rightFirst[2])) return [correction('name', current.name.replace(rightFirst[2], rightFirst[1]))];
  // "说错了 是民进不是民建", "电话后面是6254不是6245，不署名": the detail put right, then the rest of the message.
  const swapped = swappedDetail(message, sectors, current);
  if (swapped) {
    const rest = message.replace(swapped.said, '，');
    const more = /\p{Script=Han}{2}/u.test(rest) ? (readCorrection(rest, sectors, current) ?? []) : [];
    return [correction(swapped.field, swapped.value), ...more.filter((c) => c.field !== swapped.field)];
  }
  // "还是匿名吧", "不署名了", "可以署名".
  const consent = readConsent(message.replace(DROP, ''));
  if (consent !== undefined) return [correction('signed', consent)];
  // "想了一下，名字还是不要放了，就写市政协委员反映": a short message whose clauses decide consent.
  const spans = Array.from(message).length <= 40 && !CORRECTION.test(message) ? consentSpans(message) : [];
  CORRECTION.lastIndex = 0;
  if (spans.length > 0) return [correction('signed', spans.at(-1)!.signed)];

  // "问了，情况里加上：……": a short clause before the addition says nothing of it.
  const append = APPEND.exec(message) ?? APPEND.exec(message.replace(/^[^，,。]{1,6}[，,]\s*/u, ''));
  if (append?.groups) {
    const word = append.groups.field ?? append.groups.after ?? '';
    // "再加一条：……": suggestions come in 条.
    const field = /建议|意见/u.test(word) || append.groups.item ? 'suggestion' : 'situation';
    const value = message.slice(message.indexOf(append[0]) + append[0].length).trim();
    // "情况里补一句：……。建议再加一条：……": two additions in one message.
    const next = /[。；;！!]\s*(?=(?:意见建议|建议|意见|情况)(?:里面|里|中)?(?:再|还|另外)?(?:加上|加|补充|补上|补|添上))/u.exec(value);
    const more = next ? readCorrection(value.slice(next.index + next[0].length), sectors, current) : null;
    if (next && more) return [correction(field, value.slice(0, next.index + 1).trim(), true), ...more];
    return [correction(field, value === '' ? null : value, true)];
  }

  // "界别写的农业界是上一届的，这届我是无党派人士": the sector for this term.
  const changed = changedSector(message, sectors);
  if (changed) return [correction('sector', changed.sector)];

  const matches = [...message.matchAll(CORRECTION)];
  // A correction begins the message; "……建议改为……" inside a story is not one.
  if (matches.length === 0 || matches[0]!.index !== 0) {
    const plain = PLAIN.exec(message);
    const field = plain?.groups?.field ? FIELD_OF.get(plain.groups.field) : undefined;
    const value = plain ? message.slice(plain[0].length) : '';
    // "电话是多少？" asks; it does not correct.
    // "电话是多少？", "标题是不是太长了": questions, not corrections.
    if (!plain || !field || /[?？吗]|多少|什么|哪|^不是|^否/u.test(value)) return null;
    return [correction(field, valueFor(field, value, sectors, plain.groups?.field, current))];
  }
  return matches.map((match, i) => {
    const word = match.groups?.field ?? '';
    const field = FIELD_OF.get(word) ?? 'title';
    const end = matches[i + 1]?.index ?? message.length;
    const raw = message.slice(match.index + match[0].length, end).replace(/[，,；;\s]+$/u, '');
    return correction(field, valueFor(field, raw, sectors, word, current));
  });
}

/**
 * "标题太长了，改短点：关于……的建议", "标题改一下，改成关于……的建议，主要是说……": a new title said
 * with other words around it; "标题里“减少”改成“清理”": one word of it changed.
 */
function newTitle(message: string, current: string | undefined): string | null {
  if (!/标题|题目|[Tt]itle/u.test(message)) return null;
  const whole = /关于[^，,。！!？?\n“”"《》]{2,40}?的(?:建议|提案|意见)/u.exec(message.replace(/[《》“”"]/gu, ''));
  if (whole) return whole[0];
  const word = /(?:标题|题目)(?:里|中)?(?:的)?[“"‘']([^”"’']{1,12})[”"’'](?:改成|改为|换成)[“"‘']([^”"’']{1,12})[”"’']/u.exec(message);
  if (word && current?.includes(word[1]!)) return current.replace(word[1]!, word[2]!);
  // "标题太长了，改成电动车楼道充电隐患就行": the subject said; the title is made of it.
  const subject = /(?:标题|题目|[Tt]itle)[^。！!]{0,16}?(?:改成|改为|换成|就叫|叫)[：:\s]*[《“"]?([^》”"，,。！!？?\s]{4,24}?)[》”"]?(?:就行|就好|就可以|吧|好了)?[。！!]?$/u.exec(message);
  return subject && !/^(?:什么|啥|这个|那个)/u.test(subject[1]!) ? `关于${subject[1]!.replace(/的?(?:建议|意见)$/u, '')}的建议` : null;
}

/** The message without the new title and the words that said it was one ("标题改成《……》"). */
export function withoutTitleSaid(text: string): string {
  return text.replace(/[《“"]?关于[^，,。！!？?\n“”"《》]{2,40}?的(?:建议|提案|意见)[》”"]?/u, '').replace(/(?:标题|题目)[^，,。；;]{0,8}?(?:改成|改为|换成|改短点|改一下|改)[：:，,]?/u, '');
}
