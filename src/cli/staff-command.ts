import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { formatChinaDateTime } from '../china-time.ts';
import { RegistryDirectory } from '../members/registry-directory.ts';
import { StaffAccess, adminNameProblem } from '../staff/staff-access.ts';
import { openStorage } from '../storage/open-store.ts';
import { UsageError, parseCommandArgs, type CommandContext } from './context.ts';
import { processIo, type OpinionsIo } from './opinions/io.ts';

export const STAFF_USAGE = `liaison staff 子命令（工作台管理员，用密码登录工作台）：
  add 名称 --password        新增管理员或重设其密码；密码从终端输入（不回显），或由管道传入第一行
  list                       列出管理员
  remove 名称                删除管理员，并使其已登录的会话失效

一般工作人员不需要账号：名单中角色为工作人员且已绑定聊天账号的，在私聊中发送“登录工作台”即可登录。`;

export interface StaffIo extends OpinionsIo {
  /** The new password, asked for without echo at a terminal, or the first line of piped input. */
  readPassword(prompt: string): Promise<string>;
}

function readLine(prompt: string, mute: boolean): Promise<string> {
  const output = new Writable({
    write(chunk, _encoding, done) {
      // At a terminal only the prompt is written, never the typed characters.
      if (!mute || String(chunk).includes(prompt)) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: Boolean(process.stdin.isTTY) });
  return new Promise((resolve) => {
    let answered = false;
    rl.question(prompt, (answer) => {
      answered = true;
      rl.close();
      if (mute) process.stderr.write('\n');
      resolve(answer);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

export function processStaffIo(): StaffIo {
  return {
    ...processIo(),
    async readPassword(prompt) {
      if (!process.stdin.isTTY) return readLine('', false);
      const first = await readLine(prompt, true);
      const again = await readLine('再输入一次：', true);
      if (first !== again) throw new UsageError('两次输入的密码不一致。');
      return first;
    },
  };
}

/** Administrators of the workbench: the office's own accounts that sign in with a password. */
export async function staffCommand(ctx: CommandContext, args: string[], io: StaffIo = processStaffIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === 'help' || !name) {
    io.out(STAFF_USAGE);
    return name ? 0 : 2;
  }
  if (!['add', 'list', 'remove'].includes(name)) throw new UsageError(`未知的 staff 子命令：${name}\n\n${STAFF_USAGE}`);
  const { values, positionals } = parseCommandArgs(rest, { password: { type: 'boolean', default: false } });
  const who = positionals[0]?.trim() ?? '';
  if (name !== 'list' && !who) throw new UsageError(`请给出管理员名称。\n\n${STAFF_USAGE}`);
  if (name === 'add' && !values.password) throw new UsageError('管理员用密码登录工作台：请加 --password，例如 liaison staff add 王秘书 --password');
  const problem = name === 'add' ? adminNameProblem(who) : null;
  if (problem) throw new UsageError(problem);
  const password = name === 'add' ? await io.readPassword('新密码：') : '';

  const storage = openStorage(ctx.config);
  try {
    const access = new StaffAccess({ store: storage.staffAccess, directory: new RegistryDirectory(storage.members, ctx.config.staffIds), log: ctx.log });
    switch (name) {
      case 'add': {
        let outcome;
        try {
          outcome = await access.setAdminPassword(who, password, io.now());
        } catch (error) {
          io.err(error instanceof Error ? error.message : String(error));
          return 1;
        }
        ctx.log.info({ admin: who, outcome }, 'workbench administrator saved');
        io.out(outcome === 'added' ? `已新增管理员“${who}”，可在工作台登录页用名称和密码登录。` : `已为管理员“${who}”设置新密码。`);
        return 0;
      }
      case 'list': {
        const admins = await storage.staffAccess.admins();
        if (admins.length === 0) io.out('还没有管理员。用 liaison staff add 名称 --password 新增。');
        for (const admin of admins) io.out(`${admin.name}\t新增于 ${formatChinaDateTime(admin.createdAt)}\t密码更新于 ${formatChinaDateTime(admin.updatedAt)}`);
        return 0;
      }
      default: {
        if (!(await storage.staffAccess.removeAdmin(who, io.now()))) {
          io.err(`没有名为“${who}”的管理员。`);
          return 1;
        }
        ctx.log.info({ admin: who }, 'workbench administrator removed');
        io.out(`已删除管理员“${who}”，其登录已失效。`);
        return 0;
      }
    }
  } finally {
    storage.close();
  }
}
