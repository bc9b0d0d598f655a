import type { Context } from 'hono';
import { html } from 'hono/html';
import type { RecordRow, YearTable } from '../../records/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { CHART_SCRIPTS, chartBox } from '../home/chart.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { meetingsChart, opinionsChart } from './charts.ts';
import { COUNT_COLUMNS, memberHref, readYear, when, yearPicker } from './view.ts';

function searchForm(c: Context<WorkbenchEnv>, year: number, q: string): Html {
  // Posted, not a link: the name typed stays out of URLs, histories and proxy logs.
  return html`<form class="card" method="post" action="/records" aria-label="查找委员">
    ${csrfField(c)}
    <input type="hidden" name="year" value="${year}">
    <div class="filters">
      <div class="wide"><label for="q">查找委员（姓名、界别、专委会）</label><input type="search" id="q" name="q" maxlength="30" value="${q}"></div>
    </div>
    <div class="actions">
      <button type="submit" class="primary">查找</button>
      <a class="button plain" href="/records?year=${year}">显示全部</a>
      <a class="button plain" href="/records/export?year=${year}" download>导出 Excel</a>
    </div>
  </form>`;
}

/**
 * Many columns of figures: on a phone the table scrolls sideways with the name column held in
 * place, rather than stacking each member into a card twelve lines tall.
 */
function table(rows: readonly RecordRow[], totals: YearTable['totals'] | null, year: number): Html {
  return html`<div class="table-scroll" role="region" aria-label="委员履职档案表" tabindex="0">
    <table class="scroll-table">
      <thead><tr><th>姓名</th><th>编号</th><th>界别</th><th>专委会</th>${COUNT_COLUMNS.map((col) => html`<th class="num">${col.label}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <td data-label="姓名"><a href="${memberHref(r.memberId, year)}">${r.name}</a></td>
            <td data-label="编号">${r.memberId}</td>
            <td data-label="界别">${r.sector || '-'}</td>
            <td data-label="专委会">${r.committee || '-'}</td>
            ${COUNT_COLUMNS.map((col) => html`<td class="num" data-label="${col.label}">${col.of(r.meetings, r.opinions)}</td>`)}
          </tr>`,
        )}
        ${totals
          ? html`<tr class="total-row">
              <td data-label="合计"><strong>合计</strong></td><td colspan="3"></td>
              ${COUNT_COLUMNS.map((col) => html`<td class="num" data-label="${col.label}"><strong>${col.of(totals.meetings, totals.opinions)}</strong></td>`)}
            </tr>`
          : ''}
      </tbody>
    </table>
  </div>`;
}

/** Every member's year: the table (all, or those matching a posted search), charts of the whole year, the export. */
export async function tablePage(c: Context<WorkbenchEnv>, source: Record<string, unknown>, searched: boolean): Promise<Response> {
  const { deps } = c.var;
  const now = deps.now();
  const year = readYear(source.year, now);
  const q = searched && typeof source.q === 'string' ? source.q.trim().slice(0, 30) : '';
  const yearTable = await deps.records.yearTable(year);
  const leaders = opinionsChart(yearTable);
  const rows = q ? yearTable.rows.filter((r) => r.name.includes(q) || r.sector.includes(q) || r.committee.includes(q)) : yearTable.rows;
  return c.html(
    page(c, {
      title: '委员履职档案',
      scripts: CHART_SCRIPTS,
      body: html`<h1>委员履职档案</h1>
        ${yearPicker('/records', year, now)}
        <p class="muted">${year}年（北京时间），统计于 ${when(yearTable.asOf)}。会议通知按发出时间、社情民意按提交时间计入年度；采用指已编报、已采用、已转有关部门或已办结。</p>
        <div class="charts">
          <section class="card">${chartBox(`${year}年全体委员会议回执`, meetingsChart(`${year}年会议通知回执（${yearTable.totals.meetings.notified} 人次）`, yearTable.totals))}</section>
          <section class="card">${leaders ? chartBox(`${year}年社情民意提交最多的委员`, leaders) : html`<h2>社情民意</h2><p class="muted">${year}年还没有委员提交社情民意信息。</p>`}</section>
        </div>
        ${searchForm(c, year, q)}
        <p aria-live="polite">${q ? html`找到 <strong>${rows.length}</strong> 位委员。` : html`共 <strong>${rows.length}</strong> 位委员。`}</p>
        ${rows.length > 0 ? table(rows, q ? null : yearTable.totals, year) : html`<p class="card muted">没有符合条件的委员。</p>`}`,
    }),
  );
}
