import { readDateRange } from '../layout/date-range.ts';
import type { OpinionQuery } from '../../opinions/opinion-store.ts';
import { isOpinionCategory, isOpinionStatus } from '../../opinions/types.ts';

export const PAGE_SIZE = 20;

/** The list's filter form as typed, echoed back into the form. */
export interface ListForm {
  status: string;
  category: string;
  sector: string;
  /** YYYY-MM-DD, China time, inclusive. */
  from: string;
  to: string;
  /** Text search: read from posted forms only, so what staff type (often a name) stays out of URLs. */
  q: string;
  page: number;
}

export interface ReadFilters {
  form: ListForm;
  /** Without paging: add offset and limit for a page, or take it whole for an export. */
  query: OpinionQuery;
  /** A date that is no date, in a sentence. */
  problem: string | null;
}

function field(source: Record<string, unknown>, name: string, max: number): string {
  const value = source[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** The filters of a posted form, or of a link's query (`textAllowed` false: no text search from a URL). */
export function readFilters(source: Record<string, unknown>, textAllowed: boolean): ReadFilters {
  const form: ListForm = {
    status: field(source, 'status', 10),
    category: field(source, 'category', 10),
    sector: field(source, 'sector', 30),
    from: field(source, 'from', 10),
    to: field(source, 'to', 10),
    q: textAllowed ? field(source, 'q', 50) : '',
    page: Math.max(1, Math.min(100_000, Number.parseInt(field(source, 'page', 6), 10) || 1)),
  };
  const query: OpinionQuery = {};
  if (isOpinionStatus(form.status)) query.status = form.status;
  else form.status = '';
  if (isOpinionCategory(form.category)) query.category = form.category;
  else form.category = '';
  if (form.sector) query.sector = form.sector;
  if (form.q) query.text = form.q;
  const { since, until, problem } = readDateRange(form.from, form.to);
  if (since) query.from = since;
  if (until) query.until = until;
  return { form, query, problem };
}
