import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Member } from '../../members/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { bindingBadge, bindingState, field, href, roleBadge, type Binding, type BindingState } from './view.ts';

const PAGE_SIZE = 50;

/** The list's filter form as typed. The text (a name, a phone) comes from posted forms only, never a URL. */
interface ListForm {
  q: string;
  sector: string;
  committee: string;
  role: string;
  binding: string;
  page: number;
}

const BINDINGS: ReadonlyArray<[BindingState, string]> = [
  ['bound', '已绑定'],
  ['unbound', '未绑定'],
  ['locked', '绑定已锁定'],
];

function readForm(source: Record<string, unknown>, textAllowed: boolean): ListForm {
  return {
    q: textAllowed ? field(source, 'q', 20) : '',
    sector: field(source, 'sector', 30),
    committee: field(source, 'committee', 30),
    role: ['member', 'staff'].includes(field(source, 'role', 10)) ? field(source, 'role', 10) : '',
    binding: BINDINGS.some(([value]) => value === field(source, 'binding', 10)) ? field(source, 'binding', 10) : '',
    page: Math.max(1, Math.min(10_000, Number.parseInt(field(source, 'page', 6), 10) || 1)),
  };
}

function matches(m: Member, form: ListForm): boolean {
  if (form.sector && m.sector !== form.sector) return false;
  if (form.committee && m.committee !== form.committee) return false;
  if (form.role && m.role !== form.role) return false;
  if (!form.q) return true;
  const q = form.q.replace(/\s+/g, '');
  return m.name.includes(q) || m.id === q.toUpperCase() || (/^\d{4,}$/.test(q) && m.phone.includes(q));
}

function select(name: string, label: string, values: ReadonlyArray<[string, string]>, chosen: string, all: string): Html {
  return html`<div><label for="${name}">${label}</label><select id="${name}" name="${name}"><option value="">${all}</option>${values.map(
    ([value, text]) => html`<option value="${value}"${value === chosen ? html` selected` : ''}>${text}</option>`,
  )}</select></div>`;
}

const pairs = (values: readonly string[]): Array<[string, string]> => values.map((v) => [v, v]);

function filterForm(c: Context<WorkbenchEnv>, form: ListForm, members: readonly Member[]): Html {
  const distinct = (pick: (m: Member) => string) => [...new Set(members.map(pick).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return html`<form class="card" method="post" action="/members" aria-label="筛选">
    ${csrfField(c)}
    <div class="filters">
      <div class="wide"><label for="q">姓名、编号或手机号</label><input type="search" id="q" name="q" maxlength="20" value="${form.q}"></div>
      ${select('sector', '界别', pairs(distinct((m) => m.sector)), form.sector, '全部界别')}
      ${select('committee', '专委会', pairs(distinct((m) => m.committee)), form.committee, '全部专委会')}
      ${select('role', '角色', [['member', '委员'], ['staff', '工作人员']], form.role, '全部角色')}
      ${select('binding', '绑定', BINDINGS, form.binding, '全部')}
    </div>
    <div class="actions">
      <button type="submit" class="primary">查询</button>
      <a class="button plain" href="/members">清除条件</a>
      <a class="button plain" href="/members/import">导入名单</a>
    </div>
  </form>`;
}

function table(rows: ReadonlyArray<{ member: Member; binding: Binding }>): Html {
  return html`<table class="table">
    <thead><tr><th>编号</th><th>姓名</th><th>界别</th><th>专委会</th><th>职务</th><th>角色</th><th>绑定</th></tr></thead>
    <tbody>${rows.map(
      ({ member: m, binding }) => html`<tr>
        <td data-label="编号"><a href="${href(m.id)}">${m.id}</a></td>
        <td data-label="姓名">${m.name}</td>
        <td data-label="界别">${m.sector || '-'}</td>
        <td data-label="专委会">${m.committee || '-'}</td>
        <td data-label="职务">${m.position || '-'}</td>
        <td data-label="角色">${roleBadge(m.role)}</td>
        <td data-label="绑定">${bindingBadge(binding)}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

/** The paging buttons submit a hidden twin of the filter form, so a page keeps the filters and the text. */
function pager(c: Context<WorkbenchEnv>, form: ListForm, pages: number): Html {
  if (pages <= 1) return html``;
  return html`<form id="paging" method="post" action="/members" hidden>
      ${csrfField(c)}
      ${(['q', 'sector', 'committee', 'role', 'binding'] as const).map((name) => html`<input type="hidden" name="${name}" value="${form[name]}">`)}
    </form>
    <nav class="pager" aria-label="分页">
      ${form.page > 1 ? html`<button type="submit" class="secondary" form="paging" name="page" value="${form.page - 1}">上一页</button>` : ''}
      <span>第 ${form.page} / ${pages} 页</span>
      ${form.page < pages ? html`<button type="submit" class="secondary" form="paging" name="page" value="${form.page + 1}">下一页</button>` : ''}
    </nav>`;
}

/** GET: filters from a link (界别, 专委会, 角色, 绑定, page; no text). POST: the form, text included. */
export async function listPage(c: Context<WorkbenchEnv>, source: Record<string, unknown>, textAllowed: boolean): Promise<Response> {
  const { deps } = c.var;
  const form = readForm(source, textAllowed);
  const members = await deps.members.list();
  const locks = await deps.members.lockedTargets();
  const withBinding = await Promise.all(
    members.filter((m) => matches(m, form)).map(async (member) => ({ member, binding: { accounts: await deps.members.accountsOf(member.id), lockedSince: locks.get(member.name) ?? null } })),
  );
  const found = form.binding ? withBinding.filter((row) => bindingState(row.binding) === form.binding) : withBinding;
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  form.page = Math.min(form.page, pages);
  const bound = withBinding.filter((row) => row.binding.accounts.length > 0).length;
  return c.html(
    page(c, {
      title: '委员名单',
      body: html`<h1>委员名单</h1>
        ${filterForm(c, form, members)}
        <p aria-live="polite">共 <strong>${found.length}</strong> 人${found.length === withBinding.length ? html`，其中已绑定聊天账号 ${bound} 人` : ''}。</p>
        ${found.length > 0 ? table(found.slice((form.page - 1) * PAGE_SIZE, form.page * PAGE_SIZE)) : html`<p class="card muted">${members.length === 0 ? '名单是空的，请先导入委员名单。' : '没有符合条件的委员。'}</p>`}
        ${pager(c, form, pages)}`,
    }),
  );
}
