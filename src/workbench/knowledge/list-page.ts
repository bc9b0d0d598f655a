import type { Context } from 'hono';
import { html } from 'hono/html';
import type { DocumentRow, KnowledgeDesk } from '../../knowledge/knowledge-desk.ts';
import { MAX_DOCUMENT_BYTES } from '../../knowledge/upload-check.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html, type PageOptions } from '../layout/page.ts';
import { KIND_LABEL, progressCard, size } from './view.ts';

const STATE: Record<DocumentRow['state'], Html> = {
  indexed: html`<span class="badge badge-done">已入库</span>`,
  pending: html`<span class="badge badge-new">待更新索引</span>`,
  failed: html`<span class="badge badge-no">无法读取</span>`,
  removed: html`<span class="badge badge-no">已删除，待更新索引</span>`,
};

function uploadForm(c: Context<WorkbenchEnv>, servesChat: boolean): Html {
  return html`<form class="card" method="post" action="/knowledge/upload" enctype="multipart/form-data" aria-labelledby="upload-title">
    <h2 id="upload-title">上传文档</h2>
    ${csrfField(c)}
    <div class="field"><label for="file">文档（.txt、.md、.docx、.pdf，不超过 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB）</label>
      <input type="file" id="file" name="file" accept=".txt,.md,.docx,.pdf" required></div>
    <fieldset class="field choices"><legend>类别</legend>
      <label class="inline"><input type="radio" name="kind" value="report" checked> 工作报告</label>
      <label class="inline"><input type="radio" name="kind" value="rule"> 规程办法</label>
    </fieldset>
    <div class="field"><label class="inline"><input type="checkbox" name="replace" value="yes"> 替换同名文档</label></div>
    <p class="muted">文件名请写明年度与单位，如“2024-武汉市政协常委会工作报告.docx”：年度（所总结的工作年度）和城市据此识别。
      ${servesChat ? '上传后自动更新索引，完成后机器人即用新文档回答。' : '本工作台单独运行（liaison web）：上传后更新索引，运行中的机器人在下次启动后用新文档回答。'}</p>
    <div class="actions"><button type="submit" class="primary">上传</button></div>
  </form>`;
}

function table(c: Context<WorkbenchEnv>, rows: readonly DocumentRow[]): Html {
  return html`<table class="table">
    <thead><tr><th>文档</th><th>类别</th><th>城市</th><th>年度</th><th>分段</th><th>大小</th><th>状态</th><th>操作</th></tr></thead>
    <tbody>${rows.map(
      (d) => html`<tr>
        <td data-label="文档">${d.title}<br><span class="muted">${d.id}</span>${d.problem ? html`<br><span class="muted">${d.problem}</span>` : ''}</td>
        <td data-label="类别">${KIND_LABEL[d.kind]}</td>
        <td data-label="城市">${d.city ?? '-'}</td>
        <td data-label="年度">${d.year ?? '-'}</td>
        <td data-label="分段">${d.chunks}</td>
        <td data-label="大小">${size(d.bytes)}</td>
        <td data-label="状态">${STATE[d.state]}</td>
        <td data-label="操作">${d.bytes === null
          ? '-'
          : html`<form method="post" action="/knowledge/remove">${csrfField(c)}<input type="hidden" name="doc" value="${d.id}"><button type="submit" class="secondary" aria-label="删除 ${d.title}">删除</button></form>`}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function reindexForm(c: Context<WorkbenchEnv>): Html {
  return html`<form class="card" method="post" action="/knowledge/reindex" aria-labelledby="reindex-title">
    <h2 id="reindex-title">重建索引</h2>
    ${csrfField(c)}
    <p class="muted">直接放进 knowledge 文件夹的文档、修改过的清洗规则，在这里更新索引后生效。“全部重建”重新处理每个文档，用时较长。</p>
    <div class="actions">
      <button type="submit" class="primary" name="mode" value="changed">更新索引（只处理有变化的文档）</button>
      <button type="submit" class="secondary" name="mode" value="all">全部重建</button>
    </div>
  </form>`;
}

export async function listPage(c: Context<WorkbenchEnv>, desk: KnowledgeDesk, flash: PageOptions['flash'] = null): Promise<Html> {
  const live = await desk.live();
  const rows = await desk.documents();
  const indexed = rows.filter((d) => d.state === 'indexed');
  return page(c, {
    title: '知识库',
    flash,
    scripts: ['/assets/knowledge-progress.js'],
    body: html`<h1>知识库</h1>
      <p>共 <strong>${indexed.length}</strong> 个文档已入库，${indexed.reduce((n, d) => n + d.chunks, 0)} 个分段。<a href="/knowledge/test">命中测试 →</a></p>
      ${progressCard(desk.progress())}
      ${uploadForm(c, live.servesChat)}
      <section aria-labelledby="docs-title">
        <h2 id="docs-title">文档</h2>
        ${table(c, rows)}
      </section>
      ${reindexForm(c)}`,
  });
}

/** Removing asks once more, naming the document: the bot stops citing it at once. */
export function confirmRemovePage(c: Context<WorkbenchEnv>, doc: DocumentRow): Html {
  return page(c, {
    title: '删除文档',
    body: html`<section class="card message" aria-labelledby="remove-title">
      <h1 id="remove-title">删除文档</h1>
      <p>确定删除《${doc.title}》（${doc.id}）吗？删除后更新索引，机器人不再引用它。文件将从 knowledge 文件夹中删除，如需恢复请重新上传。</p>
      <form method="post" action="/knowledge/remove">
        ${csrfField(c)}
        <input type="hidden" name="doc" value="${doc.id}">
        <input type="hidden" name="confirm" value="yes">
        <div class="actions"><button type="submit" class="primary">确认删除</button><a class="button plain" href="/knowledge">取消</a></div>
      </form>
    </section>`,
  });
}
