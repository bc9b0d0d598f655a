import type { Context } from 'hono';
import { html } from 'hono/html';
import { OPINION_CATEGORIES, OPINION_STATUSES, type Opinion } from '../../opinions/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { PAGE_SIZE, readFilters, type ListForm } from './filters.ts';
import { href, reporter, statusBadge, when } from './view.ts';

function options(values: readonly string[], chosen: string, all: string): Html {
  return html`<option value="">${all}</option>${values.map((value) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${value}</option>`)}`;
}

/**
 * One form holds the filters, the paging buttons and the exports, posted with the session's token:
 * the text searched for (often a member's name) never lands in a URL, a browser history or a
 * proxy's log, and an export carries exactly the filters on screen.
 */
function filterForm(c: Context<WorkbenchEnv>, form: ListForm, sectors: readonly string[]): Html {
  return html`<form class="card" method="post" action="/opinions" aria-label="筛选">
    ${csrfField(c)}
    <div class="filters">
      <div><label for="status">状态</label><select id="status" name="status">${options(OPINION_STATUSES, form.status, '全部状态')}</select></div>
      <div><label for="category">类别</label><select id="category" name="category">${options(OPINION_CATEGORIES, form.category, '全部类别')}</select></div>
      <div><label for="sector">界别</label><select id="sector" name="sector">${options(sectors, form.sector, '全部界别')}</select></div>
      <div><label for="from">提交日期自</label><input type="date" id="from" name="from" value="${form.from}"></div>
      <div><label for="to">至</label><input type="date" id="to" name="to" value="${form.to}"></div>
      <div class="wide"><label for="q">关键词（编号、标题、内容、反映人）</label><input type="search" id="q" name="q" maxlength="50" value="${form.q}"></div>
    </div>
    <div class="actions">
      <button type="submit" class="primary">查询</button>
      <a class="button plain" href="/opinions">清除条件</a>
      <button type="submit" class="secondary" formaction="/opinions/export" name="format" value="docx">导出 Word（编报稿）</button>
      <button type="submit" class="secondary" formaction="/opinions/export" name="format" value="xlsx">导出 Excel</button>
    </div>
  </form>`;
}

function table(opinions: readonly Opinion[]): Html {
  return html`<table class="table">
    <thead><tr><th>编号</th><th>标题</th><th>类别</th><th>反映人</th><th>状态</th><th>提交时间</th></tr></thead>
    <tbody>
      ${opinions.map(
        (o) => html`<tr>
          <td data-label="编号"><a href="${href(o.number)}">${o.number}</a></td>
          <td data-label="标题">${o.fields.title}</td>
          <td data-label="类别">${o.fields.category}</td>
          <td data-label="反映人">${reporter(o)}</td>
          <td data-label="状态">${statusBadge(o.status)}</td>
          <td data-label="提交时间">${when(o.createdAt)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Paging buttons belong to the filter form (form="…"), so a page keeps the filters and the search. */
function pager(form: ListForm, pages: number): Html {
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="分页">
    ${form.page > 1 ? html`<button type="submit" class="secondary" form="paging" name="page" value="${form.page - 1}">上一页</button>` : ''}
    <span>第 ${form.page} / ${pages} 页</span>
    ${form.page < pages ? html`<button type="submit" class="secondary" form="paging" name="page" value="${form.page + 1}">下一页</button>` : ''}
  </nav>`;
}

/** The hidden twin of the filter form the paging buttons submit: the filters as shown, another page. */
function pagingForm(c: Context<WorkbenchEnv>, form: ListForm): Html {
  return html`<form id="paging" method="post" action="/opinions" hidden>
    ${csrfField(c)}
    ${(['status', 'category', 'sector', 'from', 'to', 'q'] as const).map((name) => html`<input type="hidden" name="${name}" value="${form[name]}">`)}
  </form>`;
}

/** GET: filters from a link (status, category, 界别, dates, page; no text). POST: the form, text included. */
export async function listPage(c: Context<WorkbenchEnv>, source: Record<string, unknown>, textAllowed: boolean, flash: string | null = null): Promise<Response> {
  const { deps } = c.var;
  const { form, query, problem } = readFilters(source, textAllowed);
  const sectors = await deps.opinions.sectors();
  if (problem) return c.html(page(c, { title: '社情民意', flash: { kind: 'error', text: problem }, body: html`<h1>社情民意</h1>${filterForm(c, form, sectors)}` }), 400);
  let found = await deps.opinions.search({ ...query, order: 'newest', offset: (form.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
  if (form.page > pages) {
    form.page = pages;
    found = await deps.opinions.search({ ...query, order: 'newest', offset: (pages - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  }
  return c.html(
    page(c, {
      title: '社情民意',
      flash: flash ? { kind: 'error', text: flash } : null,
      body: html`<h1>社情民意</h1>
        ${filterForm(c, form, sectors)}
        <p aria-live="polite">共 <strong>${found.total}</strong> 条${found.total > 0 ? `，按提交时间从新到旧` : ''}。</p>
        ${found.total > 0 ? table(found.opinions) : html`<p class="card muted">没有符合条件的社情民意信息。</p>`}
        ${pagingForm(c, form)}
        ${pager(form, pages)}`,
    }),
  );
}
