import { Readable, Writable } from 'node:stream';
import { chatCommand } from '../../src/cli/chat-command.ts';
import { UsageError, type CommandContext } from '../../src/cli/context.ts';
import { membersCommand } from '../../src/cli/members-command.ts';
import { noticesCommand } from '../../src/cli/notices-command.ts';
import { opinionsCommand } from '../../src/cli/opinions-command.ts';
import type { OpinionsIo } from '../../src/cli/opinions/io.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { SHIPPED_KNOWLEDGE } from './test-app.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `liaison chat|members|opinions|notices …` run inside the test process, as support/cli.ts runs
 * it in a child: the same arguments, lines piped to the chat, stdout and stderr captured, the exit
 * code as `main` gives it (2 for a usage error, 1 for a failure). For feature tests, where the
 * process boundary is not the point; start, stop and kill tests keep the child process.
 */
export async function liaisonInProcess(dataDir: string, args: string[], lines: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  const config = loadConfig({ env: { DATA_DIR: dataDir, KNOWLEDGE_DIR: SHIPPED_KNOWLEDGE, LOG_LEVEL: 'silent', ...env }, envFile: null });
  const ctx: CommandContext = { config, log: createLogger(config.logLevel) };
  let stdout = '';
  let stderr = '';
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const io: OpinionsIo = { out: (text) => (stdout += line(text)), err: (text) => (stderr += line(text)), cwd: process.cwd(), now: () => new Date() };
  const [name = '', ...rest] = args;
  const staff = { members: membersCommand, opinions: opinionsCommand, notices: noticesCommand } as const;
  if (name !== 'chat' && !Object.hasOwn(staff, name)) throw new Error(`liaison ${name} is not run in-process: use support/cli.ts`);
  try {
    if (name !== 'chat') return { code: await staff[name as keyof typeof staff](ctx, rest, io), stdout, stderr };
    const stdin = Readable.from([lines.map((l) => `${l}\n`).join('')]);
    const out = new Writable({ write: (chunk, _encoding, done) => ((stdout += String(chunk)), done()) });
    return { code: await chatCommand(ctx, rest, { stdin, stdout: out }), stdout, stderr };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout, stderr: stderr + line(error.message) };
    return { code: 1, stdout, stderr: stderr + line(`运行出错：${error instanceof Error ? error.message : String(error)}`) };
  }
}
