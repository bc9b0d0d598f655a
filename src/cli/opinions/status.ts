import { userInfo } from 'node:os';
import type { Address } from '../../conversation/outbound.ts';
import type { Logger } from '../../log.ts';
import { addressOf } from '../../members/registry-directory.ts';
import { OpinionStoreError } from '../../opinions/opinion-store.ts';
import { statusNotice } from '../../opinions/status-notice.ts';
import { isOpinionStatus, type Opinion } from '../../opinions/types.ts';
import type { Storage } from '../../storage/open-store.ts';
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

  const now = io.now();
  // Looked up before the change: the store builds the notice inside its transaction.
  const before = await storage.opinions.get(number);
  const address = before ? await addressOf(storage.members, before.memberId) : null;
  let opinion: Opinion;
  try {
    opinion = await storage.opinions.changeStatus({
      number,
      to,
      note: values.note,
      actor: values.by?.trim() || defaultActor(),
      now,
      notify: (changed) => (address && changed.memberId === before?.memberId ? { to: address, text: statusNotice(changed), reason: 'opinion-status' } : null),
    });
  } catch (error) {
    if (!(error instanceof OpinionStoreError)) throw error;
    io.err(error.message);
    return 1;
  }
  io.out(`已将 ${opinion.number} 的状态改为“${opinion.status}”。`);
  reportNotice(opinion, address && opinion.memberId === before?.memberId ? address : null, io, log);
  return 0;
}

/** The notice was queued with the change (same transaction); the running bot sends it. */
function reportNotice(opinion: Opinion, address: Address | null, io: OpinionsIo, log: Logger): void {
  if (!address) {
    log.warn({ number: opinion.number, memberId: opinion.memberId }, 'member could not be told of the status change: no private address');
    io.err(`无法通知反映人：委员ID“${opinion.memberId}”无法对应到聊天账号，请另行告知。`);
    return;
  }
  log.info({ number: opinion.number }, 'status change queued for the member');
  io.out('已通知反映人（消息由运行中的机器人发送）。');
}
