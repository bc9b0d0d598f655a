import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { RollDetail } from '../../notices/notice-service.ts';
import { renderNotice } from '../../notices/render.ts';
import { describeTargets } from '../../notices/targets-text.ts';
import type { Notice } from '../../notices/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html, type PageOptions } from '../layout/page.ts';
import { href, statusBadge, when } from './view.ts';

/** How often an open page asks for the roll again (notice-roll.js; an unchanged roll costs a 304). */
export const ROLL_REFRESH_MS = 3000;

function names(list: readonly { name: string; reason?: string }[], empty: string): Html {
  if (list.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul class="names">${list.map((r) => html`<li>${r.name}${r.reason ? html` <span class="muted">（${r.reason}）</span>` : ''}</li>`)}</ul>`;
}

function stat(label: string, value: number, kind = ''): Html {
  return html`<div class="stat${kind}"><span class="muted">${label}</span><strong>${value}</strong></div>`;
}

/**
 * The roll as staff read it: 参加, 请假 with reasons, 未回复, 送达失败 (no bound account, or every
 * copy failed). The page shows it, and notice-roll.js swaps in a fresh copy from /notices/:id/roll.
 */
export function rollSection(detail: RollDetail): Html {
  const { roll, undelivered } = detail;
  const { notice, deliveries: d } = roll;
  if (notice.status === '草稿') return html`<h2 id="roll-title">回执情况</h2><p class="muted">尚未发送。</p>`;
  const failed = new Set(undelivered.map((u) => u.memberId));
  const waiting = roll.unanswered.filter((u) => !failed.has(u.memberId));
  const total = roll.attending.length + roll.excused.length + roll.unanswered.length;
  const delivery = html`<p class="muted">收件人 ${total} 位；通知送达 ${d.sent}，发送中 ${d.pending}，失败 ${d.failed}，未绑定聊天账号 ${d.unreachable}。</p>`;
  const failures = html`<h3>送达失败（${undelivered.length}）</h3>
    ${undelivered.length === 0
      ? html`<p class="muted">无。</p>`
      : html`<table class="table"><thead><tr><th>姓名</th><th>原因</th></tr></thead><tbody>${undelivered.map(
          (u) => html`<tr><td data-label="姓名">${u.name}</td><td data-label="原因">${u.reason}</td></tr>`,
        )}</tbody></table>`}`;
  if (!notice.fields.needsReply) {
    return html`<h2 id="roll-title">送达情况</h2>
      <p>此通知不需要回执。</p>
      <div class="stats" aria-live="polite">${stat('收件人', total)}${stat('已送达', d.sent)}${stat('发送中', d.pending)}${stat('送达失败', undelivered.length, undelivered.length ? ' stat-warn' : '')}</div>
      ${delivery}${failures}`;
  }
  return html`<h2 id="roll-title">回执情况</h2>
    <div class="stats" aria-live="polite">
      ${stat('参加', roll.attending.length, ' stat-ok')}${stat('请假', roll.excused.length)}${stat('未回复', waiting.length)}${stat('送达失败', undelivered.length, undelivered.length ? ' stat-warn' : '')}
    </div>
    ${delivery}
    <h3>参加（${roll.attending.length}）</h3>
    ${names(roll.attending, '还没有人回复参加。')}
    <h3>请假（${roll.excused.length}）</h3>
    ${roll.excused.length === 0
      ? html`<p class="muted">无。</p>`
      : html`<table class="table"><thead><tr><th>姓名</th><th>原因</th><th>回复时间</th></tr></thead><tbody>${roll.excused.map(
          (r) => html`<tr><td data-label="姓名">${r.name}</td><td data-label="原因">${r.reason || '（未说明）'}</td><td data-label="回复时间">${when(r.at)}</td></tr>`,
        )}</tbody></table>`}
    <h3>未回复（${waiting.length}）</h3>
    ${names(waiting, '都已回复。')}
    ${failures}`;
}

/** The fragment and its tag: the tag changes exactly when the fragment does. */
export async function renderRollSection(detail: RollDetail): Promise<{ body: string; etag: string }> {
  const body = (await rollSection(detail)).toString();
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function facts(n: Notice): Html {
  return html`<dl class="facts">
    <dt>编号</dt><dd>${n.id}</dd>
    <dt>状态</dt><dd>${statusBadge(n.status)}</dd>
    <dt>会议时间</dt><dd>${n.fields.time}</dd>
    <dt>地点</dt><dd>${n.fields.place}</dd>
    <dt>参会范围</dt><dd>${n.fields.scope || '-'}</dd>
    <dt>发送对象</dt><dd>${describeTargets(n.targets)}</dd>
    <dt>回执</dt><dd>${n.fields.needsReply ? `需要，截止 ${when(n.fields.replyBy)}` : '不需要'}</dd>
    <dt>发送</dt><dd>${n.sentAt ? `${n.sentBy ?? ''} 于 ${when(n.sentAt)}` : `${n.createdBy} 于 ${when(n.createdAt)} 存为草稿`}</dd>
  </dl>`;
}

/** What staff can do with the notice as it stands. */
function actions(c: Context<WorkbenchEnv>, n: Notice): Html {
  const base = href(n.id);
  const open = n.status === '已发送' && n.fields.needsReply && (!n.fields.replyBy || n.fields.replyBy > c.var.deps.now());
  const exportLink = n.status === '草稿' ? '' : html`<a class="button plain" href="${base}/export" download>导出回执（Excel）</a>`;
  if (n.status === '已取消') return html`<section class="card"><h2>操作</h2><p class="muted">通知已取消。</p><div class="actions">${exportLink}</div></section>`;
  return html`<section class="card" aria-labelledby="ops">
    <h2 id="ops">操作</h2>
    <div class="actions">
      ${n.status === '草稿' ? html`<form method="post" action="${base}/send">${csrfField(c)}<button type="submit" class="primary">发送</button></form>` : ''}
      ${open ? html`<form method="post" action="${base}/remind">${csrfField(c)}<button type="submit" class="primary">提醒未回复</button></form>` : ''}
      <a class="button plain" href="${base}/edit">修改时间地点等</a>
      ${exportLink}
    </div>
    <form method="post" action="${base}/cancel" class="cancel">
      ${csrfField(c)}
      <label class="inline"><input type="checkbox" name="confirm" value="yes" required> 确认取消${n.status === '已发送' ? '（已收到通知的委员会收到取消消息）' : ''}</label>
      <button type="submit" class="secondary">取消通知</button>
    </form>
  </section>`;
}

export async function rollPage(c: Context<WorkbenchEnv>, detail: RollDetail, flash: PageOptions['flash'] = null): Promise<Html> {
  const n = detail.roll.notice;
  const { body, etag } = await renderRollSection(detail);
  const live = n.status === '已发送';
  return page(c, {
    title: `通知 ${n.id}`,
    flash,
    scripts: live ? ['/assets/notice-roll.js'] : [],
    body: html`<p><a href="/notices">← 返回通知列表</a></p>
      <h1>${n.fields.title}</h1>
      <div class="detail">
        <div>
          <section class="card">${facts(n)}</section>
          <section class="card roll" id="roll" aria-labelledby="roll-title"${live ? html` data-roll="${href(n.id)}/roll" data-etag="${etag}" data-refresh-ms="${ROLL_REFRESH_MS}"` : ''}>${raw(body)}</section>
          ${live ? html`<p class="muted" data-roll-status>委员在聊天中回复后，回执会自动更新，无需刷新页面。</p>` : ''}
        </div>
        <div>
          ${actions(c, n)}
          <section class="card" aria-labelledby="text"><h2 id="text">通知原文</h2><p class="text message-preview">${renderNotice(n)}</p></section>
        </div>
      </div>`,
  });
}
