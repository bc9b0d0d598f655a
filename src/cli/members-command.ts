import path from 'node:path';
import { formatChinaDateTime } from '../china-time.ts';
import { issueBindCode } from '../members/bind-codes.ts';
import { importMembers, type ImportReport } from '../members/import/import-members.ts';
import { readTable } from '../members/import/read-table.ts';
import { TableError } from '../members/import/table.ts';
import type { MemberStore } from '../members/member-store.ts';
import type { Member } from '../members/types.ts';
import { openStorage } from '../storage/open-store.ts';
import { recordChange } from './audit.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

export const MEMBERS_USAGE = `liaison members 子命令：
  import 文件.csv|文件.xlsx [--json]       导入委员名单（按手机号认人，再次导入会更新，不会重复）
  list [--sector 界别] [--committee 专委会] [--json]
  show 姓名或编号 [--json]                  查看一位委员及其绑定的聊天账号
  code 姓名或编号 [--json]                  生成一次性绑定码（24 小时内有效），交委员私聊发送“绑定 绑定码”
  unlock 姓名或编号                         解除该姓名的绑定锁定（手机号后四位多次核对未通过时自动锁定）

工作人员（角色为工作人员）只能用绑定码绑定；绑定已锁定的委员也可以照常用绑定码绑定。

名单表头（中文，顺序不限）：姓名、界别、专委会、职务、手机、微信号或备注名、Telegram id、角色（委员 / 工作人员）；
可选“编号”列（如 M0001）用于更新换了手机号的委员。CSV 可为 UTF-8 或 Excel 保存的 GBK 编码。`;

const ROLE = { member: '委员', staff: '工作人员' } as const;

async function find(store: MemberStore, who: string | undefined): Promise<Member> {
  if (!who) throw new UsageError(`请给出委员姓名或编号。\n\n${MEMBERS_USAGE}`);
  const byId = await store.get(who.toUpperCase());
  if (byId) return byId;
  const byName = await store.byName(who);
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) throw new UsageError(`有 ${byName.length} 位委员名叫“${who}”（${byName.map((m) => `${m.id} ${m.sector || '未填界别'}`).join('、')}），请改用编号。`);
  throw new UsageError(`名单中没有“${who}”。`);
}

const row = (m: Member, locked: Date | undefined) =>
  [m.id, m.name, m.sector || '-', m.committee || '-', m.position || '-', ROLE[m.role], locked ? `绑定已锁定（${formatChinaDateTime(locked)} 起）` : '-'].join('\t');

const lockedJson = (locked: Date | null | undefined) => locked?.toISOString() ?? null;

function importText(report: ImportReport): string {
  const lines = [`导入完成：新增 ${report.added} 人，更新 ${report.updated} 人，未变化 ${report.unchanged} 人，跳过 ${report.problems.length} 行。`];
  if (report.problems.length) lines.push('', '以下各行未导入：', ...report.problems.map((p) => `  第 ${p.line} 行：${p.message}`));
  if (report.notes.length) lines.push('', '请核对：', ...report.notes.map((p) => `  第 ${p.line} 行：${p.message}`));
  return lines.join('\n');
}

function showText(m: Member, accounts: string[], locked: Date | null): string {
  const lines = [
    `${m.id}　${m.name}（${ROLE[m.role]}）`,
    `界别：${m.sector || '-'}　专委会：${m.committee || '-'}　职务：${m.position || '-'}`,
    `手机：${m.phone || '-'}　微信号或备注名：${m.wechat || '-'}　Telegram id：${m.telegramId || '-'}`,
    `已绑定账号：${accounts.join('、') || '无'}`,
  ];
  if (locked) {
    lines.push(
      `绑定已锁定：${formatChinaDateTime(locked)} 起，“绑定 姓名 手机号后四位”多次核对未通过，此姓名已不能用手机号后四位绑定。`,
      `  可生成绑定码（members code ${m.id}），或核实后解除锁定（members unlock ${m.id}）。`,
    );
  }
  return lines.join('\n');
}

/** The member registry from the command line: results on stdout (text or --json), nothing else. */
export async function membersCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === 'help' || !name) {
    io.out(MEMBERS_USAGE);
    return name ? 0 : 2;
  }
  if (!['import', 'list', 'show', 'code', 'unlock'].includes(name)) throw new UsageError(`未知的 members 子命令：${name}\n\n${MEMBERS_USAGE}`);
  const { values, positionals } = parseCommandArgs(rest, { json: { type: 'boolean', default: false }, sector: { type: 'string' }, committee: { type: 'string' } });
  const json = (value: unknown) => io.out(JSON.stringify(value, null, 2));
  if (name === 'import' && !positionals[0]) throw new UsageError(`请给出名单文件。\n\n${MEMBERS_USAGE}`);
  let rows;
  try {
    rows = name === 'import' ? await readTable(positionals[0] ?? '') : [];
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    io.err(error.message);
    return 1;
  }
  const storage = openStorage(ctx.config);
  try {
    const store = storage.members;
    switch (name) {
      case 'import': {
        const report = await importMembers(rows, store, io.now());
        ctx.log.info({ added: report.added, updated: report.updated, skipped: report.problems.length }, 'members imported');
        const counts = `新增 ${report.added} 人，更新 ${report.updated} 人，未变化 ${report.unchanged} 人，跳过 ${report.problems.length} 行`;
        if (report.added + report.updated > 0) await recordChange(storage.audit, { action: 'members.import', target: path.basename(positionals[0] ?? ''), detail: counts }, io.now());
        if (values.json) json(report);
        else io.out(importText(report));
        // Nothing usable in the file (no header, or every row bad): a failure for scripts.
        return report.added + report.updated + report.unchanged > 0 || report.problems.length === 0 ? 0 : 1;
      }
      case 'list': {
        const members = await store.list({ sector: values.sector, committee: values.committee });
        const locks = await store.lockedTargets();
        if (values.json) {
          const accounts = await Promise.all(members.map((m) => store.accountsOf(m.id)));
          json(members.map((m, i) => ({ ...m, accounts: accounts[i], bindLockedSince: lockedJson(locks.get(m.name)) })));
        }
        else io.out(members.length ? ['编号\t姓名\t界别\t专委会\t职务\t角色\t绑定', ...members.map((m) => row(m, locks.get(m.name)))].join('\n') : '名单中没有符合条件的委员。');
        return 0;
      }
      case 'show': {
        const member = await find(store, positionals[0]);
        const accounts = await store.accountsOf(member.id);
        const locked = await store.lockedSince(member.name);
        if (values.json) json({ ...member, accounts, bindLockedSince: lockedJson(locked) });
        else io.out(showText(member, accounts, locked));
        return 0;
      }
      case 'code': {
        const member = await find(store, positionals[0]);
        const { code, expiresAt } = await issueBindCode(store, member.id, io.now());
        ctx.log.info({ memberId: member.id }, 'binding code issued');
        // The code itself is never recorded: every staff member reads the log.
        await recordChange(storage.audit, { action: 'members.code', target: member.id, detail: `为 ${member.name} 生成绑定码，${formatChinaDateTime(expiresAt)} 前有效` }, io.now());
        if (values.json) json({ memberId: member.id, name: member.name, code, expiresAt: expiresAt.toISOString() });
        else {
          const locked = (await store.lockedSince(member.name)) ? '\n该姓名的手机号绑定已锁定，不影响用绑定码绑定。' : '';
          io.out(`${member.name}（${member.id}）的绑定码：${code}，${formatChinaDateTime(expiresAt)} 前有效，仅可使用一次（此前发给该委员的绑定码随即失效）。\n请委员在与机器人的私聊中发送“绑定 ${code}”。${locked}`);
        }
        return 0;
      }
      case 'unlock': {
        const member = await find(store, positionals[0]);
        // Locks are per name (bind-guard.ts): namesakes are unlocked together.
        if (!(await store.unlockTarget(member.name, io.now()))) {
          io.out(`${member.name}（${member.id}）的绑定没有被锁定。`);
          return 0;
        }
        ctx.log.info({ memberId: member.id }, 'binding lock lifted');
        await recordChange(storage.audit, { action: 'members.unlock', target: member.id, detail: `解除“${member.name}”的绑定锁定` }, io.now());
        io.out(`已解除“${member.name}”（${member.id}）的绑定锁定，可以再用“绑定 姓名 手机号后四位”绑定${member.role === 'staff' ? '（工作人员仍须用绑定码）' : ''}。`);
        return 0;
      }
      default:
        return 2;
    }
  } finally {
    storage.close();
  }
}
