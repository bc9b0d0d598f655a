import { html } from 'hono/html';
import { OPINION_STATUSES } from '../../opinions/types.ts';
import { page } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';

/**
 * The start page after signing in. For now: the 社情民意 waiting at each status, as figures and a
 * chart. The dashboard proper (this week's questions and declines, submissions by status and
 * category, notices awaiting replies, the outbox backlog) takes this place once its statistics
 * exist (src/workbench-data/); it renders through the same charts loader (layout/charts.js).
 */
export const HOME_ROUTES: WorkbenchRoute[] = [
  {
    method: 'GET',
    path: '/',
    role: 'staff',
    nav: '首页',
    handler: async (c) => {
      const { deps, viewer } = c.var;
      const counts = await Promise.all(OPINION_STATUSES.map(async (status) => ({ status, total: (await deps.opinions.search({ status, limit: 0 })).total })));
      const chart = {
        grid: { left: 48, right: 16, top: 24, bottom: 56 },
        xAxis: { type: 'category', data: counts.map((c) => c.status), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value', minInterval: 1 },
        tooltip: { trigger: 'axis' },
        series: [{ type: 'bar', name: '社情民意', data: counts.map((c) => c.total), itemStyle: { color: '#a4161a' } }],
      };
      return c.html(
        page(c, {
          title: '首页',
          scripts: ['/assets/echarts.min.js', '/assets/charts.js'],
          body: html`<h1>您好，${viewer?.name ?? ''}</h1>
            <section class="stats" aria-label="社情民意办理情况">
              ${counts.slice(0, 4).map((c) => html`<a class="stat" href="/opinions?status=${encodeURIComponent(c.status)}"><span class="muted">${c.status}</span><strong>${c.total}</strong></a>`)}
            </section>
            <section class="card">
              <h2>社情民意（按办理状态）</h2>
              <div class="chart" role="img" aria-label="社情民意按办理状态的条数" data-chart="${JSON.stringify(chart)}"></div>
            </section>
            <p class="muted">仪表盘（本周问答、会议通知回执、待发消息等）建设中。</p>`,
        }),
      );
    },
  },
];
