import type { Context } from 'hono';
import type { DocumentKind } from '../../knowledge/types.ts';
import { MAX_DOCUMENT_BYTES } from '../../knowledge/upload-check.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { scriptRoute } from '../layout/assets.ts';
import { messagePage } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { hitTestPage, MAX_QUESTION_CHARS } from './hit-test-page.ts';
import { confirmRemovePage, listPage } from './list-page.ts';
import { deskOf, progressJson } from './view.ts';

function text(form: Record<string, unknown>, name: string, max: number): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** Fixed flash codes after a redirect: never text from the request in a URL. */
const DONE: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  uploaded: { kind: 'ok', text: '文档已上传，索引的更新情况见下方。' },
  removed: { kind: 'ok', text: '文档已删除，索引的更新情况见下方。' },
  reindex: { kind: 'ok', text: '已开始更新索引。' },
};

async function errorPage(c: Context<WorkbenchEnv>, status: 400 | 413 | 422, message: string): Promise<Response> {
  const desk = await deskOf(c);
  if (desk instanceof Response) return desk;
  return c.html(await listPage(c, desk, { kind: 'error', text: message }), status);
}

export const KNOWLEDGE_ROUTES: WorkbenchRoute[] = [
  {
    method: 'GET',
    path: '/knowledge',
    role: 'staff',
    nav: '知识库',
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      return c.html(await listPage(c, desk, DONE[c.req.query('done') ?? ''] ?? null));
    },
  },
  {
    method: 'POST',
    path: '/knowledge/upload',
    role: 'staff',
    maxBodyBytes: MAX_DOCUMENT_BYTES + 64 * 1024,
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      const { deps, viewer } = c.var;
      const form = await c.req.parseBody();
      const file = form.file;
      const kind = text(form, 'kind', 10);
      if (!(file instanceof File) || file.size === 0) return errorPage(c, 400, '请选择要上传的文档。');
      if (kind !== 'report' && kind !== 'rule') return errorPage(c, 400, '请选择类别：工作报告或规程办法。');
      if (file.size > MAX_DOCUMENT_BYTES) return errorPage(c, 413, `文件过大，最大 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB。`);
      const result = await desk.upload(kind as DocumentKind, file.name, Buffer.from(await file.arrayBuffer()), { replace: text(form, 'replace', 5) === 'yes', by: viewer!.name });
      if (!result.ok) return errorPage(c, 422, result.problem);
      const { meta } = result;
      const facts = [meta.city ? `城市 ${meta.city}` : '城市未识别', meta.year ? `年度 ${meta.year}` : '年度未识别', `${result.chunks} 个分段`].join('，');
      deps.log.info({ document: result.id, chunks: result.chunks }, 'knowledge document uploaded from the workbench');
      await deps.audit.record({ actor: viewer!.name, action: 'knowledge.upload', target: result.id, detail: `${result.replaced ? '替换' : '上传'}《${meta.title}》（${facts}）`, at: deps.now() });
      return c.redirect('/knowledge?done=uploaded', 303);
    },
  },
  {
    method: 'POST',
    path: '/knowledge/remove',
    role: 'staff',
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      const { deps, viewer } = c.var;
      const form = await c.req.parseBody();
      const id = text(form, 'doc', 300);
      const doc = (await desk.documents()).find((d) => d.id === id && d.bytes !== null);
      if (!doc) return noSuchDocument(c);
      if (text(form, 'confirm', 5) !== 'yes') return c.html(confirmRemovePage(c, doc));
      const removed = await desk.remove(doc.id, viewer!.name);
      if (removed === 'last') return errorPage(c, 422, '这是知识库中唯一的文档，不能删除：机器人至少需要一个文档才能回答。请先上传新文档。');
      if (removed === 'missing') return noSuchDocument(c);
      deps.log.info({ document: doc.id }, 'knowledge document removed from the workbench');
      await deps.audit.record({ actor: viewer!.name, action: 'knowledge.remove', target: doc.id, detail: `删除《${doc.title}》`, at: deps.now() });
      return c.redirect('/knowledge?done=removed', 303);
    },
  },
  {
    method: 'POST',
    path: '/knowledge/reindex',
    role: 'staff',
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      const { deps, viewer } = c.var;
      const all = text(await c.req.parseBody(), 'mode', 10) === 'all';
      await desk.reindex(all, viewer!.name);
      await deps.audit.record({ actor: viewer!.name, action: 'knowledge.reindex', target: 'knowledge', detail: all ? '全部重建索引' : '更新索引（有变化的文档）', at: deps.now() });
      return c.redirect('/knowledge?done=reindex', 303);
    },
  },
  {
    // Polled by the page's script while an update runs (progress.js).
    method: 'GET',
    path: '/knowledge/progress',
    role: 'staff',
    handler: (c) => {
      const desk = c.var.deps.knowledge;
      return desk ? c.json(progressJson(desk.progress())) : c.json({ state: 'unavailable' }, 503);
    },
  },
  {
    method: 'GET',
    path: '/knowledge/test',
    role: 'staff',
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      return c.html(hitTestPage(c));
    },
  },
  {
    method: 'POST',
    path: '/knowledge/test',
    role: 'staff',
    handler: async (c) => {
      const desk = await deskOf(c);
      if (desk instanceof Response) return desk;
      const question = text(await c.req.parseBody(), 'question', MAX_QUESTION_CHARS);
      if (!question) return c.html(hitTestPage(c, '', null, { kind: 'error', text: '请输入要测试的问题。' }), 400);
      // Nothing of the question is logged: it may be a member's question staff are checking.
      const result = await desk.hitTest(question);
      c.var.deps.log.info({ passages: result.passages.length, answered: result.answer.answered }, 'knowledge hit test');
      return c.html(hitTestPage(c, question, result));
    },
  },
  scriptRoute('/assets/knowledge-progress.js', new URL('./progress.js', import.meta.url)),
];

/** A document asked for that is not (or no longer) in the knowledge base. */
function noSuchDocument(c: Context<WorkbenchEnv>): Response | Promise<Response> {
  return c.html(messagePage(c, { title: '未找到', text: '知识库中没有这个文档，可能已被删除。', link: { href: '/knowledge', label: '返回知识库' } }), 404);
}
