import type { Context } from 'hono';
import { html } from 'hono/html';
import { OPINION_CATEGORIES, type Opinion } from '../../opinions/types.ts';
import type { EditedFields } from '../../staff/editions.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { href } from './view.ts';

/** The 编报稿 form beside the member's original, which it never changes. */
export function editPage(c: Context<WorkbenchEnv>, o: Opinion, fields: EditedFields, error: string | null = null): Html {
  return page(c, {
    title: `编辑编报稿 ${o.number}`,
    flash: error ? { kind: 'error', text: error } : null,
    body: html`<p><a href="${href(o.number)}">← 返回 ${o.number}</a></p>
      <h1>编辑编报稿</h1>
      <div class="compare">
        <form class="card" method="post" action="${href(o.number)}/edit" aria-label="编报稿">
          ${csrfField(c)}
          <div class="field"><label for="title">标题</label><input type="text" id="title" name="title" maxlength="40" required value="${fields.title}"></div>
          <div class="field"><label for="category">类别</label><select id="category" name="category">${OPINION_CATEGORIES.map((v) => html`<option value="${v}"${v === fields.category ? html` selected` : ''}>${v}</option>`)}</select></div>
          <div class="field"><label for="situation">情况与问题</label><textarea id="situation" name="situation" maxlength="3000" required>${fields.situation}</textarea></div>
          <div class="field"><label for="suggestion">意见建议</label><textarea id="suggestion" name="suggestion" maxlength="2000" required>${fields.suggestion}</textarea></div>
          <div class="actions"><button type="submit" class="primary">保存编报稿</button><a class="button" href="${href(o.number)}">取消</a></div>
        </form>
        <section class="card" aria-labelledby="original">
          <h2 id="original">原文（委员提交，不会改动）</h2>
          <h3>${o.fields.title}</h3>
          <p class="muted">类别：${o.fields.category}</p>
          <h4>情况与问题</h4><p class="text">${o.fields.situation}</p>
          <h4>意见建议</h4><p class="text">${o.fields.suggestion}</p>
        </section>
      </div>`,
  });
}
