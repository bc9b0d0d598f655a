import { userInfo } from 'node:os';
import type { Logger } from '../../log.ts';
import { changeStatusAndTell, type StatusChanged } from '../../opinions/change-status.ts';
import { OpinionStoreError } from '../../opinions/opinion-store.ts';
import { isOpinionStatus } from '../../opinions/types.ts';
import type { Storage } from '../../storage/open-store.ts';
import { recordChange, signedBy } from '../audit.ts';
import { UsageError, parseCommandArgs } from '../context.ts';
import { normalizeNumber, numberFormatMessage, statusListMessage } from './args.ts';
import type { OpinionsIo } from './io.ts';

/** The history records who changed a status: --by, else the login name of whoever runs the command. */
function defaultActor(): string {
  try {
    return userInfo().username || '工作人员';
  } catch {
    return '工作人员';
  }
}

/** liaison opinions status NUMBER <状态> [--note 说明] [--by 操作人] */
export async function changeOpinionStatus(storage: Storage, args: string[], io: OpinionsIo, log: Logger): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    note: { type: 'string', default: '' },
    by: { type: 'string' },
  });
  if (positionals.length !== 2) {
    throw new UsageError('用法：liaison opinions status 编号 状态 [--note 说明] [--by 操作人]，例如：liaison opinions status SQMY-2026-0001 已受理');
  }
  const [rawNumber, rawStatus] = positionals as [string, string];
  const number = normalizeNumber(rawNumber);
  if (!number) {
    io.err(numberFormatMessage(rawNumber));
    return 1;
  }
  const to = rawStatus.trim();
  if (!isOpinionStatus(to)) {
    io.err(statusListMessage(to));
    return 1;
  }

  let changed: StatusChanged;
  try {
    changed = await changeStatusAndTell(storage, { number, to, note: values.note, actor: values.by?.trim() || defaultActor(), now: io.now() }, log);
  } catch (error) {
    if (!(error instanceof OpinionStoreError)) throw error;
    io.err(error.message);
    return 1;
  }
  const { opinion } = changed;
  const from = opinion.history.at(-1)?.from ?? '';
  const note = opinion.statusNote ? `；说明：${opinion.statusNote}` : '';
  await recordChange(storage.audit, { action: 'opinion.status', target: opinion.number, detail: `${from} → ${opinion.status}${note}${signedBy(values.by)}` }, io.now());
  io.out(`已将 ${changed.opinion.number} 的状态改为“${changed.opinion.status}”。`);
  if (changed.told) io.out('已通知反映人（消息由运行中的机器人发送）。');
  else io.err(`无法通知反映人：委员ID“${changed.opinion.memberId}”无法对应到聊天账号，请另行告知。`);
  return 0;
}
