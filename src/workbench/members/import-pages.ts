import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ImportPlan } from '../../members/import/plan-import.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { href, ROLE_LABEL } from './view.ts';

/** The registry upload's limit (a committee's list is a few hundred KB); the route refuses bigger bodies. */
export const MAX_REGISTRY_UPLOAD_BYTES = 5 * 1024 * 1024;

export function importForm(c: Context<WorkbenchEnv>, error: string | null = null): Html {
  return page(c, {
    title: '导入委员名单',
    flash: error ? { kind: 'error', text: error } : null,
    body: html`<p><a href="/members">← 返回名单</a></p>
      <h1>导入委员名单</h1>
      <form class="card" method="post" action="/members/import" enctype="multipart/form-data" aria-label="上传名单">
        ${csrfField(c)}
        <div class="field"><label for="file">名单文件（.xlsx 或 .csv，不超过 ${MAX_REGISTRY_UPLOAD_BYTES / 1024 / 1024} MB）</label>
          <input type="file" id="file" name="file" accept=".xlsx,.csv" required></div>
        <p class="muted">表头（中文，顺序不限）：姓名、界别、专委会、职务、手机、微信号或备注名、Telegram id、角色（委员 / 工作人员）；可选“编号”列（如 M0001）用于更新换了手机号的委员。
          CSV 可为 UTF-8 或 Excel 另存的 GBK。再次导入时按手机号（没有手机号时按姓名 + 界别）更新原记录，不会重复。</p>
        <div class="actions"><button type="submit" class="primary">上传并预览</button></div>
      </form>`,
  });
}

function counts(plan: ImportPlan, prefix: string): Html {
  const { report } = plan;
  return html`<section class="stats" aria-label="${prefix}">
    <div class="stat"><span class="muted">${prefix}新增</span><strong>${report.added}</strong></div>
    <div class="stat"><span class="muted">${prefix}更新</span><strong>${report.updated}</strong></div>
    <div class="stat"><span class="muted">未变化</span><strong>${report.unchanged}</strong></div>
    <div class="stat"><span class="muted">跳过（有问题的行）</span><strong>${report.problems.length}</strong></div>
  </section>`;
}

function lines(title: string, items: ReadonlyArray<{ line: number; message: string }>, id: string): Html {
  if (items.length === 0) return html``;
  return html`<section class="card" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    <table class="table">
      <thead><tr><th>行号</th><th>说明</th></tr></thead>
      <tbody>${items.map((p) => html`<tr><td data-label="行号">第 ${p.line} 行</td><td data-label="说明">${p.message}</td></tr>`)}</tbody>
    </table>
  </section>`;
}

function roleChanges(plan: ImportPlan): Html {
  if (plan.roleChanges.length === 0) return html``;
  return html`<section class="card" aria-labelledby="roles">
    <h2 id="roles">角色变更</h2>
    <ul>${plan.roleChanges.map((r) => html`<li>${r.name}（${r.id}）：${r.from ? ROLE_LABEL[r.from] : '新增'} → ${ROLE_LABEL[r.to]}</li>`)}</ul>
  </section>`;
}

/** What the import would do, nothing saved yet; 确认导入 carries the held upload's token. */
export function previewPage(c: Context<WorkbenchEnv>, plan: ImportPlan, fileName: string, token: string): Html {
  const { report } = plan;
  const changes = report.added + report.updated;
  const needsAdmin = plan.roleChanges.length > 0 && c.var.viewer?.role !== 'admin';
  const confirm = needsAdmin
    ? html`<p class="flash flash-error">名单会改变委员的角色（见下方“角色变更”），须由管理员（用密码登录工作台）导入；或把这些行的角色改回原样后重新上传。</p>`
    : changes === 0
      ? html`<p class="muted">没有需要导入的内容。</p>`
      : html`<form method="post" action="/members/import/confirm">
          ${csrfField(c)}
          <input type="hidden" name="upload" value="${token}">
          <div class="actions"><button type="submit" class="primary">确认导入</button><a class="button plain" href="/members/import">重新选择文件</a></div>
        </form>`;
  return page(c, {
    title: '预览委员名单',
    body: html`<p><a href="/members/import">← 重新选择文件</a></p>
      <h1>预览：${fileName}</h1>
      <p>以下是导入后的结果，<strong>尚未保存</strong>。${report.problems.length > 0 ? '有问题的行不会导入，其余照常导入；也可以改好文件后重新上传。' : ''}</p>
      ${counts(plan, '将')}
      ${lines('有问题的行（不会导入）', report.problems, 'problems')}
      ${lines('请核对', report.notes, 'notes')}
      ${roleChanges(plan)}
      <section class="card" aria-label="确认">${confirm}</section>`,
  });
}

export function resultPage(c: Context<WorkbenchEnv>, plan: ImportPlan, fileName: string): Html {
  return page(c, {
    title: '导入完成',
    flash: { kind: 'ok', text: `已导入 ${fileName}。` },
    body: html`<h1>导入完成</h1>
      ${counts(plan, '')}
      <p class="actions"><a class="button" href="/members">查看名单</a><a class="button plain" href="/members/import">再导入一份</a></p>
      ${lines('未导入的行', plan.report.problems, 'problems')}
      ${lines('请核对', plan.report.notes, 'notes')}
      ${roleChanges(plan)}
      ${plan.roleChanges.length > 0 ? html`<p class="muted">角色已按名单修改；相应委员的详情见 ${plan.roleChanges.map((r, i) => html`${i ? '、' : ''}<a href="${href(r.id)}">${r.id}</a>`)}。</p>` : ''}`,
  });
}
