import { issueBindCode } from '../members/bind-feature.ts';
import { importMembers } from '../members/import/import-members.ts';
import { readTable } from '../members/import/read-table.ts';
import type { SqliteMemberStore } from '../members/sqlite-member-store.ts';
import type { Member } from '../members/types.ts';
import { chinaTime } from '../opinions/dialog/render.ts';
import { openStorage } from '../storage/open-store.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

export const MEMBERS_USAGE = `liaison members 子命令：
  import 文件.csv|文件.xlsx              导入委员名单（再次导入会更新，不会重复）
  list [--sector 界别] [--committee 专委会] [--json]
  show 姓名或ID [--json]                  查看一位委员及其绑定的聊天账号
  code 姓名或ID                          生成一次性绑定码（24 小时内有效），交委员发送“绑定 绑定码”`;

const ROLE = { member: '委员', staff: '工作人员' } as const;

function find(store: SqliteMemberStore, who: string | undefined): Member {
  if (!who) throw new UsageError(`请给出委员姓名或ID。\n\n${MEMBERS_USAGE}`);
  const byId = store.get(who.toUpperCase());
  if (byId) return byId;
  const byName = store.byName(who);
  if (byName.length === 1 && byName[0]) return byName[0];
  if (byName.length > 1) throw new UsageError(`有 ${byName.length} 位委员名叫“${who}”（${byName.map((m) => `${m.id} ${m.sector}`).join('、')}），请改用ID。`);
  throw new UsageError(`名单中没有“${who}”。`);
}

const line = (m: Member) => `${m.id}\t${m.name}\t${m.sector || '-'}\t${m.committee || '-'}\t${m.position || '-'}\t${ROLE[m.role]}`;

/** The member registry from the command line. */
export async function membersCommand(ctx: CommandContext, args: string[], io: OpinionsIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  const { values, positionals } = parseCommandArgs(rest, { json: { type: 'boolean', default: false }, sector: { type: 'string' }, committee: { type: 'string' } });
  if (name === 'help' || !name) {
    io.out(MEMBERS_USAGE);
    return name ? 0 : 2;
  }
  const storage = openStorage(ctx.config);
  try {
    const store = storage.members;
    switch (name) {
      case 'import': {
        const file = positionals[0];
        if (!file) throw new UsageError(`请给出名单文件。\n\n${MEMBERS_USAGE}`);
        const report = importMembers(await readTable(file), store, io.now());
        io.out(`导入完成：新增 ${report.added} 人，更新 ${report.updated} 人，未变化 ${report.unchanged} 人，跳过 ${report.problems.length} 行。`);
        for (const p of report.problems) io.err(`第 ${p.line} 行：${p.message}`);
        return 0;
      }
      case 'list': {
        const members = store.list({ sector: values.sector, committee: values.committee });
        io.out(values.json ? JSON.stringify(members.map((m) => ({ ...m, accounts: store.accountsOf(m.id) })), null, 2) : members.map(line).join('\n') || '名单为空。');
        return 0;
      }
      case 'show': {
        const member = find(store, positionals[0]);
        const accounts = store.accountsOf(member.id);
        io.out(values.json ? JSON.stringify({ ...member, accounts }, null, 2) : `${line(member)}\n手机：${member.phone || '-'}　微信：${member.wechat || '-'}\n已绑定账号：${accounts.join('、') || '无'}`);
        return 0;
      }
      case 'code': {
        const member = find(store, positionals[0]);
        const { code, expiresAt } = issueBindCode(store, member.id, io.now());
        io.out(`${member.name} 的绑定码：${code}（${chinaTime(expiresAt)} 前有效，仅可使用一次）。请委员在私聊中发送“绑定 ${code}”。`);
        return 0;
      }
      default:
        throw new UsageError(`未知的 members 子命令：${name}\n\n${MEMBERS_USAGE}`);
    }
  } catch (error) {
    if (error instanceof Error && /只支持|ENOENT/.test(error.message)) {
      io.err(error.message.includes('ENOENT') ? `找不到文件：${positionals[0]}` : error.message);
      return 1;
    }
    throw error;
  } finally {
    storage.close();
  }
}
