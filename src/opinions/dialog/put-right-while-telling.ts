import { escapeRegExp } from '../../shared/escape-regexp.ts';
import { readsAsSuggestion } from '../intake/start-phrase.ts';
import type { OpinionFields } from '../types.ts';
import { readPreviewEdit } from './preview-edits.ts';

/**
 * What the member takes back or puts right while still telling, before any preview: "刚才最后那句不算哈，
 * 情绪化了", "刚才那句政府根本不管不算，是我气话", "说错了，是5路车不是3路车", "业委会主任姓啥那个不用写",
 * "小芳这个名字你别写啊，写成'一位女士'就行". The words go, or are changed, where they were said;
 * the member's reasons for it ("情绪化了", "我重新说") are no part of the story.
 */

type Fields = Partial<OpinionFields>;
type StoryField = 'situation' | 'suggestion';

/** "刚才最后那句不算", "前面那句话政府根本不管作废": a sentence of what was just said, taken back. */
const TAKEN_BACK = /^(?:哦|噢|呃|哎)?[，,\s]*(?:刚才|刚刚|前面|上面)?(?:说的)?(最后)?(?:那|这)(?:一)?句(?:话)?(?:[“"'‘「]?([^，,。！!“”"'‘’「」]{2,20}?)[”"'’」]?)?(?:就)?(?:不算|作废|不要了?|删(?:了|掉)|去掉|别写|不用写|不要写|收回)(?:了|哈|啊|吧)?(?=$|[，,。！!\s])/u;
/** Words about putting something right, and the short message they come in. */
// (Not 改成 alone: "年审改成网上办" is how a suggestion is said.)
const PUTS_RIGHT = /不算|作废|删|去掉|不用写|别写|不要写|说错|写错|算错|记错|打错|说成|不对|搞错|弄错|更正|准确(?:地)?说/u;
const MOST = 60;

/** The field just told: the suggestion once there is one, else the story. */
function lastTold(fields: Fields): StoryField {
  return fields.suggestion ? 'suggestion' : 'situation';
}

/** The field without its last sentence, or without its last clause ("最后那句"). */
function withoutLast(value: string, clause: boolean): string {
  const end = clause ? /[，,。！!？?；;\s]+(?=[^，,。！!？?；;\s]+[。！!？?]?\s*$)/u : /[。！!？?\n]+(?=[^。！!？?\n]+[。！!？?]?\s*$)/u;
  const cut = [...value.matchAll(new RegExp(end.source, 'gu'))].at(-1);
  return cut?.index === undefined ? '' : value.slice(0, cut.index + cut[0].length).trim().replace(/[，,；;\s]+$/u, '');
}

function takenBack(fields: Fields, text: string): Fields | null {
  const match = TAKEN_BACK.exec(text.trim());
  if (!match) return null;
  const [, last, words] = match;
  if (words) {
    for (const key of ['situation', 'suggestion'] as const) {
      const value = fields[key] ?? '';
      if (!value.includes(words)) continue;
      // The clause the words stand in goes with them.
      const kept = value.replace(new RegExp(`[^，,。！!？?；;\\s]*${escapeRegExp(words)}[^，,。！!？?；;\\s]*[，,；;\\s]?`, 'u'), '').trim().replace(/[，,；;]$/u, '');
      return { ...fields, [key]: kept };
    }
    return null;
  }
  const key = lastTold(fields);
  const value = fields[key];
  if (!value) return null;
  return { ...fields, [key]: withoutLast(value, Boolean(last)) };
}

/** The draft with what the member takes back or puts right; null when the message does neither. */
export function putRightWhileTelling(fields: Fields, text: string): Fields | null {
  const said = text.trim();
  if (Array.from(said).length > MOST || !PUTS_RIGHT.test(said) || readsAsSuggestion(said)) return null;
  const back = takenBack(fields, said);
  if (back) return back;
  const edited = readPreviewEdit(fields, said);
  // Only the story may change here: who reports it and the title are asked for on their own.
  if (!edited || edited.situation === undefined || (edited.situation === fields.situation && edited.suggestion === fields.suggestion) || edited.title !== fields.title || edited.phone !== fields.phone || edited.signed !== fields.signed) return null;
  return withMoreTold(fields, { ...fields, situation: edited.situation, suggestion: edited.suggestion }, said);
}

/** A clause about the slip: "不对", "末班车时间我记错了", "是市三中", "不是二中", "是18:10不是18:30". */
const ABOUT_THE_SLIP = /不对|错了|说成|写成|改成|更正|^(?:而|应该)?是[^，,。！!？?\s]{1,8}$|^不是[^，,。！!？?\s]{1,8}$|^(?:而|应该)?是[^，,。！!？?\s]{1,8}不是/u;

/**
 * "不对 说错了 是市三中 不是二中 网吧在三中后门 好多初中生放学就进去": what the member goes on to tell
 * after putting a word right is more of the story, kept after it.
 */
export function withMoreTold(before: Fields, after: Fields, said: string): Fields {
  const key: StoryField = after.suggestion !== before.suggestion ? 'suggestion' : 'situation';
  const value = after[key] ?? '';
  const clauses = said.split(/[，,。！!；;\s]+/u).filter(Boolean);
  const slip = clauses.map((clause) => ABOUT_THE_SLIP.test(clause)).lastIndexOf(true);
  if (slip < 0) return after;
  const more = clauses.slice(slip + 1).join('，');
  return (more.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8 && value !== '' && !value.includes(more) ? { ...after, [key]: `${value.replace(/[。！!，,\s]+$/u, '')}，${more}` } : after;
}
