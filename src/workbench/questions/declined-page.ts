import type { Context } from 'hono';
import { html } from 'hono/html';
import { readDateRange } from '../layout/date-range.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { csrfField, page, type Html } from '../layout/page.ts';
import { declinedGroups, type DeclinedGroup } from './groups.ts';
import { ANSWER_MAX, QUESTION_MAX } from './answers-page.ts';
import { day, tabs, when } from './view.ts';

/** A long tail of one-off questions helps nobody on one page. */
const GROUPS_SHOWN = 100;

function filterForm(from: string, to: string): Html {
  return html`<form class="card" method="get" action="/questions/declined" aria-label="筛选">
    <div class="filters">
      <div><label for="from">提问日期自</label><input type="date" id="from" name="from" value="${from}"></div>
      <div><label for="to">至</label><input type="date" id="to" name="to" value="${to}"></div>
    </div>
    <div class="actions"><button type="submit" class="primary">查询</button><a class="button plain" href="/questions/declined">清除条件</a></div>
  </form>`;
}

/** One group: how often, its wordings, and a form to answer it (or the answer that now covers it). */
function groupCard(c: Context<WorkbenchEnv>, g: DeclinedGroup, index: number): Html {
  const id = `g${index}`;
  return html`<article class="card question-group" aria-labelledby="${id}-q">
    <p class="group-count"><strong>${g.count}</strong> 次 <span class="muted">· 最近 ${when(g.lastAsked)}</span></p>
    <h2 id="${id}-q">${g.question}</h2>
    ${g.phrasings.length > 0 ? html`<p class="muted">也问作：${g.phrasings.join('；')}</p>` : ''}
    ${g.answeredBy
      ? html`<p><span class="badge badge-done">已有工作人员答复</span> 第 ${g.answeredBy.id} 条（${day(g.answeredBy.createdAt)}）：${g.answeredBy.answer}</p>`
      : ''}
    <details${g.answeredBy ? '' : html` open`}>
      <summary>${g.answeredBy ? '另写一条答复' : '写工作人员答复'}</summary>
      <form method="post" action="/questions/answers">
        ${csrfField(c)}
        <div class="field"><label for="${id}-question">问题（委员问到相同或相近的问题时给出答复）</label><input type="text" id="${id}-question" name="question" maxlength="${QUESTION_MAX}" value="${g.question}" required></div>
        <div class="field"><label for="${id}-answer">答复</label><textarea id="${id}-answer" name="answer" maxlength="${ANSWER_MAX}" required></textarea></div>
        <div class="actions"><button type="submit" class="primary">保存答复</button></div>
      </form>
    </details>
  </article>`;
}

/** The questions the bot could not answer, alike ones grouped and counted, most asked first. */
export async function declinedPage(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const from = (c.req.query('from') ?? '').trim().slice(0, 10);
  const to = (c.req.query('to') ?? '').trim().slice(0, 10);
  const { since, until, problem } = readDateRange(from, to);
  const head = html`<h1>问答记录</h1>${tabs(c)}${filterForm(from, to)}`;
  if (problem) return c.html(page(c, { title: '未答上的问题', flash: { kind: 'error', text: problem }, body: head }), 400);
  const { asked, groups } = await declinedGroups(deps, { since, until });
  const open = groups.filter((g) => !g.answeredBy).length;
  return c.html(
    page(c, {
      title: '未答上的问题',
      body: html`${head}
        ${asked === 0
          ? html`<p class="card muted">没有机器人未答上的问题。</p>`
          : html`<p aria-live="polite">机器人未答上的提问共 <strong>${asked}</strong> 次，相近的问法归为 <strong>${groups.length}</strong> 组，其中 ${open} 组尚无工作人员答复。
              写好答复后，委员问到相同或相近的问题，机器人即给出这条答复，注明“工作人员答复”和日期。</p>
              ${groups.slice(0, GROUPS_SHOWN).map((g, i) => groupCard(c, g, i + 1))}
              ${groups.length > GROUPS_SHOWN ? html`<p class="muted">另有 ${groups.length - GROUPS_SHOWN} 组只问过很少几次，未列出；可缩小日期范围查看。</p>` : ''}`}`,
    }),
  );
}
