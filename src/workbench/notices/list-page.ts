import type { Context } from 'hono';
import { html } from 'hono/html';
import type { NoticeTally } from '../../notices/notice-store.ts';
import { describeTargets } from '../../notices/targets-text.ts';
import type { Notice } from '../../notices/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { page, type Html } from '../layout/page.ts';
import { href, statusBadge, when } from './view.ts';

/** 参加 3 · 请假 1 · 未回复 12, as far as the notice asks for replies and has gone out. */
function replies(notice: Notice, tally: NoticeTally | undefined): Html {
  if (notice.status === '草稿') return html`<span class="muted">未发送</span>`;
  const t = tally ?? { recipients: 0, attending: 0, excused: 0, failed: 0 };
  const failed = t.failed && notice.status === '已发送' ? html` · <span class="badge badge-no">送达失败 ${t.failed}</span>` : '';
  if (!notice.fields.needsReply) return html`${t.recipients} 人，不需回执${failed}`;
  return html`参加 <strong>${t.attending}</strong> · 请假 <strong>${t.excused}</strong> · 未回复 <strong>${t.recipients - t.attending - t.excused}</strong>${failed}`;
}

/** Every notice, newest first, with its status and reply counts (one statement counts them all). */
export async function listPage(c: Context<WorkbenchEnv>): Promise<Response> {
  const { notices } = c.var.deps;
  const [all, tallies] = await Promise.all([notices.list(), notices.tallies()]);
  const rows = [...all].reverse();
  return c.html(
    page(c, {
      title: '会议通知',
      body: html`<h1>会议通知</h1>
        <div class="actions page-actions"><a class="button" href="/notices/new">写新通知</a></div>
        ${rows.length === 0
          ? html`<p class="card muted">还没有会议通知。点“写新通知”编写并发送，委员在聊天中回复“参加”或“请假”。</p>`
          : html`<table class="table">
              <thead><tr><th>编号</th><th>标题</th><th>会议时间</th><th>状态</th><th>发送对象</th><th>回执</th><th>发送时间</th></tr></thead>
              <tbody>
                ${rows.map(
                  (n) => html`<tr>
                    <td data-label="编号">${n.id}</td>
                    <td data-label="标题"><a href="${href(n.id)}">${n.fields.title}</a></td>
                    <td data-label="会议时间">${n.fields.time}</td>
                    <td data-label="状态">${statusBadge(n.status)}</td>
                    <td data-label="发送对象">${describeTargets(n.targets)}</td>
                    <td data-label="回执">${replies(n, tallies.get(n.id))}</td>
                    <td data-label="发送时间">${when(n.sentAt)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}`,
    }),
  );
}
