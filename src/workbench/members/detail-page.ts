import type { Context } from 'hono';
import { html } from 'hono/html';
import { formatChinaDateTime } from '../../china-time.ts';
import type { Member } from '../../members/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html, type PageOptions } from '../layout/page.ts';
import { bindingBadge, channelOf, href, roleBadge, ROLE_LABEL, type Binding } from './view.ts';

function facts(m: Member, binding: Binding): Html {
  return html`<dl class="facts">
    <dt>编号</dt><dd>${m.id}</dd>
    <dt>姓名</dt><dd>${m.name}</dd>
    <dt>角色</dt><dd>${roleBadge(m.role)}</dd>
    <dt>界别</dt><dd>${m.sector || '-'}</dd>
    <dt>专委会</dt><dd>${m.committee || '-'}</dd>
    <dt>职务</dt><dd>${m.position || '-'}</dd>
    <dt>手机</dt><dd>${m.phone || '-'}</dd>
    <dt>微信号或备注名</dt><dd>${m.wechat || '-'}</dd>
    <dt>Telegram id</dt><dd>${m.telegramId || '-'}</dd>
    <dt>绑定</dt><dd>${bindingBadge(binding)}</dd>
  </dl>`;
}

function accounts(binding: Binding): Html {
  return html`<section class="card" aria-labelledby="accounts">
    <h2 id="accounts">已绑定的聊天账号</h2>
    ${binding.accounts.length === 0
      ? html`<p class="muted">尚未绑定。委员可在私聊中发送“绑定 姓名 手机号后四位”，或用下方生成的绑定码发送“绑定 绑定码”（工作人员只能用绑定码）。</p>`
      : html`<ul>${binding.accounts.map((a) => html`<li>${channelOf(a)}：${a.slice(a.indexOf(':') + 1)}</li>`)}</ul><p class="muted">会议通知发到最近绑定的账号。</p>`}
  </section>`;
}

function codeForm(c: Context<WorkbenchEnv>, m: Member, binding: Binding): Html {
  return html`<section class="card" aria-labelledby="code">
    <h2 id="code">绑定码</h2>
    <p class="muted">生成一次性绑定码（24 小时内有效，只能用一次；此前发给该委员的绑定码随即失效）。绑定码只显示这一次，请当面或电话告知委员本人。</p>
    ${binding.lockedSince ? html`<p>“${m.name}”的手机号绑定已于 ${formatChinaDateTime(binding.lockedSince)} 锁定，不影响用绑定码绑定。</p>` : ''}
    <form method="post" action="${href(m.id)}/code">
      ${csrfField(c)}
      <div class="actions"><button type="submit" class="primary">生成绑定码</button></div>
    </form>
    ${binding.lockedSince
      ? html`<form method="post" action="${href(m.id)}/unlock">
          ${csrfField(c)}
          <div class="actions"><button type="submit" class="secondary">解除绑定锁定</button></div>
        </form>`
      : ''}
  </section>`;
}

function roleForm(c: Context<WorkbenchEnv>, m: Member): Html {
  if (c.var.viewer?.role !== 'admin') {
    return html`<section class="card"><h2>角色</h2><p>${ROLE_LABEL[m.role]}</p><p class="muted">修改角色须由管理员（用密码登录工作台）操作。</p></section>`;
  }
  return html`<section class="card" aria-labelledby="role">
    <h2 id="role">角色</h2>
    <form method="post" action="${href(m.id)}/role">
      ${csrfField(c)}
      <div class="field"><label for="role-to">改为</label><select id="role-to" name="role">${(['member', 'staff'] as const).map(
        (r) => html`<option value="${r}"${r === m.role ? html` selected` : ''}>${ROLE_LABEL[r]}</option>`,
      )}</select></div>
      <p class="muted">工作人员可以登录工作台、在私聊中发布会议通知；改回委员后，其工作台登录立即失效。</p>
      <div class="actions"><button type="submit" class="primary">保存角色</button></div>
    </form>
  </section>`;
}

export async function detailPage(c: Context<WorkbenchEnv>, m: Member, flash: PageOptions['flash'] = null): Promise<Html> {
  const { deps } = c.var;
  const binding: Binding = { accounts: await deps.members.accountsOf(m.id), lockedSince: await deps.members.lockedSince(m.name) };
  return page(c, {
    title: `${m.id} ${m.name}`,
    flash,
    body: html`<p><a href="/members">← 返回名单</a></p>
      <h1>${m.name}</h1>
      <div class="detail">
        <div>
          <section class="card">${facts(m, binding)}</section>
          ${accounts(binding)}
        </div>
        <div>
          ${codeForm(c, m, binding)}
          ${roleForm(c, m)}
        </div>
      </div>`,
  });
}

/** The code, shown on this one response only (never in a URL, a log or the audit log). */
export function codePage(c: Context<WorkbenchEnv>, m: Member, code: string, expiresAt: Date): Html {
  return page(c, {
    title: `${m.id} 的绑定码`,
    body: html`<p><a href="${href(m.id)}">← 返回 ${m.name}</a></p>
      <section class="card message" aria-labelledby="issued">
        <h1 id="issued">${m.name} 的绑定码</h1>
        <p class="code" aria-label="绑定码">${code}</p>
        <p>请委员在与助手的<strong>私聊</strong>中发送：“绑定 ${code}”。</p>
        <p class="muted">${formatChinaDateTime(expiresAt)} 前有效，只能使用一次；此前的绑定码已失效。此码只显示这一次，离开本页后无法再查看，如遗失请重新生成。</p>
      </section>`,
  });
}
