import path from 'node:path';
import type { Context } from 'hono';
import { formatChinaDateTime } from '../../china-time.ts';
import { issueBindCode } from '../../members/bind-codes.ts';
import type { ImportPlan } from '../../members/import/plan-import.ts';
import { tableFromBytes } from '../../members/import/read-table.ts';
import { TableError } from '../../members/import/table.ts';
import { MemberConflict, type MemberRole } from '../../members/types.ts';
import type { WorkbenchEnv } from '../deps.ts';
import { messagePage } from '../layout/page.ts';
import type { WorkbenchRoute } from '../routes.ts';
import { codePage, detailPage } from './detail-page.ts';
import { importForm, MAX_REGISTRY_UPLOAD_BYTES, previewPage, resultPage } from './import-pages.ts';
import { listPage } from './list-page.ts';
import { PendingImports } from './pending-imports.ts';
import { field, href, loadMember, ROLE_LABEL } from './view.ts';

/** Uploads between preview and 确认导入, for every workbench of this process. */
const pending = new PendingImports();

function ownerOf(c: Context<WorkbenchEnv>): string {
  const { principal } = c.var.viewer!;
  return `${principal.kind}:${principal.id}`;
}

function importDetail(plan: ImportPlan): string {
  const { report, roleChanges } = plan;
  const roles = roleChanges.map((r) => `${r.name}（${r.id}）${r.from ? ROLE_LABEL[r.from] : '新增'}→${ROLE_LABEL[r.to]}`).join('、');
  return `新增 ${report.added} 人，更新 ${report.updated} 人，未变化 ${report.unchanged} 人，跳过 ${report.problems.length} 行${roles ? `；角色变更：${roles}` : ''}`;
}

/** Fixed flash codes after a redirect: never text from the request in a URL. */
const DONE: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  role: { kind: 'ok', text: '角色已修改。' },
  'role-same': { kind: 'ok', text: '角色没有变化。' },
  unlocked: { kind: 'ok', text: '已解除绑定锁定，可以再用“绑定 姓名 手机号后四位”绑定（工作人员仍须用绑定码）。' },
  'not-locked': { kind: 'ok', text: '该姓名的绑定没有被锁定。' },
};

export const MEMBER_ROUTES: WorkbenchRoute[] = [
  { method: 'GET', path: '/members', role: 'staff', nav: '委员', handler: (c) => listPage(c, c.req.query(), false) },
  { method: 'POST', path: '/members', role: 'staff', handler: async (c) => listPage(c, await c.req.parseBody(), true) },
  // Before /members/:id, which would take “import” for an id.
  { method: 'GET', path: '/members/import', role: 'staff', handler: (c) => c.html(importForm(c)) },
  {
    method: 'POST',
    path: '/members/import',
    role: 'staff',
    maxBodyBytes: MAX_REGISTRY_UPLOAD_BYTES + 64 * 1024,
    handler: async (c) => {
      const { deps } = c.var;
      const file = (await c.req.parseBody()).file;
      if (!(file instanceof File) || file.size === 0) return c.html(importForm(c, '请选择名单文件（.xlsx 或 .csv）。'), 400);
      if (file.size > MAX_REGISTRY_UPLOAD_BYTES) return c.html(importForm(c, `文件过大，最大 ${MAX_REGISTRY_UPLOAD_BYTES / 1024 / 1024} MB：请确认选对了文件。`), 413);
      const fileName = path.basename(file.name.replace(/\\/g, '/')).slice(0, 100);
      let rows;
      try {
        // The .xlsx zip signature and the .csv encoding are checked as `liaison members import` checks them.
        rows = await tableFromBytes(Buffer.from(await file.arrayBuffer()), fileName);
      } catch (error) {
        if (!(error instanceof TableError)) throw error;
        return c.html(importForm(c, error.message), 422);
      }
      const plan = await deps.registryImports.preview(rows, deps.now());
      const token = pending.hold(rows, fileName, ownerOf(c), deps.now());
      return c.html(previewPage(c, plan, fileName, token));
    },
  },
  {
    method: 'POST',
    path: '/members/import/confirm',
    role: 'staff',
    handler: async (c) => {
      const { deps, viewer } = c.var;
      const held = pending.take(field(await c.req.parseBody(), 'upload', 40), ownerOf(c), deps.now());
      if (!held) return c.html(messagePage(c, { title: '预览已过期', text: '这份名单的预览已过期或已导入，请重新上传。', link: { href: '/members/import', label: '重新上传' } }), 410);
      // The registry may have changed since the preview: roles are checked again on what it is now.
      if (viewer!.role !== 'admin' && (await deps.registryImports.preview(held.rows, deps.now())).roleChanges.length > 0) {
        return c.html(messagePage(c, { title: '须由管理员导入', text: '名单会改变委员的角色，须由管理员（用密码登录工作台）导入。', link: { href: '/members/import', label: '返回' } }), 403);
      }
      const plan = await deps.registryImports.apply(held.rows, deps.now());
      deps.log.info({ added: plan.report.added, updated: plan.report.updated, skipped: plan.report.problems.length }, 'members imported from the workbench');
      if (plan.report.added + plan.report.updated > 0) await deps.audit.record({ actor: viewer!.name, action: 'members.import', target: held.fileName, detail: importDetail(plan), at: deps.now() });
      return c.html(resultPage(c, plan, held.fileName));
    },
  },
  {
    method: 'GET',
    path: '/members/:id',
    role: 'staff',
    handler: async (c) => {
      const member = await loadMember(c);
      if (member instanceof Response) return member;
      return c.html(await detailPage(c, member, DONE[c.req.query('done') ?? ''] ?? null));
    },
  },
  {
    method: 'POST',
    path: '/members/:id/code',
    role: 'staff',
    handler: async (c) => {
      const member = await loadMember(c);
      if (member instanceof Response) return member;
      const { deps, viewer } = c.var;
      const { code, expiresAt } = await issueBindCode(deps.members, member.id, deps.now());
      deps.log.info({ memberId: member.id }, 'binding code issued from the workbench');
      // The code itself is never recorded: it is shown on this response only.
      await deps.audit.record({ actor: viewer!.name, action: 'members.code', target: member.id, detail: `为 ${member.name} 生成绑定码，${formatChinaDateTime(expiresAt)} 前有效`, at: deps.now() });
      return c.html(codePage(c, member, code, expiresAt));
    },
  },
  {
    method: 'POST',
    path: '/members/:id/unlock',
    role: 'staff',
    handler: async (c) => {
      const member = await loadMember(c);
      if (member instanceof Response) return member;
      const { deps, viewer } = c.var;
      // Locks are per name (bind-guard.ts): namesakes are unlocked together.
      if (!(await deps.members.unlockTarget(member.name, deps.now()))) return c.redirect(`${href(member.id)}?done=not-locked`, 303);
      deps.log.info({ memberId: member.id }, 'binding lock lifted from the workbench');
      await deps.audit.record({ actor: viewer!.name, action: 'members.unlock', target: member.id, detail: `解除“${member.name}”的绑定锁定`, at: deps.now() });
      return c.redirect(`${href(member.id)}?done=unlocked`, 303);
    },
  },
  {
    method: 'POST',
    path: '/members/:id/role',
    role: 'admin',
    handler: async (c) => {
      const member = await loadMember(c);
      if (member instanceof Response) return member;
      const { deps, viewer } = c.var;
      const to = field(await c.req.parseBody(), 'role', 10);
      if (to !== 'member' && to !== 'staff') return c.html(await detailPage(c, member, { kind: 'error', text: '请选择角色：委员或工作人员。' }), 400);
      if (to === member.role) return c.redirect(`${href(member.id)}?done=role-same`, 303);
      try {
        await deps.members.upsert({ id: member.id, name: member.name, role: to as MemberRole }, deps.now());
      } catch (error) {
        if (!(error instanceof MemberConflict)) throw error;
        return c.html(await detailPage(c, member, { kind: 'error', text: error.message }), 422);
      }
      deps.log.info({ memberId: member.id, role: to }, 'member role changed from the workbench');
      await deps.audit.record({ actor: viewer!.name, action: 'members.role', target: member.id, detail: `${member.name}：${ROLE_LABEL[member.role]} → ${ROLE_LABEL[to]}`, at: deps.now() });
      return c.redirect(`${href(member.id)}?done=role`, 303);
    },
  },
];
