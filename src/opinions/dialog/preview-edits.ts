import { consentSpans } from '../intake/consent.ts';
import { withoutTitleSaid } from '../intake/corrections.ts';
import { namePutRight, nameRespelled } from '../intake/name-spelling.ts';
import { findPhone, phoneWithCorrectedEnd } from '../intake/phone.ts';
import { withdrawnPart } from '../intake/withdrawn-part.ts';
import { putRight } from './put-right.ts';
import { storyDetailPutRight } from './story-details-put-right.ts';
import { OPINION_FIELD_LABELS, type OpinionFields } from '../types.ts';
import { escapeRegExp } from '../../shared/escape-regexp.ts';

/**
 * Edits members make to the text at the preview in their own words, beyond a new value for a
 * field: "把‘困人8次’改成‘困人11次’", "建议最后一句删掉", "第四条不要了", "标题帮我改一下：……",
 * "想了想还是署名吧". Each returns the changed fields, or null when the message is no such edit.
 */

type Fields = Partial<OpinionFields>;
type TextField = 'title' | 'situation' | 'suggestion';

const QUOTE = '[“”"\'‘’「」]';
const REPLACE = new RegExp(`${QUOTE}?([^“”"'‘’「」，。]{2,30}?)${QUOTE}?\\s*(?:改成|改为|换成|应该是|应为)\\s*${QUOTE}?([^“”"'‘’「」，。]{1,60})${QUOTE}?`, 'u');
const ORDINAL = '(?:第([一二三四五六七八九十\\d]{1,2})|最后一|最后那|最后这|最末一|头一|第一)';
// "最后那句减免房租的去掉": what the sentence says may follow its place.
const DELETE = new RegExp(`${ORDINAL}(句|条|点|项)(?:话|建议)?(?:[^，。]{1,10}?的)?[^，。]{0,4}?(?:删掉|删了|删除|去掉|拿掉|不要了|不要|别要了|不用了)`, 'u');
const FIELD_WORD: ReadonlyArray<[RegExp, TextField]> = [
  [/标题|题目/u, 'title'],
  [/情况|问题|现状/u, 'situation'],
  [/建议|意见/u, 'suggestion'],
];
// "那改成：关于方便异地就医结算的建议": a 关于……的建议 given as the new text can only be the title.
const RETITLE = /(?:(?:标题|题目)[^：:\n“"「《]{0,8}(?:[：:]|叫|写成|写|改成|改为|换成)|^(?:那|那就|就|还是)?(?:改成|改为|换成|就叫|叫)[：:]?)\s*[“"「《]?(关于[^”"」》]+?)[”"」》]?(?:吧|啊|呀)?[。！]?$/u;
const TITLE_SAID_LAST = /(?:^|[，,。；;])\s*(?:那就|就|还是)?(?:写|叫|改成|改为|换成|用)(?:成)?[：:]?\s*[“"「《]?(关于[^，,。“”"「」《》]{2,36}?的(?:建议|提案|意见))[”"」》]?[。！]?$/u;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function named(text: string): TextField | undefined {
  return FIELD_WORD.find(([pattern]) => pattern.test(text))?.[1];
}

/** Sentences or numbered items of a field, as written (with their closing punctuation). */
function pieces(value: string, unit: string): string[] {
  // Voice input sets sentences off by spaces, not stops.
  if (unit === '句') {
    const sentences = value.match(/[^。！？；\n]+[。！？；]?\n?/gu) ?? [value];
    return sentences.length > 1 || !/\S\s\S/u.test(value) ? sentences : value.split(/(?<=\S)\s+(?=\S)/u).map((part, i, all) => (i < all.length - 1 ? `${part} ` : part));
  }
  // 1. / 1、 / （一） / 一是 … : a numbered item runs to the next number.
  const parts = value.split(/(?<=^|\n|[；;。]\s*)(?=\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]+[是、])/u).filter((part) => part !== '');
  return parts.length > 1 ? parts : (value.match(/[^。！？；\n]+[。！？；]?\n?/gu) ?? [value]);
}

function deleted(fields: Fields, text: string): Fields | null {
  const match = DELETE.exec(text);
  if (!match) return null;
  const field = named(text.slice(0, match.index)) ?? 'suggestion';
  const value = fields[field];
  if (typeof value !== 'string') return null;
  const parts = pieces(value, match[2] ?? '句');
  const number = match[1] ? (/\d/u.test(match[1]) ? Number(match[1]) : (DIGITS[match[1]] ?? 0)) : /最后|最末/u.test(match[0]) ? parts.length : 1;
  if (number < 1 || number > parts.length || parts.length < 2) return null;
  const kept = parts.filter((_, i) => i !== number - 1).join('').trim().replace(/[；;，,]$/u, '。');
  return { ...fields, [field]: kept };
}

function replaced(fields: Fields, text: string): Fields | null {
  const match = REPLACE.exec(text);
  const from = match?.[1]?.replace(/^(?:把|将)?(?:情况|问题|建议|意见|标题)?(?:里|中)?的?/u, '').trim();
  const to = match?.[2]?.trim();
  if (!from || !to) return null;
  const field = (['situation', 'suggestion', 'title'] as const).find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(from));
  return field ? { ...fields, [field]: (fields[field] as string).split(from).join(to) } : null;
}

/** A figure with its measure word: 300多个, 5家, 8次, 一年半 is no figure. */
const FIGURE = /\d+(?:\.\d+)?(?:多|余)?[个家人名位次件辆台所座户元万亿%％块岁天年月]?/gu;

/** "排队的是500多个，不是300多个", "不是5家，一条街有7家": the denied figure in the text becomes the one said. */
function refigured(fields: Fields, text: string): Fields | null {
  const denied = /不是\s*(\d+(?:\.\d+)?(?:多|余)?[个家人名位次件辆台所座户元万亿%％块岁天年月]?)/u.exec(text)?.[1];
  if (!denied) return null;
  const said = [...text.matchAll(FIGURE)].map((m) => m[0]).find((figure) => figure !== denied && !denied.startsWith(figure));
  if (!said) return null;
  // The measure word of the denied figure goes with the new one when it was left out ("是7，不是5家").
  const unit = /\D$/u.test(denied) && /\d$/u.test(said) ? denied.replace(/^[\d.]+(?:多|余)?/u, '') : '';
  const field = (['situation', 'suggestion', 'title'] as const).find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(denied));
  return field ? { ...fields, [field]: (fields[field] as string).split(denied).join(`${said}${unit}`) } : null;
}

/** "情况里“物业根本不管事”那句删掉吧": a quoted sentence taken out. */
function cutQuoted(fields: Fields, text: string): Fields | null {
  const quoted = /[“"‘「]([^“”"'‘’「」]{2,60})[”"’」](?:那|这)?(?:一)?(?:句|段)?(?:话)?[^，。]{0,3}?(?:删掉|删了|删除|去掉|拿掉|不要了|不要)/u.exec(text)?.[1];
  if (!quoted) return null;
  const field = (['situation', 'suggestion', 'title'] as const).find((key) => typeof fields[key] === 'string' && (fields[key] as string).includes(quoted));
  if (!field) return null;
  const kept = (fields[field] as string).split(quoted).join('').replace(/([。！？；，,])[。！？；，,]+/gu, '$1').replace(/^[。！？；，,\s]+/u, '').trim();
  return { ...fields, [field]: kept };
}

/** "那句睁一只眼闭一只眼的删掉", "那个二十万的数字不要写了": the clause that says it taken out, unquoted. */
const CUT_MENTIONED =
  /^(?:那句|这句|那个|这个|把)?(\p{Script=Han}[\p{Script=Han}\d]{1,14}?)(?:的)?(?:那句|这句|那个|这个|那段)?(?:话|数字|说法)?[^，。]{0,2}?(?:删掉|删了|删除|去掉|拿掉|不要写了|不写了|别写了|不要了)/u;

function cutMentioned(fields: Fields, text: string): Fields | null {
  const said = CUT_MENTIONED.exec(text.trim())?.[1];
  // "这个不要了", "算了不要了": nothing of the draft is named.
  if (!said || /^(?:这个|那个|这句|那句|这些|那些|算了|都|全部|全都|标题|题目|情况|建议|意见|名字|电话|界别)$/u.test(said)) return null;
  // The longest beginning of what was said that the draft holds: 四百多个号的数字 → 四百多个号.
  for (let end = said.length; end >= 2; end--) {
    const key = said.slice(0, end);
    const field = (['situation', 'suggestion'] as const).find((name) => fields[name]?.includes(key));
    if (!field) continue;
    const clauses = (fields[field] as string).match(/[^，,。；;！？\n]+[，,。；;！？\n]?/gu) ?? [];
    const kept = clauses.filter((clause) => !clause.includes(key)).join('').trim().replace(/[，,；;]$/u, '。');
    return kept && kept !== fields[field] ? { ...fields, [field]: kept } : null;
  }
  return null;
}

/** "建议那句改一下，改成由区城管局统一增设带盖垃圾桶，不是街道": a sentence of a field rewritten. */
function rewritten(fields: Fields, text: string): Fields | null {
  // "第三条改成：由区里牵头，……": a numbered point of the suggestion said anew.
  const point = /^(?:(建议|意见)(?:里|中|的)?)?第([一二三四五六七八九十\d]{1,2})(条|点|项)(?:建议)?[，,\s]*(?:改成|改为|换成)[：:\s]*(.+)$/u.exec(text.trim());
  if (point?.[2] && point[4] && typeof fields.suggestion === 'string') {
    const parts = pieces(fields.suggestion, '条');
    const at = (/\d/u.test(point[2]) ? Number(point[2]) : (DIGITS[point[2]] ?? 0)) - 1;
    if (parts.length >= 2 && at >= 0 && at < parts.length) {
      const number = /^(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]+[是、])/u.exec(parts[at]!)?.[0] ?? '';
      const end = /[；;。，,]\s*$/u.exec(parts[at]!)?.[0] ?? '';
      parts[at] = `${number}${point[4].trim().replace(/[。；;]$/u, '')}${end}`;
      return { ...fields, suggestion: parts.join('').trim() };
    }
  }
  // "情况那句改成……", "情况第一句改成……", "建议最后一句换成……".
  const match = /^(标题|题目|情况|问题|建议|意见)(?:里|中|的)?(?:(?:那|这)一?|第([一二三四五六七八九十\d]{1,2})|(最后一|最末一|头一))(句|段|部分|块)(?:话)?(?:改一下|改改|要改)?[，,\s]*(?:改成|改为|换成)[：:\s]*(.+)$/u.exec(text.trim());
  if (!match?.[1] || !match[5]) return null;
  const field = named(match[1]);
  const value = field ? fields[field] : undefined;
  if (!field || typeof value !== 'string') return null;
  // "建议那段改一下，改成：……": the whole part said again.
  if (match[4] !== '句') return { ...fields, [field]: match[5].trim() };
  const [replacement = '', ...denials] = match[5].split(/[，,]\s*(?=不是)/u);
  const denied = denials.join('').replace(/^不是/u, '').replace(/[。！]$/u, '');
  const parts = pieces(value, '句');
  const ordinal = match[2] ? (/\d/u.test(match[2]) ? Number(match[2]) : (DIGITS[match[2]] ?? 1)) : match[3] === '头一' ? 1 : match[3] ? parts.length : 0;
  if (ordinal > parts.length) return null;
  const at = ordinal > 0 ? ordinal - 1 : Math.max(0, denied ? parts.findIndex((part) => part.includes(denied)) : 0);
  const next = replacement.trim().replace(/[。！]?$/u, '。');
  return { ...fields, [field]: parts.map((part, i) => (i === at ? next : part)).join('').trim() };
}

/** "情况和建议贴反了，两段对调一下": the problem and the suggestion swapped. */
const SWAPPED = /(?:情况|问题)[^，。]{0,4}(?:和|与|跟)(?:建议|意见)[^，。]{0,6}(?:反了|颠倒|对调|调换|互换|换一下)|(?:两段|两部分|这两块)[^，。]{0,2}(?:对调|调换|互换|换一下|换过来)/u;

export function readPreviewEdit(fields: Fields, text: string): Fields | null {
  if (SWAPPED.test(text) && fields.situation && fields.suggestion) return { ...fields, situation: fields.suggestion, suggestion: fields.situation };
  // "标题里别写我们村的名字，就写关于……的建议": the new title said last, after why.
  const retitle = RETITLE.exec(text.trim()) ?? (/标题|题目/u.test(text) ? TITLE_SAID_LAST.exec(text.trim()) : null);
  if (retitle?.[1]) return { ...fields, title: retitle[1].trim().replace(/[。！]$/u, '') };
  // "语音输错了，是弓长张，张伟": the reporter's name put right by how its surname is written.
  // ("名字打错了 不是海洋 是海阳 太阳的阳": by the part said wrong, or the whole name said again.)
  const respelled = nameRespelled(fields.name, text) ?? namePutRight(fields.name, text);
  if (respelled) return { ...fields, name: respelled };
  const edit = rewritten(fields, text) ?? replaced(fields, text) ?? storyDetailPutRight(fields, text) ?? putRight(fields, text) ?? refigured(fields, text) ?? cutQuoted(fields, text) ?? deleted(fields, text) ?? withdrawnPart(fields, text) ?? cutMentioned(fields, text);
  // "不是狮子山街道，是珞南街道，标题里也一起改一下": the same change in the title.
  const alsoTitle = edit && /(?:标题|题目)[^，。]{0,6}也/u.test(text) ? /不是([^，,。]{2,12})[，,]\s*(?:而)?是([^，,。]{2,12})/u.exec(text) : null;
  if (edit && alsoTitle && edit.title?.includes(alsoTitle[1]!)) return { ...edit, title: edit.title.replace(alsoTitle[1]!, alsoTitle[2]!) };
  if (edit) return edit;
  // "电话后四位弄反了，是1485", "最后一位是8，不是6": the end of the number said again.
  const ended = phoneWithCorrectedEnd(fields.phone, text);
  if (ended) return { ...fields, phone: ended };
  // "电话最后一位错了，是138……": a number given while talking about the phone replaces it.
  const phone = /电话|手机|号码/u.test(text) ? findPhone(text) : undefined;
  if (phone && phone.replace(/\D/gu, '') !== (fields.phone ?? '').replace(/\D/gu, '')) return { ...fields, phone };
  const consent = consentSpans(text).at(-1);
  return consent && consent.signed !== fields.signed ? { ...fields, signed: consent.signed } : null;
}

const ASKED_FIELD: ReadonlyArray<[RegExp, 'title' | 'name' | 'sector' | 'phone']> = [
  [/标题|题目/u, 'title'],
  [/名字|姓名/u, 'name'],
  [/界别/u, 'sector'],
  [/电话|手机|号码/u, 'phone'],
];
const ASKS = /是不是|对不对|对吗|行吗|可以吗|合适吗|妥吗|有问题吗|太长|太短|[？?]$|吗$/u;

/**
 * "标题是不是太长了？", "电话对吗": a question about the draft, answered with what it holds and how
 * to change it; never stored as the field's new value.
 */
export function answerAboutTheDraft(fields: Fields, text: string): string | null {
  const said = text.trim();
  // ("标题太长了，就叫……", "标题太长了，把……去掉": a change said with the remark; "不对不对 电话打错了 是139……": a new value.)
  if (!ASKS.test(said) || Array.from(said).length > 24 || /改成|改为|换成|应该是|写成|就叫|叫做|去掉|删掉|删了|短一点|短点/u.test(said) || /错了|\d{7,}/u.test(said)) return null;
  const field = ASKED_FIELD.find(([word]) => word.test(said))?.[1];
  if (!field) return null;
  const value = String(fields[field] ?? '');
  const label = OPINION_FIELD_LABELS[field];
  const length = field === 'title' ? `（${Array.from(value).length} 字）` : '';
  return `目前的${label}是“${value}”${length}。要改的话直接告诉我，例如“${label}改成……”；核对无误请回复“确认提交”。`;
}

/** "等一下，这个报上去会不会给镇里添麻烦，我想想": the member hesitates; nothing is added or sent. */
const HESITATES =
  /(?:^|[，,。\s])(?:先别|先不)(?:交|提交|发|报)|(?:我|让我)?(?:再)?(?:想想|想一想|考虑一下|考虑考虑|斟酌一下)(?:吧|啊|哈)?[。！!…]*$|会不会(?:给|对|让)[^。！？?]{0,12}(?:添麻烦|惹麻烦|有影响|带来麻烦|不好)/u;

export function takeYourTime(consentOpen: boolean): string {
  const then = consentOpen ? '想好后回复“同意署名”或“不署名”' : '想好后回复“确认提交”';
  return `不着急，您考虑好再回复。草稿已为您保存；如有顾虑，也可以选择不署名报送。${then}，需要修改直接告诉我。`;
}

/** What follows "等一下" when the member has something to change or decide after all. */
const GOES_ON = /改|换成|应该是|错|不对|署名|匿名|确认|加一条|删|去掉|补充|\d{5}/u;

export function hesitates(text: string): boolean {
  return HESITATES.test(text.trim()) && !GOES_ON.test(text);
}

/** Said after a change: why ("镇里力量不够", "市里太远了"), or that the rest stands ("其他可以", "别的不变"), or consent. */
const WHY_OR_REST_STANDS = /^(?:因为|毕竟|主要是)?[^，,。；;]{0,8}(?:力量不够|太远了?|够不着|管不了|管不着|没能力|没权限|不够|不行|太小了?|太弱了?)[。，,！!]?$|^(?:其他|其余|别的|剩下的|其它)(?:的)?(?:都)?(?:可以|不变|没问题|不用改|照旧|行)[。，,！!]?$|^(?:同意)?署名[。，,！!]?$|^不署名[。，,！!]?$/u;

/**
 * "建议改成由区里牵头" of "建议由街道牵头，……": a short new wording that fits a phrase of the same
 * frame in the text (由……牵头) replaces that phrase, not the whole text.
 */
export function withinTheText<T>(before: unknown, value: T): T | string {
  if (typeof before !== 'string' || typeof value !== 'string') return value;
  // "建议改成由市文旅局牵头，镇里力量不够。其他可以": the new words, then why and that the rest stands.
  const [first = '', ...after] = value.trim().split(/(?<=[，,。；;！!])|\s+/u).filter(Boolean);
  if (after.length > 0 && after.every((clause) => WHY_OR_REST_STANDS.test(clause.trim()))) {
    const words = first.replace(/[，,。；;！!]$/u, '');
    const within = withinTheText(before, words);
    if (within !== words) return within;
  }
  const said = value.trim();
  const length = Array.from(said).length;
  if (length < 3 || length > 14 || length * 3 > Array.from(before).length) return value;
  const frame = new RegExp(`${escapeRegExp(said.slice(0, 1))}[^，,。；;！!？?\\n]{1,8}?${escapeRegExp(said.slice(-2))}`, 'gu');
  const found = [...before.matchAll(frame)].filter((m) => m[0] !== said);
  return found.length === 1 ? before.replace(found[0]![0], said) : value;
}

/** "情况里最后一句删掉。标题改成《……》": with the new title read, what else the message edits. */
export function editedBesideTheTitle(fields: Fields, text: string): Fields | null {
  const rest = withoutTitleSaid(text);
  return /\p{Script=Han}{3}/u.test(rest) && !/标题|题目/u.test(rest) ? readPreviewEdit(fields, rest) : null;
}
