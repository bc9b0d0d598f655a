import type { Notice, NoticeRoll } from '../../notices/types.ts';

export function noticeJson(notice: Notice) {
  return {
    id: notice.id,
    ...notice.fields,
    replyBy: notice.fields.replyBy?.toISOString() ?? null,
    targets: notice.targets,
    status: notice.status,
    createdBy: notice.createdBy,
    createdAt: notice.createdAt.toISOString(),
    sentBy: notice.sentBy,
    sentAt: notice.sentAt?.toISOString() ?? null,
  };
}

export function rollJson(roll: NoticeRoll) {
  return {
    id: roll.notice.id,
    title: roll.notice.fields.title,
    status: roll.notice.status,
    attending: roll.attending.map((r) => ({ memberId: r.memberId, name: r.name, at: r.at.toISOString() })),
    excused: roll.excused.map((r) => ({ memberId: r.memberId, name: r.name, reason: r.reason, at: r.at.toISOString() })),
    unanswered: roll.unanswered,
    deliveries: roll.deliveries,
  };
}
