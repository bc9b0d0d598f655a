import type { Context } from 'hono';
import { html } from 'hono/html';
import { ACTION_LABELS, actionLabel, type AuditEntry, type AuditQuery } from '../../audit/audit-log.ts';
import { formatChinaDateTime } from '../../china-time.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';

export const AUDIT_PAGE_SIZE = 30;

/** The filters as typed. Who: a staff member's name, so it is posted, never put in a link. */
interface AuditForm {
  actor: string;
  action: string;
  /** The cursor: entries before this id (the last one of the page before). */
  before: number | null;
}

function readForm(source: Record<string, unknown>, actorAllowed: boolean): AuditForm {
  const text = (name: string, max: number) => (typeof source[name] === 'string' ? (source[name] as string).trim().slice(0, max) : '');
  const before = Number.parseInt(text('before', 12), 10);
  const action = text('action', 40);
  return { actor: actorAllowed ? text('actor', 40) : '', action: /^[a-z.-]+$/.test(action) ? action : '', before: Number.isSafeInteger(before) && before > 0 ? before : null };
}

function filterForm(c: Context<WorkbenchEnv>, form: AuditForm): Html {
  const known = Object.keys(ACTION_LABELS);
  const actions = form.action && !known.includes(form.action) ? [...known, form.action] : known;
  return html`<form class="card" method="post" action="/audit" aria-label="筛选">
    ${csrfField(c)}
    <div class="filters">
      <div class="wide"><label for="actor">操作人（完整名称，如 赵秘书、命令行（zhao））</label><input type="search" id="actor" name="actor" maxlength="40" value="${form.actor}"></div>
      <div class="wide"><label for="action">操作</label><select id="action" name="action">
        <option value="">全部操作</option>
        ${actions.map((a) => html`<option value="${a}"${a === form.action ? html` selected` : ''}>${actionLabel(a)}</option>`)}
      </select></div>
    </div>
    <div class="actions"><button type="submit" class="primary">查询</button><a class="button plain" href="/audit">清除条件</a></div>
  </form>`;
}

function table(entries: readonly AuditEntry[]): Html {
  return html`<table class="table">
    <thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>对象</th><th>详情</th></tr></thead>
    <tbody>${entries.map(
      (e) => html`<tr>
        <td data-label="时间">${formatChinaDateTime(e.at)}</td>
        <td data-label="操作人">${e.actor}</td>
        <td data-label="操作">${actionLabel(e.action)}</td>
        <td data-label="对象">${e.target || '-'}</td>
        <td data-label="详情" class="text">${e.detail || '-'}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** 更早的记录 posts the filters with the cursor, so the name filtered on stays out of the URL. */
function pager(c: Context<WorkbenchEnv>, form: AuditForm, last: AuditEntry | undefined, more: boolean): Html {
  if (!more && form.before === null) return html``;
  return html`<nav class="pager" aria-label="分页">
    ${form.before !== null ? html`<a class="button plain" href="/audit">回到最新</a>` : ''}
    ${more && last
      ? html`<form method="post" action="/audit">
          ${csrfField(c)}
          <input type="hidden" name="actor" value="${form.actor}">
          <input type="hidden" name="action" value="${form.action}">
          <button type="submit" class="secondary" name="before" value="${last.id}">更早的记录</button>
        </form>`
      : ''}
  </nav>`;
}

/** 操作记录: newest first, a page at a time through the log's cursor. GET takes an action and a cursor, POST the name too. */
async function auditPage(c: Context<WorkbenchEnv>, source: Record<string, unknown>, posted: boolean): Promise<Response> {
  const { deps } = c.var;
  const form = readForm(source, posted);
  const query: AuditQuery = { limit: AUDIT_PAGE_SIZE + 1 };
  if (form.before !== null) query.before = form.before;
  if (form.actor) query.actor = form.actor;
  if (form.action) query.action = form.action;
  const found = await deps.audit.list(query);
  const entries = found.slice(0, AUDIT_PAGE_SIZE);
  return c.html(
    page(c, {
      title: '操作记录',
      body: html`<h1>操作记录</h1>
        <p class="muted">工作台和命令行中的每次修改：谁、何时、改了什么。记录只增不改。</p>
        ${filterForm(c, form)}
        ${entries.length > 0 ? table(entries) : html`<p class="card muted">没有符合条件的操作记录。</p>`}
        ${pager(c, form, entries.at(-1), found.length > AUDIT_PAGE_SIZE)}`,
    }),
  );
}

export const AUDIT_ROUTES: WorkbenchRoute[] = [
  { method: 'GET', path: '/audit', role: 'staff', nav: '操作记录', handler: (c) => auditPage(c, c.req.query(), false) },
  { method: 'POST', path: '/audit', role: 'staff', handler: async (c) => auditPage(c, await c.req.parseBody(), true) },
];
