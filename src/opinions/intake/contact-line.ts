import { isPersonName } from './person-name.ts';
import { contactPhoneSpans, type PhoneSpan } from './phone.ts';
import { sectorAt, type Sector } from './sectors.ts';
import type { Found } from './signature-clauses.ts';

/**
 * A member's contact details said as a run of short pieces with a phone number among them:
 * "名字写周德贵 农工党的 电话18837451290", "孟庆林 无党派 13035671286 联系我的话最好上午",
 * "九三的 电话189… 后天之前都在外地 打不通就发短信". Each piece is a name, a sector, the phone's
 * label or a word on when to call; a remark on reaching the member belongs to no field and is no
 * part of the story either.
 */

const PIECE = /[^\s，,、；;。！!]+/gu;
const NAME_LABEL = /^(?:名字|姓名|名)(?:就)?(?:写|是|叫|填)?|^(?:我是|我叫|叫|本人|署名)/u;
const PHONE_LABEL = /^(?:我的)?(?:电话|手机|手机号|手机号码|联系电话|电话号码|号码|tel|TEL|Tel)[:：]?$/u;
const CONSENT = /^(?:同意|可以|不)?(?:署名|匿名|实名)(?:吧|了|的|没问题|可以|行|中)?(?:\p{Extended_Pictographic})*$/u;
const SECTOR_CLOSE = /^(?:界别|界|的|额|哩|党员|成员|会员|委员|界委员)*$/u;
/** "下午五点以后打", "联系我的话最好上午", "打不通就发短信", "平时都在": when and how to reach the member. */
const WHEN_TO_REACH =
  /(?:打|联系|找|接|短信|微信|电话|回|在)[^，,。]{0,10}$|^(?:平时|白天|晚上|上午|下午|中午|周末|工作日|办公室|单位)/u;
const REACH_WORDS = /以后|之前|以前|前后|最好|不通|都在|在外地|上午|下午|晚上|白天|中午|平时|随时|工作日|周末|办公室|单位/u;

type Piece = { start: number; end: number; text: string };

/**
 * The pieces of a contact run, read, or, when the message is a story, the words on when to call
 * after the number closing it ("下午五点以后打 白天在地里").
 */
export function contactPieces(text: string, sectors: readonly Sector[]): Found[] {
  const phones = contactPhoneSpans(text);
  if (phones.length === 0) return [];
  return contactRun(text, phones, sectors) ?? remarksAfter(text, phones.at(-1)!);
}

/** Every piece read as a detail; undefined when any piece is something else (a story). */
function contactRun(text: string, phones: readonly PhoneSpan[], sectors: readonly Sector[]): Found[] | undefined {
  const found: Found[] = [];
  for (const piece of piecesOf(text, 0)) {
    if (phones.some((p) => p.start < piece.end && piece.start < p.end)) continue;
    const read = readPiece(piece, sectors);
    if (!read) return undefined;
    found.push(read);
  }
  return found.some((f) => f.name !== undefined || f.sector !== undefined) ? found : undefined;
}

function remarksAfter(text: string, last: PhoneSpan): Found[] {
  if (!/^[\s，,]/u.test(text.slice(last.end))) return [];
  const tail = piecesOf(text.slice(last.end), last.end);
  return tail.length > 0 && tail.length <= 3 && tail.every(isReachRemark) ? tail.map(({ start, end }) => ({ start, end })) : [];
}

function piecesOf(text: string, offset: number): Piece[] {
  return [...text.matchAll(PIECE)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}

function readPiece(piece: Piece, sectors: readonly Sector[]): Found | undefined {
  const { start, end, text } = piece;
  // (Consent said among the pieces is read with the rest of the message.)
  if (PHONE_LABEL.test(text) || CONSENT.test(text) || isReachRemark(piece)) return { start, end };
  const labelled = NAME_LABEL.exec(text)?.[0] ?? '';
  const rest = text.slice(labelled.length);
  const sector = sectorAt(rest, 0, sectors, true);
  if (sector && SECTOR_CLOSE.test(rest.slice(sector.end))) return { start, end, sector: sector.name };
  const name = rest.replace(/(?:的)?(?:委员|同志)$/u, '');
  return isPersonName(name) ? { start, end, name } : undefined;
}

function isReachRemark({ text }: Piece): boolean {
  return [...text].length <= 14 && WHEN_TO_REACH.test(text) && REACH_WORDS.test(text);
}
