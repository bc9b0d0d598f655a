import type { Context } from 'hono';
import { describeFieldChanges } from '../../notices/field-changes.ts';
import { NoticeStoreError } from '../../notices/notice-store.ts';
import type { Notice } from '../../notices/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { scriptRoute } from '../layout/assets.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { backToForm, newForm, preview, saveDraft, sendAndRecord, sendNew } from './compose-actions.ts';
import { checkFields, formOf, readComposeForm } from './compose-form.ts';
import { editPage } from './compose-page.ts';
import { exportRoll } from './export.ts';
import { listPage } from './list-page.ts';
import { renderRollSection, rollPage } from './roll-page.ts';
import { DONE, href, loadNotice } from './view.ts';

type Handler = (c: Context<WorkbenchEnv>, notice: Notice) => Response | Promise<Response>;

/** A handler of /notices/:id/…, given the notice (or answering 404 for an unknown id). */
function withNotice(handler: Handler) {
  return async (c: Context<WorkbenchEnv>) => {
    const notice = await loadNotice(c);
    return notice instanceof Response ? notice : handler(c, notice);
  };
}

/** The roll page, with a flash from a redirect's code or from a refused action. */
async function show(c: Context<WorkbenchEnv>, notice: Notice, flash?: { kind: 'ok' | 'error'; text: string }, status: 200 | 409 = 200): Promise<Response> {
  const detail = await c.var.deps.notices.rollDetail(notice.id);
  const code = c.req.query('done') ?? '';
  const count = Number(c.req.query('count'));
  const said = flash ?? (code === 'reminded' && Number.isInteger(count) ? { kind: 'ok' as const, text: count > 0 ? `已向 ${count} 位未回复的委员发送提醒（消息由运行中的机器人发送）。` : '没有需要提醒的委员：都已回复，或未绑定聊天账号。' } : (DONE[code] ?? null));
  return c.html(await rollPage(c, detail, said), status);
}

/** Runs a change the store may refuse (a notice already sent, cancelled, past its deadline): the refusal is shown on the page. */
function refusable(act: (c: Context<WorkbenchEnv>, notice: Notice) => Promise<string>): Handler {
  return async (c, notice) => {
    try {
      return c.redirect(await act(c, notice), 303);
    } catch (error) {
      if (!(error instanceof NoticeStoreError)) throw error;
      const current = (await c.var.deps.notices.get(notice.id)) ?? notice;
      return show(c, current, { kind: 'error', text: error.message }, 409);
    }
  };
}

const sendDraft = refusable(async (c, notice) => {
  await sendAndRecord(c, notice.id);
  return `${href(notice.id)}?done=sent`;
});

const remind = refusable(async (c, notice) => {
  const { deps, viewer } = c.var;
  const queued = await deps.notices.remindNow(notice.id, viewer!.name, deps.now());
  await deps.audit.record({ actor: viewer!.name, action: 'notice.remind', target: `通知 ${notice.id}`, detail: `${notice.fields.title}：提醒 ${queued} 位未回复的委员`, at: deps.now() });
  return `${href(notice.id)}?done=reminded&count=${queued}`;
});

const cancel = refusable(async (c, notice) => {
  const { deps, viewer } = c.var;
  const form = await c.req.parseBody();
  if (form.confirm !== 'yes') return `${href(notice.id)}?done=confirm`;
  await deps.notices.cancel(notice.id, viewer!.name, deps.now());
  await deps.audit.record({ actor: viewer!.name, action: 'notice.cancel', target: `通知 ${notice.id}`, detail: notice.fields.title, at: deps.now() });
  return `${href(notice.id)}?done=cancelled`;
});

async function saveEdit(c: Context<WorkbenchEnv>, notice: Notice): Promise<Response> {
  const { deps, viewer } = c.var;
  const form = readComposeForm(await c.req.parseBody({ all: true }));
  if (notice.status === '已取消') return show(c, notice, { kind: 'error', text: `通知 ${notice.id} 已取消，不能再修改。` }, 409);
  const checked = checkFields(form, deps.now(), notice.fields.replyBy);
  if ('problems' in checked) return c.html(editPage(c, notice, form, checked.problems), 422);
  const detail = describeFieldChanges(notice.fields, checked.fields);
  if (detail.endsWith('内容未变')) return c.html(editPage(c, notice, form, ['内容没有变化，未保存，也没有通知委员。']), 422);
  return refusable(async () => {
    await deps.notices.change(notice.id, checked.fields, viewer!.name, deps.now());
    await deps.audit.record({ actor: viewer!.name, action: 'notice.change', target: `通知 ${notice.id}`, detail, at: deps.now() });
    return `${href(notice.id)}?done=changed`;
  })(c, notice);
}

/** The roll alone, for notice-roll.js: 304 while it is what the page already shows. */
async function rollFragment(c: Context<WorkbenchEnv>, notice: Notice): Promise<Response> {
  const { body, etag } = await renderRollSection(await c.var.deps.notices.rollDetail(notice.id));
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
  return c.html(body, 200, { ETag: etag });
}

export const NOTICE_ROUTES: WorkbenchRoute[] = [
  scriptRoute('/assets/notice-roll.js', new URL('./notice-roll.js', import.meta.url)),
  { method: 'GET', path: '/notices', role: 'staff', nav: '会议通知', handler: listPage },
  { method: 'GET', path: '/notices/new', role: 'staff', handler: newForm },
  { method: 'POST', path: '/notices/new', role: 'staff', handler: backToForm },
  { method: 'POST', path: '/notices/preview', role: 'staff', handler: preview },
  { method: 'POST', path: '/notices/send', role: 'staff', handler: sendNew },
  { method: 'POST', path: '/notices/draft', role: 'staff', handler: saveDraft },
  { method: 'GET', path: '/notices/:id', role: 'staff', handler: withNotice((c, notice) => show(c, notice)) },
  { method: 'GET', path: '/notices/:id/roll', role: 'staff', handler: withNotice(rollFragment) },
  { method: 'GET', path: '/notices/:id/export', role: 'staff', handler: withNotice(exportRoll) },
  { method: 'POST', path: '/notices/:id/send', role: 'staff', handler: withNotice(sendDraft) },
  { method: 'POST', path: '/notices/:id/remind', role: 'staff', handler: withNotice(remind) },
  {
    method: 'GET',
    path: '/notices/:id/edit',
    role: 'staff',
    handler: withNotice((c, notice) => (notice.status === '已取消' ? show(c, notice, { kind: 'error', text: `通知 ${notice.id} 已取消，不能再修改。` }, 409) : c.html(editPage(c, notice, formOf(notice))))),
  },
  { method: 'POST', path: '/notices/:id/edit', role: 'staff', handler: withNotice(saveEdit) },
  { method: 'POST', path: '/notices/:id/cancel', role: 'staff', handler: withNotice(cancel) },
];
