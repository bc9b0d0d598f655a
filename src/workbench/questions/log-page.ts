import type { Context } from 'hono';
import { html } from 'hono/html';
import type { LoggedQuestionEntry, QuestionSearch } from '../../answering/question-log.ts';
import { readDateRange } from '../layout/date-range.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { page, type Html } from '../layout/page.ts';
import { asked, askerNames, citation, citationsOf, isOutcome, OUTCOME_LABELS, outcomeBadge, tabs, when } from './view.ts';

export const PAGE_SIZE = 20;

/** The filters as typed: an outcome and dates only, so a link to a page of the log carries nothing about a member. */
interface LogForm {
  outcome: string;
  from: string;
  to: string;
  page: number;
}

function readForm(query: Record<string, string>): { form: LogForm; search: Omit<QuestionSearch, 'limit'>; problem: string | null } {
  const text = (name: string, max: number) => (query[name] ?? '').trim().slice(0, max);
  const form: LogForm = { outcome: text('outcome', 10), from: text('from', 10), to: text('to', 10), page: Math.max(1, Math.min(100_000, Number.parseInt(text('page', 6), 10) || 1)) };
  const search: Omit<QuestionSearch, 'limit'> = {};
  if (isOutcome(form.outcome)) search.outcome = form.outcome;
  else form.outcome = '';
  const { since, until, problem } = readDateRange(form.from, form.to);
  if (since) search.since = since;
  if (until) search.until = until;
  return { form, search, problem };
}

function filterForm(form: LogForm): Html {
  const option = (value: string, label: string) => html`<option value="${value}"${form.outcome === value ? html` selected` : ''}>${label}</option>`;
  return html`<form class="card" method="get" action="/questions" aria-label="筛选">
    <div class="filters">
      <div><label for="outcome">结果</label><select id="outcome" name="outcome">${option('', '全部结果')}${Object.entries(OUTCOME_LABELS).map(([value, label]) => option(value, label))}</select></div>
      <div><label for="from">提问日期自</label><input type="date" id="from" name="from" value="${form.from}"></div>
      <div><label for="to">至</label><input type="date" id="to" name="to" value="${form.to}"></div>
    </div>
    <div class="actions">
      <button type="submit" class="primary">查询</button>
      <a class="button plain" href="/questions">清除条件</a>
    </div>
  </form>`;
}

function table(questions: readonly LoggedQuestionEntry[], names: Map<string, string>): Html {
  return html`<table class="table">
    <thead><tr><th>时间</th><th>提问人</th><th>问题</th><th>结果</th><th>出处</th></tr></thead>
    <tbody>
      ${questions.map((q) => {
        const cited = citationsOf(q);
        return html`<tr>
          <td data-label="时间">${when(q.askedAt)}</td>
          <td data-label="提问人">${names.get(q.asker) ?? ''}</td>
          <td data-label="问题">${asked(q)}</td>
          <td data-label="结果">${outcomeBadge(q.outcome)}</td>
          <td data-label="出处">${cited.length === 0 ? '-' : cited.map((c, i) => html`${i > 0 ? html`<br>` : ''}${citation(c)}`)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function pager(form: LogForm, pages: number): Html {
  if (pages <= 1) return html``;
  const link = (n: number) => {
    const query = new URLSearchParams();
    for (const name of ['outcome', 'from', 'to'] as const) if (form[name]) query.set(name, form[name]);
    query.set('page', String(n));
    return `/questions?${query}`;
  };
  return html`<nav class="pager" aria-label="分页">
    ${form.page > 1 ? html`<a class="button plain" href="${link(form.page - 1)}">上一页</a>` : ''}
    <span>第 ${form.page} / ${pages} 页</span>
    ${form.page < pages ? html`<a class="button plain" href="${link(form.page + 1)}">下一页</a>` : ''}
  </nav>`;
}

/** Every question asked, newest first, 20 a page, by outcome and date. */
export async function logPage(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const { form, search, problem } = readForm(c.req.query());
  const head = html`<h1>问答记录</h1>${tabs(c)}${filterForm(form)}`;
  if (problem) return c.html(page(c, { title: '问答记录', flash: { kind: 'error', text: problem }, body: head }), 400);
  let found = await deps.questionLog.search({ ...search, offset: (form.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
  if (form.page > pages) {
    form.page = pages;
    found = await deps.questionLog.search({ ...search, offset: (pages - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  }
  const names = await askerNames(deps.members, found.questions.map((q) => q.asker));
  return c.html(
    page(c, {
      title: '问答记录',
      body: html`${head}
        <p aria-live="polite">共 <strong>${found.total}</strong> 个问题${found.total > 0 ? '，按提问时间从新到旧' : ''}。</p>
        ${found.total > 0 ? table(found.questions, names) : html`<p class="card muted">没有符合条件的提问。</p>`}
        ${pager(form, pages)}`,
    }),
  );
}
