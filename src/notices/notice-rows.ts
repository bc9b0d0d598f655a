import type { Notice, NoticeFields, NoticeStatus, NoticeTargets } from './types.ts';

export interface NoticeRow {
  id: number;
  title: string;
  time: string;
  place: string;
  scope: string;
  body: string;
  needs_reply: number;
  reply_by: string | null;
  targets: string;
  status: string;
  created_by: string;
  created_at: string;
  sent_by: string | null;
  sent_at: string | null;
}

export function toNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    fields: {
      title: row.title,
      time: row.time,
      place: row.place,
      scope: row.scope,
      body: row.body,
      needsReply: row.needs_reply === 1,
      replyBy: row.reply_by ? new Date(row.reply_by) : null,
    },
    targets: JSON.parse(row.targets) as NoticeTargets,
    status: row.status as NoticeStatus,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    sentBy: row.sent_by,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
  };
}

export function fieldParams(fields: NoticeFields) {
  return {
    title: fields.title,
    time: fields.time,
    place: fields.place,
    scope: fields.scope,
    body: fields.body,
    needs_reply: fields.needsReply ? 1 : 0,
    reply_by: fields.replyBy ? fields.replyBy.toISOString() : null,
  };
}
