import type { Context } from 'hono';
import { html } from 'hono/html';
import type { CuratedAnswer } from '../../answering/curated-answers.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, messagePage, page, type Html, type PageOptions } from '../layout/page.ts';
import { nearAnswers } from './groups.ts';
import { day, tabs } from './view.ts';

export const QUESTION_MAX = 200;
export const ANSWER_MAX = 2000;

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim().slice(0, max) : '';
}

interface Typed {
  question: string;
  answer: string;
}

function addForm(c: Context<WorkbenchEnv>, typed: Typed): Html {
  return html`<section class="card" aria-labelledby="add">
    <h2 id="add">添加工作人员答复</h2>
    <form method="post" action="/questions/answers">
      ${csrfField(c)}
      <div class="field"><label for="question">问题</label><input type="text" id="question" name="question" maxlength="${QUESTION_MAX}" value="${typed.question}" required></div>
      <div class="field"><label for="answer">答复</label><textarea id="answer" name="answer" maxlength="${ANSWER_MAX}" required>${typed.answer}</textarea></div>
      <div class="actions"><button type="submit" class="primary">保存答复</button></div>
    </form>
  </section>`;
}

function answerCard(c: Context<WorkbenchEnv>, a: CuratedAnswer): Html {
  return html`<article class="card" aria-labelledby="a${a.id}">
    <p class="muted">第 ${a.id} 条 · ${day(a.createdAt)}${a.createdBy ? ` · ${a.createdBy}` : ''}</p>
    <h3 id="a${a.id}">问：${a.question}</h3>
    <p class="text">答：${a.answer}</p>
    <form method="post" action="/questions/answers/${a.id}/remove">
      ${csrfField(c)}
      <button type="submit" class="secondary" aria-label="删除第 ${a.id} 条答复">删除</button>
    </form>
  </article>`;
}

/** Every staff answer, newest first, and a form for another. */
export async function answersPage(c: Context<WorkbenchEnv>, options: { flash?: PageOptions['flash']; typed?: Typed } = {}): Promise<Html> {
  const answers = (await c.var.deps.curatedAnswers.list()).reverse();
  return page(c, {
    title: '工作人员答复',
    flash: options.flash ?? null,
    body: html`<h1>问答记录</h1>${tabs(c)}
      <p>知识库答不好的问题，由工作人员写好答复：委员问到相同或相近的问题时，机器人给出这条答复，注明“工作人员答复”和日期。
        答复保存在数据库中，重新导入知识库不受影响。</p>
      ${addForm(c, options.typed ?? { question: '', answer: '' })}
      <h2>已有答复（${answers.length} 条）</h2>
      ${answers.length === 0 ? html`<p class="card muted">还没有工作人员答复。可以从“未答上的问题”中挑常问的问题来写。</p>` : answers.map((a) => answerCard(c, a))}`,
  });
}

const DONE: Record<string, string> = { added: '答复已保存。委员问到相同或相近的问题时，机器人将给出这条答复。', removed: '答复已删除。' };

export async function showAnswers(c: Context<WorkbenchEnv>): Promise<Response> {
  const done = DONE[c.req.query('done') ?? ''];
  // Only numbers come back in the link: which older answers the new one overrides.
  const near = (c.req.query('near') ?? '').split(',').filter((n) => /^\d{1,9}$/.test(n));
  const also = near.length > 0 ? `与已有的第 ${near.join('、')} 条问题相近，今后按这条较新的答复回答；旧的可以删除。` : '';
  return c.html(await answersPage(c, { flash: done ? { kind: 'ok', text: `${done}${also}` } : null }));
}

/** Saves an answer through the store the bot reads, signed by who is signed in, and records it. */
export async function addAnswer(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps, viewer } = c.var;
  const form = await c.req.parseBody();
  const typed = { question: text(form.question, QUESTION_MAX), answer: text(form.answer, ANSWER_MAX) };
  if ([...typed.question].length < 2 || [...typed.answer].length < 2) {
    return c.html(await answersPage(c, { flash: { kind: 'error', text: '请同时填写问题和答复。' }, typed }), 422);
  }
  const now = deps.now();
  const added = await deps.curatedAnswers.add({ ...typed, createdAt: now, createdBy: viewer!.name });
  await deps.audit.record({ actor: viewer!.name, action: 'answers.add', target: `第 ${added.id} 条`, detail: `问：${added.question}`, at: now });
  deps.log.info({ answer: added.id }, 'curated answer added from the workbench');
  const near = await nearAnswers(deps, added);
  return c.redirect(`/questions/answers?done=added${near.length > 0 ? `&near=${near.map((a) => a.id).join(',')}` : ''}`, 303);
}

export async function removeAnswer(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps, viewer } = c.var;
  const id = Number(c.req.param('id'));
  // Looked up first, so the log says which question lost its answer.
  const removed = Number.isSafeInteger(id) && id > 0 ? (await deps.curatedAnswers.list()).find((a) => a.id === id) : undefined;
  if (!removed || !(await deps.curatedAnswers.remove(id))) {
    return c.html(messagePage(c, { title: '未找到', text: '没有这条工作人员答复，可能已被删除。', link: { href: '/questions/answers', label: '返回答复列表' } }), 404);
  }
  await deps.audit.record({ actor: viewer!.name, action: 'answers.remove', target: `第 ${id} 条`, detail: `问：${removed.question}`, at: deps.now() });
  deps.log.info({ answer: id }, 'curated answer removed from the workbench');
  return c.redirect('/questions/answers?done=removed', 303);
}
