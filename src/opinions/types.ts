/** The 社情民意信息 domain: plain data and pure rules, shared by every store and the dialog. */

import { chinaWallClock } from '../china-time.ts';
import type { OpinionCategory } from '../shared/categories/opinion-category.ts';

export { OPINION_CATEGORIES, isOpinionCategory, type OpinionCategory } from '../shared/categories/opinion-category.ts';

export const OPINION_STATUSES = ['已提交', '已受理', '已编报', '已采用', '已转有关部门', '已办结', '不予采用'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];

export function isOpinionStatus(value: unknown): value is OpinionStatus {
  return (OPINION_STATUSES as readonly unknown[]).includes(value);
}

/** What a member reports; every field is required once the submission is confirmed. */
export interface OpinionFields {
  /** 标题 */
  title: string;
  /** 情况与问题: what, where, since when, who is affected. */
  situation: string;
  /** 意见建议 */
  suggestion: string;
  /** 类别 */
  category: OpinionCategory;
  /** 反映人姓名 */
  name: string;
  /** 界别 */
  sector: string;
  /** 联系电话, or PHONE_WITHHELD when the member chose to leave none. */
  phone: string;
  /** 是否同意署名报送 */
  signed: boolean;
}

/**
 * The phone of a member who declines to leave one ("电话就不留了 办公室有我的号码"): staff see it
 * as it is said, and reach the member through the office's own records.
 */
export const PHONE_WITHHELD = '未留';

/** In the order the dialog asks for them. */
export const OPINION_FIELD_NAMES = [
  'title',
  'situation',
  'suggestion',
  'category',
  'name',
  'sector',
  'phone',
  'signed',
] as const satisfies readonly (keyof OpinionFields)[];

/** How fields are named to members and staff (previews, `修改 <字段>`, exports). */
export const OPINION_FIELD_LABELS: Record<keyof OpinionFields, string> = {
  title: '标题',
  situation: '情况与问题',
  suggestion: '意见建议',
  category: '类别',
  name: '姓名',
  sector: '界别',
  phone: '联系电话',
  signed: '是否同意署名报送',
};

export interface StatusChange {
  /** null for the submission itself, so the history starts at 已提交. */
  from: OpinionStatus | null;
  to: OpinionStatus;
  note: string;
  /** Member id for the submission, staff name or id afterwards. */
  actor: string;
  at: Date;
}

export interface Opinion {
  /** SQMY-<year>-<4-digit sequence>, e.g. SQMY-2026-0001. */
  number: string;
  memberId: string;
  channel: string;
  /** The inbound message that confirmed it: the key that makes a redelivery harmless. */
  messageId: string;
  fields: OpinionFields;
  status: OpinionStatus;
  /** The note of the latest status change ('' when none). */
  statusNote: string;
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first. */
  history: StatusChange[];
}

/**
 * 已提交 → 已受理 → 已编报 / 已采用 / 已转有关部门 → 已办结; 不予采用 from 已提交 or 已受理.
 * 已办结 and 不予采用 are final.
 */
const NEXT: Record<OpinionStatus, readonly OpinionStatus[]> = {
  已提交: ['已受理', '不予采用'],
  已受理: ['已编报', '已采用', '已转有关部门', '不予采用'],
  已编报: ['已办结'],
  已采用: ['已办结'],
  已转有关部门: ['已办结'],
  已办结: [],
  不予采用: [],
};

export function nextStatuses(from: OpinionStatus): readonly OpinionStatus[] {
  return NEXT[from];
}

export function canMove(from: OpinionStatus, to: OpinionStatus): boolean {
  return NEXT[from].includes(to);
}

/** The member is owed an explanation when a report is turned down. */
export function noteRequired(to: OpinionStatus): boolean {
  return to === '不予采用';
}

export const NUMBER_PREFIX = 'SQMY';

export function formatOpinionNumber(year: number, seq: number): string {
  return `${NUMBER_PREFIX}-${year}-${String(seq).padStart(4, '0')}`;
}

export function parseOpinionNumber(text: string): { year: number; seq: number } | null {
  const match = /^SQMY-(\d{4})-(\d{4,})$/.exec(text.trim().toUpperCase());
  return match ? { year: Number(match[1]), seq: Number(match[2]) } : null;
}

/**
 * The numbering year is the year in China (UTC+8, no daylight saving), not the server's zone:
 * a report made at 00:30 on 1 January in Wuhan belongs to the new year even on a UTC host.
 */
export function opinionYear(at: Date): number {
  return chinaWallClock(at).getUTCFullYear();
}
