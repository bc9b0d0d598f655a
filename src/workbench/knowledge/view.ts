import type { Context } from 'hono';
import { html } from 'hono/html';
import { formatChinaDateTime } from '../../china-time.ts';
import type { KnowledgeDesk } from '../../knowledge/knowledge-desk.ts';
import type { IndexRun } from '../../knowledge/live-knowledge.ts';
import type { DocumentKind } from '../../knowledge/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage, type Html } from '../layout/page.ts';

/** Pieces the 知识库 pages share. */

export const KIND_LABEL: Readonly<Record<DocumentKind, string>> = { report: '工作报告', rule: '规程办法' };

/** The served knowledge base's desk, or a page saying this process has none. */
export async function deskOf(c: Context<WorkbenchEnv>): Promise<KnowledgeDesk | Response> {
  const desk = c.var.deps.knowledge;
  if (desk) return desk;
  return c.html(messagePage(c, { title: '知识库不可用', text: '本进程没有加载知识库。请在运行机器人的程序（npm start）的工作台中管理知识库。' }), 503);
}

/** What the progress endpoint answers and the page's script reads (progress.js). */
export function progressJson(run: IndexRun | null): Record<string, unknown> {
  if (!run) return { state: 'idle', reason: '', done: 0, total: 0, item: '', summary: '', failed: [] };
  return {
    state: run.state,
    reason: run.reason,
    done: run.done,
    total: run.total,
    item: run.item,
    summary: run.summary,
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    failed: run.failed,
  };
}

export function progressText(run: IndexRun | null): string {
  if (!run || run.state === 'idle') return '自本次启动以来尚未更新过索引。';
  if (run.state === 'running') return `正在更新索引（${run.reason}）：${run.done} / ${run.total || '?'}${run.item ? `，刚处理完 ${run.item}` : ''}`;
  const when = run.finishedAt ? formatChinaDateTime(run.finishedAt) : '';
  return run.state === 'done' ? `索引已于 ${when} 更新（${run.reason}）：${run.summary}。` : `索引更新失败（${when}，${run.reason}）：${run.summary}`;
}

/**
 * The progress of the index update. While one runs, /assets/knowledge-progress.js polls
 * /knowledge/progress and moves the bar, then reloads the page when it is done.
 */
export function progressCard(run: IndexRun | null): Html {
  const running = run?.state === 'running';
  return html`<section class="card" aria-labelledby="progress-title" data-progress-url="/knowledge/progress" data-progress-state="${run?.state ?? 'idle'}">
    <h2 id="progress-title">索引</h2>
    <p data-progress-text role="status" aria-live="polite">${progressText(run)}</p>
    ${running ? html`<progress class="progress" data-progress-bar max="${Math.max(1, run.total)}" value="${run.done}"></progress>` : ''}
    ${run?.state === 'done' && run.failed.length > 0 ? html`<ul>${run.failed.map((f) => html`<li>无法读取：${f.file}（${f.reason}）</li>`)}</ul>` : ''}
  </section>`;
}

export function size(bytes: number | null): string {
  if (bytes === null) return '-';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
