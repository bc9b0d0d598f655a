import { checkDatabase, checkKnowledge, checkModel, checkTelegram, checkWechat, type CheckResult, type CheckState } from '../runtime/doctor/checks.ts';
import { checkDataDir } from '../storage/data-dir.ts';
import type { CommandContext } from './context.ts';

const MARK: Record<CheckState, string> = { ok: '✔ 就绪', warn: '！注意', fail: '✘ 未就绪', off: '－ 未启用' };

/** `liaison doctor`: what is ready and what is not, in words the office can act on. */
export async function doctorCommand(ctx: CommandContext): Promise<number> {
  const { config } = ctx;
  const channels = [config.wechat && '微信', config.telegram && 'Telegram'].filter(Boolean);
  const results = [
    { name: '配置', state: 'ok' as const, detail: `已读取（数据目录 ${config.dataDir}；渠道：${channels.length ? channels.join('、') : '本地控制台'}）` },
    checkKnowledge(config),
    ...(await checkStorage(config)),
    await checkModel(config),
    await checkTelegram(config),
    checkWechat(config),
  ];
  const lines = results.map((r) => `${MARK[r.state]}  ${r.name}：${r.detail}`);
  const failed = results.filter((r) => r.state === 'fail').length;
  lines.push('', failed ? `有 ${failed} 项未就绪，请按提示处理后再启动。` : '检查完成，可以启动（npm start）。');
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}

/** DATA_DIR first: when the bot cannot write there, the database check would only repeat it in SQLite's words. */
async function checkStorage(config: CommandContext['config']): Promise<CheckResult[]> {
  try {
    checkDataDir(config.dataDir);
  } catch (error) {
    return [{ name: '数据目录', state: 'fail', detail: error instanceof Error ? error.message : String(error) }];
  }
  return [{ name: '数据目录', state: 'ok', detail: `${config.dataDir} 可读写` }, await checkDatabase(config)];
}
