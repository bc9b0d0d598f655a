import type { OpinionFields } from '../types.ts';
import { extractContact } from './contact.ts';
import { readPersonName } from './person-name.ts';
import { defaultSectors, matchSector, readSector } from './sectors.ts';

/**
 * What a member says of themselves when announcing a report, before any story: "我是开五金店的，
 * 工商联的", "刚当委员没多久，第一次用这个", "我是市总工会的邓卫平主任，工会界的委员", "机器人也能收吧".
 * Such leading clauses are no part of the story; the name and sector in them are the reporter's.
 */

/** "我是……", "我在医院上班": who is writing, said in a short clause. */
const SELF = /^(?:我|本人|俺)(?:是|叫|在|姓)/u;
/** "刚当委员没多久", "第一次用这个": how new the member is to the bot. */
const NEWCOMER = /(?:刚|才)当(?:上)?委员|第一次(?:用|报|反映|发|弄)|不太会(?:用|弄)|不会用这个|用不惯/u;
/** "机器人也能收吧": whether the bot takes reports at all. */
const TO_THE_BOT = /机器人|小助手|(?:也)?能收(?:吧|吗|不)?$|收不收/u;
/** "我老周啊": how the member calls themself. */
const CALLED_SO = /^(?:我|俺)(?:是)?[老小]\p{Script=Han}(?:啊|呀|哈|嘛)?$/u;
/** "以前在供电所干了一辈子", "我退休前是中学老师": what they did for a living. */
const WORKED = /^(?:(?:我|俺)?(?:以前|原来|之前|退休前|年轻时)在[^，,。！!]{1,10}?(?:干了|工作了|待了|当了|做了)(?:一辈子|几十年|多年|[一二三四五六七八九十几]+年)|(?:我|俺)(?:以前|原来|之前|退休前|年轻时)(?:是|当)[^，,。！!]{1,10})$/u;
const GREETING = /^(?:领导|老师|各位)?(?:您|你)?好(?:啊|呀)?$|^(?:您好|你好|在吗|哦+|嗯+)$/u;
const SHORT = 24;
/** A name followed by the post it is known by: 邓卫平主任, 刘芳老师. */
const TITLED = /(\p{Script=Han}{2,3})(?:主任|书记|主席|局长|校长|院长|老师|经理|部长|处长|科长|所长|站长|医生|律师|会长|秘书长)$/u;

function aboutTheWriter(clause: string): boolean {
  const said = clause.trim();
  if (Array.from(said).length > SHORT) return false;
  const sector = matchSector(said.replace(/(?:界)?(?:的)?(?:委员|党员|盟员|会员|社员)?(?:的)?$/u, ''), defaultSectors());
  return GREETING.test(said) || SELF.test(said) || CALLED_SO.test(said) || WORKED.test(said) || NEWCOMER.test(said) || TO_THE_BOT.test(said) || (sector !== null && Array.from(said).length <= 10);
}

/** The leading clauses about the writer, and the story after them (empty when nothing else was said). */
export function splitOffWriter(text: string): { about: string; story: string } {
  const clauses = text.split(/(?<=[，,。！!；;\n])/u);
  const lead = clauses.findIndex((clause) => !aboutTheWriter(clause.replace(/[，,。！!；;\s]+$/u, '')));
  const end = lead < 0 ? clauses.length : lead;
  return { about: clauses.slice(0, end).join('').trim(), story: clauses.slice(end).join('').trim() };
}

/** The name and sector said about oneself ("我是市总工会的邓卫平主任，工会界的委员"). */
export function writerDetails(about: string): Partial<OpinionFields> {
  if (about === '') return {};
  const found = extractContact(about);
  const clauses = about.split(/[，,。！!；;\s]+/u);
  const titled = clauses.map((clause) => TITLED.exec(clause)?.[1]).map((name) => (name ? readPersonName(name) : null)).find(Boolean) ?? undefined;
  const sector = found.sector ?? clauses.map((clause) => matchSector(clause.replace(/(?:界)?(?:的)?(?:委员|党员|盟员|会员|社员)?(?:的)?$/u, ''), defaultSectors())).find(Boolean) ?? undefined;
  const name = found.name ?? titled;
  return { ...(name && { name }), ...(sector && { sector: readSector(sector) ?? sector }), ...(found.phone && { phone: found.phone }) };
}

/** A story opening with what the member said of themselves: those clauses taken out, their name and sector kept. */
export function withoutWriterInStory(fields: Partial<OpinionFields>): Partial<OpinionFields> {
  const { about, story } = splitOffWriter(fields.situation ?? '');
  if (about === '') return fields;
  const { situation: _told, ...others } = fields;
  return { ...writerDetails(about), ...others, ...(story !== '' && { situation: story }) };
}
