import {
  DRAFT_STEPS,
  isOpinionCategory,
  isOpinionStatus,
  type Draft,
  type DraftStep,
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

export interface DraftRow {
  member_id: string;
  channel: string | null;
  chat_id: string | null;
  step: string;
  title: string | null;
  situation: string | null;
  suggestion: string | null;
  category: string | null;
  name: string | null;
  sector: string | null;
  phone: string | null;
  signed: number | null;
  updated_at: string;
  expires_at: string;
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

/** Named parameters for the draft upsert; absent fields become NULL. */
export function draftParams(draft: Draft): DraftRow {
  const f = draft.fields;
  return {
    member_id: draft.memberId,
    channel: draft.channel ?? null,
    chat_id: draft.chatId ?? null,
    step: draft.step,
    title: f.title ?? null,
    situation: f.situation ?? null,
    suggestion: f.suggestion ?? null,
    category: f.category ?? null,
    name: f.name ?? null,
    sector: f.sector ?? null,
    phone: f.phone ?? null,
    signed: f.signed === undefined ? null : Number(f.signed),
    updated_at: draft.updatedAt.toISOString(),
    expires_at: draft.expiresAt.toISOString(),
  };
}

export function toDraft(row: DraftRow): Draft {
  const fields: Draft['fields'] = {};
  if (row.title !== null) fields.title = row.title;
  if (row.situation !== null) fields.situation = row.situation;
  if (row.suggestion !== null) fields.suggestion = row.suggestion;
  if (row.category !== null) fields.category = category(row.category);
  if (row.name !== null) fields.name = row.name;
  if (row.sector !== null) fields.sector = row.sector;
  if (row.phone !== null) fields.phone = row.phone;
  if (row.signed !== null) fields.signed = row.signed === 1;
  const draft: Draft = {
    memberId: row.member_id,
    fields,
    step: step(row.step),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  };
  if (row.channel !== null) draft.channel = row.channel;
  if (row.chat_id !== null) draft.chatId = row.chat_id;
  return draft;
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

function step(value: string): DraftStep {
  if ((DRAFT_STEPS as readonly string[]).includes(value)) return value as DraftStep;
  throw new Error(`unknown draft step in database: ${value}`);
}
