import type { Context } from 'hono';
import { renderNoticeBody } from '../../notices/render.ts';
import { describeTargets } from '../../notices/targets-text.ts';
import type { Notice, NoticeFields, NoticeTargets, Recipient } from '../../notices/types.ts';
import type { WorkbenchDeps, WorkbenchEnv } from '../deps.ts';
import { checkComposeForm, EMPTY_FORM, readComposeForm, type ComposeForm } from './compose-form.ts';
import { composePage, pickerChoices, previewPage, type Reach } from './compose-page.ts';
import { href, when } from './view.ts';

/** Compose → preview → send (or keep as a draft): the web's side of what chat and the CLI do. */

async function posted(c: Context<WorkbenchEnv>): Promise<ComposeForm> {
  return readComposeForm(await c.req.parseBody({ all: true }));
}

async function formAgain(c: Context<WorkbenchEnv>, form: ComposeForm, problems: string[]): Promise<Response> {
  return c.html(composePage(c, form, await pickerChoices(c), problems), problems.length ? 422 : 200);
}

/** Whom the targets reach as the registry stands now; names typed that match nobody are pointed out. */
async function reachOf(deps: WorkbenchDeps, targets: NoticeTargets): Promise<Reach> {
  const found = await deps.notices.recipientsFor(targets);
  let unknown: string[] = [];
  if (targets.members.length) {
    const named = await deps.notices.recipientsFor({ allMembers: false, sectors: [], committees: [], members: targets.members, groups: [] });
    const known = new Set(named.flatMap((m) => [m.name, m.memberId]));
    unknown = targets.members.filter((name) => !known.has(name));
  }
  return { names: found.map((m) => m.name), unbound: found.filter((m) => m.accounts.length === 0).length, groups: targets.groups.length, unknown };
}

/** The message as members will read it; the number in the reply hint is given when it is saved. */
function asSent(fields: NoticeFields): string {
  if (!fields.needsReply) return renderNoticeBody(fields);
  const by = fields.replyBy ? `请于 ${when(fields.replyBy)} 前` : '请';
  return `${renderNoticeBody(fields)}\n\n${by}回复“参加”或“请假 原因”（通知编号保存时生成）。`;
}

export async function newForm(c: Context<WorkbenchEnv>): Promise<Response> {
  return formAgain(c, EMPTY_FORM, []);
}

/** 返回修改 on the preview: the form as it was, to go on editing. */
export async function backToForm(c: Context<WorkbenchEnv>): Promise<Response> {
  return formAgain(c, await posted(c), []);
}

export async function preview(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps } = c.var;
  const form = await posted(c);
  const checked = checkComposeForm(form, deps.now());
  if ('problems' in checked) return formAgain(c, form, checked.problems);
  return c.html(previewPage(c, form, asSent(checked.fields), checked.targets, await reachOf(deps, checked.targets)));
}

/** The same notice sent by the same person a moment ago: a second press of 发送, or the browser's back and resend. */
async function justSent(deps: WorkbenchDeps, by: string, fields: NoticeFields, targets: NoticeTargets): Promise<Notice | undefined> {
  const since = deps.now().getTime() - 10 * 60_000;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (await deps.notices.list()).find((n) => n.createdBy === by && n.status !== '草稿' && n.createdAt.getTime() >= since && same(n.fields, fields) && same(n.targets, targets));
}

async function create(c: Context<WorkbenchEnv>, fields: NoticeFields, targets: NoticeTargets): Promise<Notice> {
  const { deps, viewer } = c.var;
  const notice = await deps.notices.create(fields, targets, viewer!.name, deps.now());
  await deps.audit.record({ actor: viewer!.name, action: 'notice.create', target: `通知 ${notice.id}`, detail: `${fields.title}（发送对象：${describeTargets(targets)}）`, at: deps.now() });
  return notice;
}

/** Saved and sent in one step, through NoticeService.send: recipients resolved now, the outbox delivers. */
export async function sendNew(c: Context<WorkbenchEnv>): Promise<Response> {
  const { deps, viewer } = c.var;
  const form = await posted(c);
  const checked = checkComposeForm(form, deps.now());
  if ('problems' in checked) return formAgain(c, form, checked.problems);
  const twin = await justSent(deps, viewer!.name, checked.fields, checked.targets);
  if (twin) return c.redirect(`${href(twin.id)}?done=again`, 303);
  const draft = await create(c, checked.fields, checked.targets);
  await sendAndRecord(c, draft.id);
  return c.redirect(`${href(draft.id)}?done=sent`, 303);
}

export async function saveDraft(c: Context<WorkbenchEnv>): Promise<Response> {
  const form = await posted(c);
  const checked = checkComposeForm(form, c.var.deps.now());
  if ('problems' in checked) return formAgain(c, form, checked.problems);
  const draft = await create(c, checked.fields, checked.targets);
  return c.redirect(`${href(draft.id)}?done=saved`, 303);
}

/** Sends a draft and records it, as `liaison notices send` does. Throws NoticeStoreError when it is no draft. */
export async function sendAndRecord(c: Context<WorkbenchEnv>, id: number): Promise<{ notice: Notice; recipients: Recipient[] }> {
  const { deps, viewer } = c.var;
  const sent = await deps.notices.send(id, viewer!.name, deps.now());
  const { notice, recipients } = sent;
  const unreachable = recipients.filter((r) => !r.address).length;
  const detail = `${notice.fields.title}：${recipients.length} 位委员（${unreachable} 位无法送达），${notice.targets.groups.length} 个群`;
  await deps.audit.record({ actor: viewer!.name, action: 'notice.send', target: `通知 ${notice.id}`, detail, at: deps.now() });
  return sent;
}
