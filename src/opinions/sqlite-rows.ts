import {
  isOpinionCategory,
  isOpinionStatus,
  type Opinion,
  type OpinionCategory,
  type OpinionStatus,
  type StatusChange,
} from './types.ts';

/** Row shapes of the SQLite tables (see storage/migrations.ts) and their mapping to the domain. */

export interface OpinionRow {
  number: string;
  year: number;
  seq: number;
  member_id: string;
  channel: string;
  message_id: string;
  title: string;
  situation: string;
  suggestion: string;
  category: string;
  name: string;
  sector: string;
  phone: string;
  signed: number;
  status: string;
  status_note: string;
  created_at: string;
  updated_at: string;
}

export interface HistoryRow {
  from_status: string | null;
  to_status: string;
  note: string;
  actor: string;
  at: string;
}

export function toOpinion(row: OpinionRow, history: HistoryRow[]): Opinion {
  return {
    number: row.number,
    memberId: row.member_id,
    channel: row.channel,
    messageId: row.message_id,
    fields: {
      title: row.title,
      situation: row.situation,
      suggestion: row.suggestion,
      category: category(row.category),
      name: row.name,
      sector: row.sector,
      phone: row.phone,
      signed: row.signed === 1,
    },
    status: status(row.status),
    statusNote: row.status_note,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    history: history.map(toStatusChange),
  };
}

function toStatusChange(row: HistoryRow): StatusChange {
  return {
    from: row.from_status === null ? null : status(row.from_status),
    to: status(row.to_status),
    note: row.note,
    actor: row.actor,
    at: new Date(row.at),
  };
}

// Only this store writes rows, so an unknown value means a hand-edited file or a value dropped
// from the lists in types.ts (add to them, never remove): fail loudly rather than show a made-up one.
function category(value: string): OpinionCategory {
  if (isOpinionCategory(value)) return value;
  throw new Error(`unknown opinion category in database: ${value}`);
}

function status(value: string): OpinionStatus {
  if (isOpinionStatus(value)) return value;
  throw new Error(`unknown opinion status in database: ${value}`);
}
