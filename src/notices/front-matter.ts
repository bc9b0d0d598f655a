import type { Address } from '../conversation/outbound.ts';
import { readNeedsReply } from './needs-reply.ts';
import { charCount, clip, NOTICE_FIELD_LIMITS } from './field-limits.ts';
import { parseChinaTime } from './parse-time.ts';
import { parseTargets } from './targets-text.ts';
import type { NoticeFields, NoticeTargets } from './types.ts';

/**
 * A notice file: a front matter block of `键: 值` lines between `---` lines, the body below.
 *
 *   ---
 *   标题: 关于召开常委会会议的通知
 *   时间: 12月5日上午9:00
 *   地点: 市民之家三楼会议室
 *   参会范围: 全体常委
 *   是否需要回执: 是
 *   回执截止: 12月3日18:00
 *   对象: 界别：民盟、民建；专委会：提案委      (or 全体委员)
 *   群: wechat:123@chatroom, telegram:-100123
 *   ---
 *   正文……
 */

const KEYS: Record<string, string> = {
  标题: 'title', title: 'title',
  时间: 'time', 会议时间: 'time', time: 'time',
  地点: 'place', 会议地点: 'place', place: 'place',
  参会范围: 'scope', scope: 'scope',
  是否需要回执: 'reply', 回执: 'reply', reply: 'reply',
  回执截止: 'replyBy', 回执截止时间: 'replyBy', reply_by: 'replyBy',
  对象: 'targets', 发送对象: 'targets', targets: 'targets',
  群: 'groups', groups: 'groups',
};

export class NoticeFileError extends Error {}

const LABELS: Record<keyof typeof NOTICE_FIELD_LIMITS, string> = {
  title: '标题',
  time: '时间',
  place: '地点',
  scope: '参会范围',
  body: '正文',
  replyBy: '回执截止',
  targets: '对象',
  groups: '群',
};
// Controls other than tab and line breaks: not in a text file staff wrote.
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** Every field within its limit (NOTICE_FIELD_LIMITS, the same as in chat); values are never quoted whole. */
function checkLengths(values: Record<string, string>): void {
  for (const [key, max] of Object.entries(NOTICE_FIELD_LIMITS)) {
    const value = values[key];
    if (value === undefined) continue;
    const length = charCount(value);
    if (length > max) throw new NoticeFileError(`“${LABELS[key as keyof typeof LABELS]}”过长（${length} 字），请控制在 ${max} 字以内。`);
  }
}

export function parseNoticeFile(source: string, now: Date): { fields: NoticeFields; targets: NoticeTargets } {
  if (CONTROL.test(source)) throw new NoticeFileError('通知文件含有空字符或不可见的控制字符，可能已损坏或不是文本文件，请用记事本等编辑器另存为 UTF-8 文本后再试。');
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new NoticeFileError('通知文件应以 --- 开头的字段块开始（标题、时间、地点等），字段块以 --- 结束，下面是正文。');
  const values: Record<string, string> = {};
  for (const [i, raw] of (match[1] ?? '').split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const at = line.search(/[:：]/);
    const key = at > 0 ? KEYS[line.slice(0, at).trim()] : undefined;
    if (!key) throw new NoticeFileError(`字段块第 ${i + 1} 行无法识别：“${clip(line)}”。可用字段：标题、时间、地点、参会范围、是否需要回执、回执截止、对象、群。`);
    values[key] = line.slice(at + 1).trim();
  }
  const body = (match[2] ?? '').trim();
  checkLengths({ ...values, body });
  const required = (key: string, label: string) => {
    const value = values[key];
    if (!value) throw new NoticeFileError(`缺少“${label}”。`);
    return value;
  };
  if (!body) throw new NoticeFileError('缺少正文：请写在字段块（---）下面。');
  const needsReply = values.reply ? readNeedsReply(values.reply) : false;
  if (needsReply === undefined) throw new NoticeFileError('“是否需要回执”应为 是 或 否。');
  let replyBy: Date | null = null;
  if (needsReply) {
    replyBy = parseChinaTime(required('replyBy', '回执截止'), now);
    if (!replyBy) throw new NoticeFileError(`“回执截止”无法识别：${clip(values.replyBy ?? '')}（请写成 12月3日18:00 或 2026-12-03 18:00）。`);
    if (replyBy <= now) throw new NoticeFileError('“回执截止”时间已经过去。');
  }
  const groups = parseGroups(values.groups ?? '');
  const parsed = values.targets ? parseTargets(values.targets) : null;
  if (values.targets && !parsed) throw new NoticeFileError(`“对象”无法识别：${clip(values.targets)}（如 全体委员；界别：民盟、民建；专委会：提案委；委员：张三、李四）。`);
  const targets = parsed ?? { allMembers: false, sectors: [], committees: [], members: [], groups: [] };
  targets.groups = groups;
  if (!parsed && groups.length === 0) throw new NoticeFileError('缺少“对象”或“群”：通知要发给谁？');
  return {
    fields: { title: required('title', '标题'), time: required('time', '时间'), place: required('place', '地点'), scope: values.scope ?? '', body, needsReply, replyBy },
    targets,
  };
}

/** `渠道:群ID` items separated by commas or spaces, as in a notice file; throws NoticeFileError. */
export function parseGroups(text: string): Address[] {
  return text
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      if (at <= 0) throw new NoticeFileError(`“群”应写成 渠道:群ID，如 wechat:123@chatroom 或 telegram:-100123，而不是“${clip(item)}”。`);
      return { channel: item.slice(0, at), chatId: item.slice(at + 1), isGroup: true };
    });
}
