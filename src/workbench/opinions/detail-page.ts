import type { Context } from 'hono';
import { html } from 'hono/html';
import { nextStatuses, noteRequired, type Opinion } from '../../opinions/types.ts';
import type { OpinionEdition } from '../../staff/editions.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html, type PageOptions } from '../layout/page.ts';
import { href, reporter, statusBadge, when } from './view.ts';

/** How many similar submissions the side panel lists. */
const SIMILAR_SHOWN = 5;

function facts(o: Opinion): Html {
  return html`<dl class="facts">
    <dt>编号</dt><dd>${o.number}</dd>
    <dt>状态</dt><dd>${statusBadge(o.status)}${o.statusNote ? html` <span class="muted">${o.statusNote}</span>` : ''}</dd>
    <dt>类别</dt><dd>${o.fields.category}</dd>
    <dt>反映人</dt><dd>${reporter(o)}</dd>
    <dt>联系电话</dt><dd>${o.fields.phone || '-'}</dd>
    <dt>提交时间</dt><dd>${when(o.createdAt)}</dd>
  </dl>`;
}

function original(o: Opinion): Html {
  return html`<section class="card" aria-labelledby="original">
    <h2 id="original">原文（委员提交）</h2>
    <h3>${o.fields.title}</h3>
    <h4>情况与问题</h4><p class="text">${o.fields.situation}</p>
    <h4>意见建议</h4><p class="text">${o.fields.suggestion}</p>
  </section>`;
}

function edition(o: Opinion, latest: OpinionEdition | undefined, count: number): Html {
  const edit = html`<a class="button" href="${href(o.number)}/edit">${latest ? '修改编报稿' : '编辑编报稿'}</a>`;
  if (!latest) return html`<section class="card"><h2>编报稿</h2><p class="muted">尚未编辑。编报稿另行保存，委员的原文保持不变。</p>${edit}</section>`;
  return html`<section class="card" aria-labelledby="edition">
    <h2 id="edition">编报稿</h2>
    <p class="muted">${latest.editor} 于 ${when(latest.editedAt)} 保存${count > 1 ? `（共 ${count} 稿）` : ''}；类别：${latest.fields.category}</p>
    <h3>${latest.fields.title}</h3>
    <h4>情况与问题</h4><p class="text">${latest.fields.situation}</p>
    <h4>意见建议</h4><p class="text">${latest.fields.suggestion}</p>
    ${edit}
  </section>`;
}

function history(o: Opinion): Html {
  return html`<section class="card" aria-labelledby="history">
    <h2 id="history">办理记录</h2>
    <table class="table">
      <thead><tr><th>时间</th><th>状态</th><th>操作人</th><th>说明</th></tr></thead>
      <tbody>${o.history.map(
        (h) => html`<tr><td data-label="时间">${when(h.at)}</td><td data-label="状态">${h.from ? `${h.from} → ${h.to}` : h.to}</td><td data-label="操作人">${h.from ? h.actor : '委员提交'}</td><td data-label="说明">${h.note || '-'}</td></tr>`,
      )}</tbody>
    </table>
  </section>`;
}

function statusForm(c: Context<WorkbenchEnv>, o: Opinion, note: string): Html {
  const next = nextStatuses(o.status);
  if (next.length === 0) return html`<section class="card"><h2>办理</h2><p class="muted">已是最终状态（${o.status}）。</p></section>`;
  return html`<section class="card" aria-labelledby="change">
    <h2 id="change">修改状态</h2>
    <form method="post" action="${href(o.number)}/status">
      ${csrfField(c)}
      <div class="field"><label for="to">改为</label><select id="to" name="to">${next.map((s) => html`<option value="${s}">${s}${noteRequired(s) ? '（须说明原因）' : ''}</option>`)}</select></div>
      <div class="field"><label for="note">说明（会随通知发给反映人）</label><textarea id="note" name="note" maxlength="500">${note}</textarea></div>
      <div class="actions"><button type="submit" class="primary">保存并通知反映人</button></div>
    </form>
  </section>`;
}

/** Near-identical reports (similarity.ts), listed with their own text so staff can compare them. */
function similar(list: readonly Opinion[]): Html {
  return html`<section class="card" aria-labelledby="similar">
    <h2 id="similar">相近的社情民意</h2>
    ${list.length === 0
      ? html`<p class="muted">没有内容相近的其他信息。</p>`
      : list.map(
          (s) => html`<article class="similar">
            <p><a href="${href(s.number)}">${s.number}</a> ${statusBadge(s.status)}<br>${s.fields.title}</p>
            <p class="muted">${reporter(s)} · ${when(s.createdAt)}</p>
            <p class="text">${s.fields.situation.slice(0, 120)}${s.fields.situation.length > 120 ? '…' : ''}</p>
          </article>`,
        )}
  </section>`;
}

export interface DetailOptions {
  flash?: PageOptions['flash'];
  /** The note typed before a refused change, kept in the form. */
  note?: string;
}

export async function detailPage(c: Context<WorkbenchEnv>, o: Opinion, options: DetailOptions = {}): Promise<Html> {
  const { deps } = c.var;
  const [editions, alike] = await Promise.all([deps.editions.history(o.number), deps.opinions.findSimilar(o.memberId, o.fields)]);
  const others = alike.filter((s) => s.number !== o.number).slice(0, SIMILAR_SHOWN);
  return page(c, {
    title: o.number,
    flash: options.flash ?? null,
    body: html`<p><a href="/opinions">← 返回列表</a></p>
      <h1>${o.fields.title}</h1>
      <div class="detail">
        <div>
          <section class="card">${facts(o)}</section>
          ${original(o)}
          ${edition(o, editions.at(-1), editions.length)}
          ${history(o)}
        </div>
        <div>
          ${statusForm(c, o, options.note ?? '')}
          ${similar(others)}
        </div>
      </div>`,
  });
}
