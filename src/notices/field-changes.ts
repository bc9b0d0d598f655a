import type { NoticeFields } from './types.ts';

const FIELD_NAMES: Record<keyof NoticeFields, string> = { title: '标题', time: '时间', place: '地点', scope: '参会范围', body: '正文', needsReply: '是否需要回执', replyBy: '回执截止' };

/** Which fields a change touched, for the audit log: “标题：修改了 时间、地点”. */
export function describeFieldChanges(before: NoticeFields | undefined, after: NoticeFields): string {
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  const changed = before ? (Object.keys(FIELD_NAMES) as (keyof NoticeFields)[]).filter((key) => !same(before[key], after[key])) : [];
  return `${after.title}：${changed.length ? `修改了 ${changed.map((key) => FIELD_NAMES[key]).join('、')}` : '内容未变'}`;
}
