import { changeStatusAndTell } from '../../opinions/change-status.ts';
import { OpinionStoreError } from '../../opinions/opinion-store.ts';
import { isOpinionStatus } from '../../opinions/types.ts';
import { EDITED_FIELD_NAMES, editionProblem, type EditedFields } from '../../staff/editions.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { detailPage } from './detail-page.ts';
import { editPage } from './edit-page.ts';
import { exportFiltered } from './export.ts';
import { listPage } from './list-page.ts';
import { href, loadOpinion } from './view.ts';

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim().slice(0, max) : '';
}

/** What a flash after a redirect says: fixed codes in the URL, never the text itself. */
const DONE: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  told: { kind: 'ok', text: '状态已修改，已通知反映人（消息由运行中的机器人发送）。' },
  untold: { kind: 'error', text: '状态已修改，但无法通知反映人：其账号未绑定聊天，请另行告知。' },
  edited: { kind: 'ok', text: '编报稿已保存，委员的原文保持不变。' },
};

export const OPINION_ROUTES: WorkbenchRoute[] = [
  { method: 'GET', path: '/opinions', role: 'staff', nav: '社情民意', handler: (c) => listPage(c, c.req.query(), false) },
  { method: 'POST', path: '/opinions', role: 'staff', handler: async (c) => listPage(c, await c.req.parseBody(), true) },
  { method: 'POST', path: '/opinions/export', role: 'staff', handler: exportFiltered },
  {
    method: 'GET',
    path: '/opinions/:number',
    role: 'staff',
    handler: async (c) => {
      const opinion = await loadOpinion(c);
      if (opinion instanceof Response) return opinion;
      return c.html(await detailPage(c, opinion, { flash: DONE[c.req.query('done') ?? ''] ?? null }));
    },
  },
  {
    method: 'POST',
    path: '/opinions/:number/status',
    role: 'staff',
    handler: async (c) => {
      const opinion = await loadOpinion(c);
      if (opinion instanceof Response) return opinion;
      const { deps, viewer } = c.var;
      const form = await c.req.parseBody();
      const to = text(form.to, 10);
      const note = text(form.note, 500);
      if (!isOpinionStatus(to)) return c.html(await detailPage(c, opinion, { flash: { kind: 'error', text: '请选择要改为的状态。' }, note }), 400);
      try {
        const { told, opinion: changed } = await changeStatusAndTell(deps, { number: opinion.number, to, note, actor: viewer!.name, now: deps.now() }, deps.log);
        const said = changed.statusNote ? `；说明：${changed.statusNote}` : '';
        await deps.audit.record({ actor: viewer!.name, action: 'opinion.status', target: changed.number, detail: `${opinion.status} → ${changed.status}${said}`, at: deps.now() });
        return c.redirect(`${href(opinion.number)}?done=${told ? 'told' : 'untold'}`, 303);
      } catch (error) {
        if (!(error instanceof OpinionStoreError)) throw error;
        const current = (await deps.opinions.get(opinion.number)) ?? opinion;
        return c.html(await detailPage(c, current, { flash: { kind: 'error', text: error.message }, note }), 422);
      }
    },
  },
  {
    method: 'GET',
    path: '/opinions/:number/edit',
    role: 'staff',
    handler: async (c) => {
      const opinion = await loadOpinion(c);
      if (opinion instanceof Response) return opinion;
      const latest = (await c.var.deps.editions.history(opinion.number)).at(-1);
      return c.html(editPage(c, opinion, latest?.fields ?? opinion.fields));
    },
  },
  {
    method: 'POST',
    path: '/opinions/:number/edit',
    role: 'staff',
    handler: async (c) => {
      const opinion = await loadOpinion(c);
      if (opinion instanceof Response) return opinion;
      const { deps, viewer } = c.var;
      const form = await c.req.parseBody();
      const fields = Object.fromEntries(EDITED_FIELD_NAMES.map((name) => [name, text(form[name], 4000)])) as unknown as EditedFields;
      const problem = editionProblem(fields);
      if (problem) return c.html(editPage(c, opinion, fields, problem), 422);
      await deps.editions.save({ number: opinion.number, fields, editor: viewer!.name, now: deps.now() });
      await deps.audit.record({ actor: viewer!.name, action: 'opinion.edition', target: opinion.number, detail: '保存编报稿（原文不变）', at: deps.now() });
      deps.log.info({ number: opinion.number }, 'opinion edition saved from the workbench');
      return c.redirect(`${href(opinion.number)}?done=edited`, 303);
    },
  },
];
