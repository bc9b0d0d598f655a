import type { Context } from 'hono';
import { html } from 'hono/html';
import { citedIn, renderAnswer } from '../../answering/render.ts';
import type { Answer, Passage } from '../../answering/types.ts';
import type { HitTest } from '../../knowledge/knowledge-desk.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html, type PageOptions } from '../layout/page.ts';
import { KIND_LABEL } from './view.ts';

/** As long as a question members may ask in chat is, about. */
export const MAX_QUESTION_CHARS = 200;
/** A passage is shown up to this many characters; its whole text is what the answerer reads. */
const SHOWN_CHARS = 400;

const VIA: Record<Answer['via'], string> = { extractive: '离线抽取', llm: '大模型', declined: '未回答', curated: '工作人员答复' };

function form(c: Context<WorkbenchEnv>, question: string): Html {
  return html`<form class="card" method="post" action="/knowledge/test" aria-label="命中测试">
    ${csrfField(c)}
    <div class="field"><label for="question">问题（像委员那样提问）</label>
      <input type="search" id="question" name="question" maxlength="${MAX_QUESTION_CHARS}" required value="${question}"></div>
    <p class="muted">测试的问题不计入问答记录，也不作为追问的上下文。</p>
    <div class="actions"><button type="submit" class="primary">测试</button></div>
  </form>`;
}

/** Whether the answer cites this passage's document and section. */
function cited(answer: Answer, p: Passage): boolean {
  return citedIn(answer).some((c) => c.source === p.doc.id && c.section === p.chunk.section);
}

function passages(result: HitTest): Html {
  if (result.passages.length === 0) return html`<p class="card muted">没有检索到任何段落。</p>`;
  return html`<ol class="passages">${result.passages.map(
    (p) => html`<li class="card passage">
      <p><strong>《${p.doc.title}》</strong>${p.chunk.section ? html` <span class="muted">${p.chunk.section}</span>` : ''}</p>
      <p class="muted">得分 <strong data-score>${p.score.toFixed(4)}</strong> · ${KIND_LABEL[p.doc.kind]}${p.doc.city ? ` · ${p.doc.city}` : ''}${p.doc.year ? ` · ${p.doc.year} 年度` : ''}${cited(result.answer, p) ? html` · <span class="badge badge-done">回答引用</span>` : ''}</p>
      <p class="text">${p.chunk.text.length > SHOWN_CHARS ? `${p.chunk.text.slice(0, SHOWN_CHARS)}…` : p.chunk.text}</p>
    </li>`,
  )}</ol>`;
}

export function hitTestPage(c: Context<WorkbenchEnv>, question = '', result: HitTest | null = null, flash: PageOptions['flash'] = null): Html {
  return page(c, {
    title: '命中测试',
    flash,
    body: html`<p><a href="/knowledge">← 返回知识库</a></p>
      <h1>命中测试</h1>
      ${form(c, question)}
      ${result
        ? html`<section class="card" aria-labelledby="answer-title">
              <h2 id="answer-title">助手的回答 <span class="badge">${VIA[result.answer.via]}</span></h2>
              ${result.understood !== question.trim() ? html`<p class="muted">按报告用语理解为：${result.understood}</p>` : ''}
              <p class="text" data-answer>${renderAnswer(result.answer)}</p>
            </section>
            <section aria-labelledby="passages-title">
              <h2 id="passages-title">检索到的段落（按得分从高到低）</h2>
              ${passages(result)}
            </section>`
        : ''}`,
  });
}
