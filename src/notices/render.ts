import type { Choice } from '../conversation/types.ts';
import { formatChinaDateTime as chinaTime } from '../china-time.ts';
import type { Notice, NoticeFields, NoticeRoll } from './types.ts';

/** Every text of the notices feature, in one place. */

/** Buttons on Telegram; the values are what a member could type anywhere. */
export function replyChoices(notice: Notice): Choice[] {
  if (!notice.fields.needsReply) return [];
  return [
    { label: '参加', value: `参加 ${notice.id}` },
    { label: '请假', value: `请假 ${notice.id}` },
  ];
}

export function renderNoticeBody(fields: NoticeFields): string {
  return [
    `【会议通知】${fields.title}`,
    `时间：${fields.time}`,
    `地点：${fields.place}`,
    `参会范围：${fields.scope}`,
    '',
    fields.body,
  ].join('\n');
}

export function replyHint(notice: Notice): string {
  if (!notice.fields.needsReply) return '';
  const by = notice.fields.replyBy ? `请于 ${chinaTime(notice.fields.replyBy)} 前` : '请';
  return `${by}回复“参加”或“请假 原因”（通知编号 ${notice.id}）。`;
}

export function renderNotice(notice: Notice): string {
  const hint = replyHint(notice);
  return hint ? `${renderNoticeBody(notice.fields)}\n\n${hint}` : renderNoticeBody(notice.fields);
}

export function renderReminder(notice: Notice): string {
  return [`【提醒】您还没有回复会议通知“${notice.fields.title}”（${notice.fields.time}，${notice.fields.place}）。`, replyHint(notice)].join('\n');
}

export function renderChange(notice: Notice): string {
  return `【通知变更】会议通知“${notice.fields.title}”有变更，以本条为准：\n${renderNotice(notice)}`;
}

export function renderCancel(notice: Notice): string {
  return `【通知取消】原定 ${notice.fields.time} 在${notice.fields.place}召开的“${notice.fields.title}”已取消，请相互转告。`;
}

export function renderRoll(roll: NoticeRoll): string {
  const names = (list: { name: string }[]) => (list.length ? list.map((r) => r.name).join('、') : '无');
  const excused = roll.excused.length ? roll.excused.map((r) => (r.reason ? `${r.name}（${r.reason}）` : r.name)).join('、') : '无';
  const d = roll.deliveries;
  return [
    `通知 ${roll.notice.id}“${roll.notice.fields.title}”（${roll.notice.status}）回执情况：`,
    `参加 ${roll.attending.length} 人：${names(roll.attending)}`,
    `请假 ${roll.excused.length} 人：${excused}`,
    `未回复 ${roll.unanswered.length} 人：${names(roll.unanswered)}`,
    `送达：成功 ${d.sent}，失败 ${d.failed}，发送中 ${d.pending}，无可用账号 ${d.unreachable}`,
  ].join('\n');
}
