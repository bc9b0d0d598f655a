import type { Context } from 'hono';
import { html } from 'hono/html';
import { formatChinaDateTime } from '../../china-time.ts';
import { formatOpinionNumber, parseOpinionNumber, type Opinion, type OpinionStatus } from '../../opinions/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage, type Html } from '../layout/page.ts';

/** Pieces the 社情民意 pages share. */

export function href(number: string): string {
  return `/opinions/${encodeURIComponent(number)}`;
}

const BADGE: Record<OpinionStatus, string> = {
  已提交: 'badge badge-new',
  已受理: 'badge',
  已编报: 'badge',
  已采用: 'badge badge-done',
  已转有关部门: 'badge',
  已办结: 'badge badge-done',
  不予采用: 'badge badge-no',
};

export function statusBadge(status: OpinionStatus): Html {
  return html`<span class="${BADGE[status]}">${status}</span>`;
}

/** Staff see who reported it; the 不署名 mark reminds them it must not go out with the name. */
export function reporter(opinion: Opinion): Html {
  const { name, sector, signed } = opinion.fields;
  return html`${name || '（未填姓名）'}${sector ? `（${sector}）` : ''}${signed ? '' : html` <span class="badge badge-no">不署名</span>`}`;
}

export function when(at: Date): string {
  return formatChinaDateTime(at);
}

/** The submission a route's :number names, or a 404 page to return. */
export async function loadOpinion(c: Context<WorkbenchEnv>): Promise<Opinion | Response> {
  const parsed = parseOpinionNumber(c.req.param('number') ?? '');
  const opinion = parsed ? await c.var.deps.opinions.get(formatOpinionNumber(parsed.year, parsed.seq)) : null;
  if (opinion) return opinion;
  return c.html(messagePage(c, { title: '未找到', text: '没有这条社情民意信息，编号形如 SQMY-2026-0001。', link: { href: '/opinions', label: '返回列表' } }), 404);
}
