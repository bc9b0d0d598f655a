import type { Context } from 'hono';
import { html } from 'hono/html';
import { formatChinaDateTime, parseChinaDate } from '../../china-time.ts';
import { dashboardCharts } from '../../dashboard/charts.ts';
import { weekDashboard, type OpenNotice, type WeekDashboard } from '../../dashboard/week-stats.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { page, type Html } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { CHART_SCRIPTS, chartBox } from './chart.ts';

const WEEK_MS = 7 * 24 * 3600_000;
const day = (at: Date) => formatChinaDateTime(at).slice(0, 10);

function stats(d: WeekDashboard): Html {
  const lastDay = day(new Date(d.week.to.getTime() - 1));
  const span = `from=${day(d.week.from)}&to=${lastDay}`;
  const stat = (href: string, label: string, value: number) => html`<a class="stat" href="${href}"><span class="muted">${label}</span><strong>${value}</strong></a>`;
  return html`<section class="stats" aria-label="本周概况">
    ${stat(`/questions?${span}`, '本周提问', d.questions.asked)}
    ${stat(`/questions/declined?${span}`, '未答上', d.questions.declined)}
    ${stat(`/opinions?${span}`, '社情民意', d.opinions.submitted)}
    ${stat('#notices', '待回执（人）', d.notices.awaiting)}
  </section>`;
}

function openNotices(list: readonly OpenNotice[]): Html {
  if (list.length === 0) return html`<p class="muted">没有正在等待回执的会议通知。</p>`;
  return html`<table class="table">
    <thead><tr><th>通知</th><th>会议时间</th><th>回执截止</th><th>已回复 / 应回复</th></tr></thead>
    <tbody>${list.map(
      (n) => html`<tr>
        <td data-label="通知">${n.id} ${n.title}</td>
        <td data-label="会议时间">${n.time}</td>
        <td data-label="回执截止">${n.replyBy ? formatChinaDateTime(n.replyBy) : '未设'}</td>
        <td data-label="已回复 / 应回复">${n.replied} / ${n.recipients}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** Moving a week back or on; the week shown is the one `week` (a date) falls in. */
function weekNav(d: WeekDashboard, now: Date): Html {
  const prev = day(new Date(d.week.from.getTime() - WEEK_MS));
  const next = new Date(d.week.to.getTime());
  return html`<nav class="pager" aria-label="切换周">
    <a class="button plain" href="/?week=${prev}">上一周</a>
    <span>${d.week.label}</span>
    ${next <= now ? html`<a class="button plain" href="/?week=${day(next)}">下一周</a><a class="button plain" href="/">本周</a>` : ''}
  </nav>`;
}

/**
 * The start page: the office's week (China time, Monday first) as figures and charts — questions
 * and declines, 社情民意 by status and category, notices awaiting replies, the outbox backlog.
 * `?week=YYYY-MM-DD` shows another week; open notices and the outbox are as they are now.
 */
async function home(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps, viewer } = c.var;
  const now = deps.now();
  const asked = parseChinaDate(c.req.query('week') ?? '');
  const weekOf = asked && asked <= now ? asked : now;
  const d = await weekDashboard(deps.dashboard, now, weekOf);
  const charts = dashboardCharts(d);
  const failed = d.outbox.failed > 0 ? `，累计发送失败 ${d.outbox.failed} 条` : '';
  return c.html(
    page(c, {
      title: '首页',
      scripts: CHART_SCRIPTS,
      body: html`<h1>您好，${viewer?.name ?? ''}</h1>
        ${weekNav(d, now)}
        ${stats(d)}
        <div class="charts">
          <section class="card">${chartBox('本周每天的提问和未答上的问题', charts.questions)}</section>
          <section class="card">${chartBox('本周社情民意按办理状态', charts.opinionsByStatus)}</section>
          <section class="card">${chartBox('本周社情民意按类别', charts.opinionsByCategory)}</section>
          <section class="card">${chartBox('各渠道待发消息', charts.outbox)}</section>
        </div>
        <section class="card" id="notices" aria-labelledby="notices-title">
          <h2 id="notices-title">等待回执的会议通知（${d.notices.open.length}）</h2>
          ${d.notices.open.length > 0 ? chartBox('等待回执的会议通知：已回复和未回复人数', charts.notices) : ''}
          ${openNotices(d.notices.open)}
        </section>
        <p class="muted">待发消息 ${d.outbox.pending} 条${failed}（由运行中的机器人按渠道限速发送）。统计于 ${formatChinaDateTime(d.generatedAt)}。</p>`,
    }),
  );
}

export const HOME_ROUTES: WorkbenchRoute[] = [{ method: 'GET', path: '/', role: 'staff', nav: '首页', handler: home }];
