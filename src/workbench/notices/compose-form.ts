import { chinaWallClock } from '../../china-time.ts';
import { charCount, NOTICE_FIELD_LIMITS as LIMITS } from '../../notices/field-limits.ts';
import { NoticeFileError, parseGroups } from '../../notices/front-matter.ts';
import { parseChinaTime } from '../../notices/parse-time.ts';
import type { Notice, NoticeFields, NoticeTargets } from '../../notices/types.ts';

/**
 * The compose form as typed, read from a post and echoed back into the form (the preview carries it
 * in hidden fields, 返回修改 puts it back): the same fields and limits as a notice written in chat
 * or a notice file, the target picker's parts as the parts of NoticeTargets.
 */
export interface ComposeForm {
  title: string;
  time: string;
  place: string;
  scope: string;
  body: string;
  /** 是 / 否 */
  needsReply: string;
  /** As a datetime-local input sends it (2026-12-03T18:00, China time), or as staff typed it. */
  replyBy: string;
  all: boolean;
  sectors: string[];
  committees: string[];
  /** Names (or member ids) separated by 、 , ; or spaces. */
  members: string;
  /** 渠道:群ID items, as in a notice file. */
  groups: string;
}

export const EMPTY_FORM: ComposeForm = { title: '', time: '', place: '', scope: '', body: '', needsReply: '是', replyBy: '', all: false, sectors: [], committees: [], members: '', groups: '' };

/** A posted body read with parseBody({ all: true }): repeated names (the checkboxes) are arrays. */
type Posted = Record<string, unknown>;

// A field is cut a little past its limit, so the check below can still say it was too long.
function text(posted: Posted, name: string, max: number): string {
  const raw = posted[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? Array.from(value.replace(/\r\n?/g, '\n').trim()).slice(0, max + 1).join('') : '';
}

function list(posted: Posted, name: string): string[] {
  const raw = posted[name];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string').map((v) => v.trim().slice(0, 30));
  return [...new Set(values.filter(Boolean))].slice(0, 100);
}

export function readComposeForm(posted: Posted): ComposeForm {
  return {
    title: text(posted, 'title', LIMITS.title),
    time: text(posted, 'time', LIMITS.time),
    place: text(posted, 'place', LIMITS.place),
    scope: text(posted, 'scope', LIMITS.scope),
    body: text(posted, 'body', LIMITS.body),
    needsReply: text(posted, 'needsReply', 2) === '否' ? '否' : '是',
    replyBy: text(posted, 'replyBy', LIMITS.replyBy),
    all: text(posted, 'all', 3) === 'yes',
    sectors: list(posted, 'sector'),
    committees: list(posted, 'committee'),
    members: text(posted, 'members', LIMITS.targets),
    groups: text(posted, 'groups', LIMITS.groups),
  };
}

const LABELS = { title: '标题', time: '会议时间', place: '地点', scope: '参会范围', body: '正文' } as const;

/**
 * The fields of a notice, or what is wrong with them (every problem at once, in form order). A
 * deadline must lie ahead, unless it is the one `kept` (a change of place after the deadline).
 */
export function checkFields(form: ComposeForm, now: Date, kept: Date | null = null): { fields: NoticeFields } | { problems: string[] } {
  const problems: string[] = [];
  for (const key of ['title', 'time', 'place', 'scope', 'body'] as const) {
    const length = charCount(form[key]);
    if (length === 0 && key !== 'scope') problems.push(`请填写${LABELS[key]}。`);
    else if (length > LIMITS[key]) problems.push(`${LABELS[key]}请控制在 ${LIMITS[key]} 字以内。`);
  }
  const needsReply = form.needsReply !== '否';
  let replyBy: Date | null = null;
  if (needsReply) {
    replyBy = form.replyBy ? parseChinaTime(form.replyBy.replace('T', ' '), now) : null;
    if (!form.replyBy) problems.push('需要回执时，请填写回执截止时间。');
    else if (!replyBy) problems.push('没有看懂回执截止时间，请写成“2026-12-03 18:00”或“12月3日18:00”。');
    else if (replyBy <= now && replyBy.getTime() !== kept?.getTime()) problems.push('回执截止时间已经过去了，请重新填写。');
  }
  if (problems.length) return { problems };
  return { fields: { title: form.title, time: form.time, place: form.place, scope: form.scope, body: form.body, needsReply, replyBy } };
}

function names(text: string): string[] {
  return [...new Set(text.normalize('NFKC').split(/[,，、;；\s]+/).map((n) => n.trim()).filter(Boolean))];
}

/** Whom the picker names, or why it names nobody. */
export function checkTargets(form: ComposeForm): { targets: NoticeTargets } | { problems: string[] } {
  if (charCount(form.members) > LIMITS.targets) return { problems: [`指定委员请控制在 ${LIMITS.targets} 字以内。`] };
  if (charCount(form.groups) > LIMITS.groups) return { problems: [`群请控制在 ${LIMITS.groups} 字以内。`] };
  let groups: NoticeTargets['groups'];
  try {
    groups = parseGroups(form.groups);
  } catch (error) {
    if (error instanceof NoticeFileError) return { problems: [error.message] };
    throw error;
  }
  const targets: NoticeTargets = { allMembers: form.all, sectors: form.sectors, committees: form.committees, members: names(form.members), groups };
  const any = targets.allMembers || targets.sectors.length + targets.committees.length + targets.members.length + targets.groups.length > 0;
  return any ? { targets } : { problems: ['请选择发送对象：全体委员、界别、专委会、指定委员或群，至少一项。'] };
}

export function checkComposeForm(form: ComposeForm, now: Date): { fields: NoticeFields; targets: NoticeTargets } | { problems: string[] } {
  const fields = checkFields(form, now);
  const targets = checkTargets(form);
  const problems = [...('problems' in fields ? fields.problems : []), ...('problems' in targets ? targets.problems : [])];
  if ('problems' in fields || 'problems' in targets) return { problems };
  return { fields: fields.fields, targets: targets.targets };
}

/** 2026-12-03T18:00 in China time, for a datetime-local input. */
export function localInputValue(at: Date | null): string {
  return at ? chinaWallClock(at).toISOString().slice(0, 16) : '';
}

/** A sent or drafted notice as the edit form shows it (its targets are not edited). */
export function formOf(notice: Notice): ComposeForm {
  const { fields, targets } = notice;
  return {
    ...EMPTY_FORM,
    title: fields.title,
    time: fields.time,
    place: fields.place,
    scope: fields.scope,
    body: fields.body,
    needsReply: fields.needsReply ? '是' : '否',
    replyBy: localInputValue(fields.replyBy),
    all: targets.allMembers,
    sectors: targets.sectors,
    committees: targets.committees,
    members: targets.members.join('、'),
    groups: targets.groups.map((g) => `${g.channel}:${g.chatId}`).join(', '),
  };
}
