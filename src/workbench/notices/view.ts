import type { Context } from 'hono';
import { html } from 'hono/html';
import { formatChinaDateTime } from '../../china-time.ts';
import type { Notice, NoticeStatus } from '../../notices/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage, type Html } from '../layout/page.ts';

/** Pieces the 会议通知 pages share. */

export function href(id: number): string {
  return `/notices/${id}`;
}

const BADGE: Record<NoticeStatus, string> = { 草稿: 'badge badge-new', 已发送: 'badge badge-done', 已取消: 'badge badge-no' };

export function statusBadge(status: NoticeStatus): Html {
  return html`<span class="${BADGE[status]}">${status}</span>`;
}

export function when(at: Date | null): string {
  return at ? formatChinaDateTime(at) : '-';
}

/** What a flash after a redirect says: fixed codes in the URL, never the text itself. */
export const DONE: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  sent: { kind: 'ok', text: '通知已排入发送队列，由运行中的机器人按限速发给委员；回执会自动显示在下面。' },
  saved: { kind: 'ok', text: '通知已存为草稿，尚未发送。核对无误后点“发送”。' },
  changed: { kind: 'ok', text: '通知已修改，已收到通知的委员会收到变更消息。' },
  cancelled: { kind: 'ok', text: '通知已取消，已收到通知的委员会收到取消消息；尚未发出的不再发出。' },
  confirm: { kind: 'error', text: '请先勾选“确认取消”，再点“取消通知”。通知没有取消。' },
  again: { kind: 'error', text: '这条通知刚才已经发送过，没有重复发送。' },
};

/** The notice a route's :id names, or a 404 page to return. */
export async function loadNotice(c: Context<WorkbenchEnv>): Promise<Notice | Response> {
  const raw = c.req.param('id') ?? '';
  const id = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
  const notice = Number.isNaN(id) ? null : await c.var.deps.notices.get(id);
  if (notice) return notice;
  return c.html(messagePage(c, { title: '未找到', text: '没有这条会议通知。', link: { href: '/notices', label: '返回通知列表' } }), 404);
}
