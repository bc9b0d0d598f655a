import type { Context } from 'hono';
import { html } from 'hono/html';
import type { MeetingItem, MemberRecord, OpinionItem } from '../../records/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { CHART_SCRIPTS, chartBox } from '../home/chart.ts';
import { messagePage, page, type Html } from '../layout/page.ts';
import { monthsChart, meetingsChart } from './charts.ts';
import { delivery, outcomeBadge, readYear, when, yearPicker } from './view.ts';

function stats(r: MemberRecord): Html {
  const stat = (label: string, value: number) => html`<div class="stat"><span class="muted">${label}</span><strong>${value}</strong></div>`;
  return html`<section class="stats" aria-label="${r.year}年履职情况">
    ${stat('会议通知', r.meetings.notified)}${stat('参加', r.meetings.attended)}${stat('请假', r.meetings.excused)}${stat('未回复', r.meetings.noReply)}
    ${stat('送达失败', r.meetings.deliveryFailed)}${stat('待回复', r.meetings.awaitingReply)}${stat('社情民意提交', r.opinions.submitted)}${stat('社情民意采用', r.opinions.adopted)}
  </section>`;
}

function meetings(items: readonly MeetingItem[]): Html {
  if (items.length === 0) return html`<p class="muted">这一年没有发给该委员的会议通知。</p>`;
  return html`<table class="table">
    <thead><tr><th>会议</th><th>会议时间</th><th>通知发出</th><th>回执</th><th>送达</th></tr></thead>
    <tbody>${items.map(
      (m) => html`<tr>
        <td data-label="会议">${m.title}</td>
        <td data-label="会议时间">${m.time}</td>
        <td data-label="通知发出">${when(m.sentAt)}</td>
        <td data-label="回执">${outcomeBadge(m.outcome)}</td>
        <td data-label="送达">${delivery(m)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function reports(items: readonly OpinionItem[]): Html {
  if (items.length === 0) return html`<p class="muted">这一年没有提交社情民意信息。</p>`;
  return html`<table class="table">
    <thead><tr><th>编号</th><th>标题</th><th>状态</th><th>提交时间</th></tr></thead>
    <tbody>${items.map(
      (o) => html`<tr>
        <td data-label="编号"><a href="/opinions/${encodeURIComponent(o.number)}">${o.number}</a></td>
        <td data-label="标题">${o.title}</td>
        <td data-label="状态">${o.status}${o.adopted ? html` <span class="badge badge-done">采用</span>` : ''}</td>
        <td data-label="提交时间">${when(o.submittedAt)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** One member's year: the counts, two charts, and the notices and submissions behind them. */
export async function memberPage(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const now = deps.now();
  const year = readYear(c.req.query('year'), now);
  const memberId = (c.req.param('memberId') ?? '').slice(0, 20);
  const record = await deps.records.memberRecord(memberId, year);
  if (!record) return c.html(messagePage(c, { title: '未找到', text: '名单中没有这位委员。', link: { href: `/records?year=${year}`, label: '返回履职档案' } }), 404);
  return c.html(
    page(c, {
      title: `${record.name} · 履职档案`,
      scripts: CHART_SCRIPTS,
      body: html`<p><a href="/records?year=${year}">← 全部委员</a></p>
        <h1>${record.name} · ${year}年履职档案</h1>
        <p class="muted">${record.memberId}${record.sector ? ` · ${record.sector}` : ''}${record.committee ? ` · ${record.committee}` : ''} · 统计于 ${when(record.asOf)}</p>
        ${yearPicker(`/records/${encodeURIComponent(record.memberId)}`, year, now)}
        ${stats(record)}
        <div class="charts">
          <section class="card">${chartBox(`${record.name}${year}年会议回执`, meetingsChart('会议通知回执', record))}</section>
          <section class="card">${chartBox(`${record.name}${year}年逐月情况`, monthsChart(record))}</section>
        </div>
        <section class="card" aria-labelledby="meetings"><h2 id="meetings">会议通知（${record.meetingItems.length}）</h2>${meetings(record.meetingItems)}</section>
        <section class="card" aria-labelledby="reports"><h2 id="reports">社情民意（${record.opinionItems.length}）</h2>${reports(record.opinionItems)}</section>`,
    }),
  );
}
